#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "configuration/config.hpp"
#include "model/screening_report.hpp"
#include "util/date.hpp"

namespace bibob::rendering {

struct DocumentOptions {
  Date today;
  std::string author;      // who drafts it; empty: "de behandelend ambtenaar"
  std::string weighing;    // the officer's weighing of interests; empty: a visible placeholder
  std::string redact_for;  // a party id: a version for that party with only its own data
  std::string signer;      // "Naam, functie" of who signs a letter; empty: the configuration's signer
};

// The data every template reads (see template_variables.cpp), built from a screening's report
// and the configuration. With redact_for, everything about anyone else
// is left out, not blacked out.
nlohmann::json document_data(const ScreeningReport& screening, const configuration::Config& config, const DocumentOptions& options);

// The names that must not appear in a version redacted for a party: every other party's but
// the applicant's, whose application the version is about.
std::vector<std::string> names_to_withhold(const ScreeningReport& screening, const std::string& party_id);

}  // namespace bibob::rendering
