#pragma once

#include <string>

#include "casefile/validation.hpp"
#include "configuration/config_loader.hpp"

namespace bibob::testing {

// The built-in configuration, loaded once.
inline const configuration::Config& default_config() {
  static const configuration::Config config = *configuration::load_config_text(std::nullopt, "").config;
  return config;
}

// Validates case-file text as of 2026-11-28 under the built-in configuration.
inline Validation validate_text(const std::string& yaml) {
  return casefile::validate_case_text(yaml, "case.yaml", default_config(), *Date::parse("2026-11-28"));
}

// A small case file that is valid except for what its decision type requires; tests
// append or replace parts of it to trigger one rule at a time.
inline std::string minimal_case(const std::string& extra_parties = "", const std::string& rest = "") {
  return R"(schema: bibob-case/1
case:
  id: BIB-T-1
  authority: burgemeester
  municipality: Zaanstad
  decision_type: subsidie
  received_on: 2026-10-01
  questionnaire: {signed_by: p-a}
applicant: org-a
parties:
  - id: org-a
    kind: organisation
    name: Stichting Buurthuis De Kern
    kvk: "68750110"
  - id: p-a
    kind: person
    name: {given: Jan, family: Jansen}
    birth_date: 1980-05-01
    bsn: "999990020"
)" + extra_parties + rest;
}

// The messages of all diagnostics, one per line, for readable failures.
inline std::string messages(const Validation& validation) {
  std::string out;
  for (const auto& d : validation.diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

inline bool has_message(const Validation& validation, const std::string& formatted) {
  for (const auto& d : validation.diagnostics) {
    if (format_diagnostic(d) == formatted) return true;
  }
  return false;
}

}  // namespace bibob::testing
