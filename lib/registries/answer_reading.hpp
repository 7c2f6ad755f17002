#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "registries/answer_node.hpp"
#include "model/lookup.hpp"
#include "registries/raw_answer.hpp"
#include "registries/registry_gateway.hpp"
#include "util/date.hpp"

// Small helpers the adapters share to read registry answers defensively: a registry that
// answers garbage gives a malformed_response failure, never an exception or a wrong fact.
// Facts are read through AnswerNode, strictly; the lenient text(), member() and array() below
// only pick the detail out of an error body for the message.
namespace bibob::registries::reading {

using Json = nlohmann::json;

// Parses a JSON answer; a failure when the content type is not JSON or the body does not parse.
std::optional<Json> parse_json(const RawAnswer& answer, Failure& failure);

// Error bodies only: a string member, or empty whatever is there; numbers are written as text.
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

// Reads a JSON answer into records with `read` (AnswerNode -> std::vector<T>). An answer that
// is not JSON, or not of the shape `read` needs (it throws MalformedAnswer), is a
// malformed_response failure and is not confirmed; a readable one is confirmed to the cache.
template <typename T, typename Read>
Lookup<T> read_records(const RegistryGateway& gateway, const RawAnswer& answer, Read read,
                       std::vector<Provenance> provenance = {}) {
  if (provenance.empty()) provenance.push_back(answer.provenance);
  Failure failure;
  const auto json = parse_json(answer, failure);
  if (!json) return failed_lookup<T>(failure, std::move(provenance));
  try {
    std::vector<T> records = read(AnswerNode(*json));
    gateway.confirm(answer);
    return answered_lookup<T>(std::move(records), std::move(provenance));
  } catch (const MalformedAnswer& e) {
    return failed_lookup<T>(Failure{FailureKind::malformed_response, e.what(), answer.status, 0}, std::move(provenance));
  }
}

}  // namespace bibob::registries::reading
