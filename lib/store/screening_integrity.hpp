#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "store/records.hpp"

namespace bibob::store {

// A stored screening as the register keeps it: the bibob-screening/1 JSON (as written, with its
// SHA-256) and, for queries, its proposal and findings taken out of it.
ScreeningRecord screening_record_from_json(const nlohmann::ordered_json& screening);

// What is wrong with a stored screening, or nothing: its JSON no longer has its SHA-256, or
// the proposal and findings kept beside it no longer say what the JSON says. The register's
// tables can be changed with any SQLite tool; this finds a change that bibob did not make.
std::optional<std::string> screening_problem(const ScreeningRecord& stored);

}  // namespace bibob::store
