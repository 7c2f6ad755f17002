#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "registries/raw_answer.hpp"
#include "util/date.hpp"

// Small helpers the adapters share to read registry answers defensively: a registry that
// answers garbage gives a malformed_response failure, never an exception or a wrong fact.
namespace bibob::registries::reading {

using Json = nlohmann::json;

// Parses a JSON answer; a failure when the content type is not JSON or the body does not parse.
std::optional<Json> parse_json(const RawAnswer& answer, Failure& failure);

// A string member, or empty; numbers are written as text (BAG house numbers are integers).
std::string text(const Json& object, std::string_view key);
int integer(const Json& object, std::string_view key, int fallback = 0);
const Json* member(const Json& object, std::string_view key);
const Json& array(const Json& object, std::string_view key);

// "20170710" (KvK) or "2017-07-10" (BRP, BAG, BRK) into a date.
std::optional<Date> compact_or_iso_date(const std::string& text);

// "1506CH" or "1506 ch" into "1506 CH"; anything else unchanged.
std::string written_postcode(const std::string& postcode);

// A failure for an HTTP status the adapter has no better reading for.
Failure failure_for_status(const RawAnswer& answer, std::string detail);

}  // namespace bibob::registries::reading
