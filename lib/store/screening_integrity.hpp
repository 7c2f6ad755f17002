#pragma once

#include <optional>
#include <string>

#include "model/screening_report.hpp"
#include "store/records.hpp"

namespace bibob::store {

// A screening as the register keeps it: its bibob-screening/1 JSON as written (`json`, with its
// SHA-256) and, for queries, its proposal and findings.
ScreeningRecord screening_record(const ScreeningReport& screening, std::string json);

// What is wrong with a stored screening, or nothing: its JSON no longer has its SHA-256, or
// the proposal and findings kept beside it no longer say what the JSON says. The register's
// tables can be changed with any SQLite tool; this finds a change that bibob did not make.
std::optional<std::string> screening_problem(const ScreeningRecord& stored);

}  // namespace bibob::store
