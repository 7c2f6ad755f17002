#pragma once

#include <string>

#include "configuration/config.hpp"
#include "util/date.hpp"

namespace bibob::casefile {

struct SkeletonOptions {
  std::string decision_type;
  std::string case_id;               // the municipality's case number; empty: a placeholder to replace
  bool applicant_is_person = false;  // a natural person applies (eenmanszaak, private person)
  Date received_on;
};

// A case file to start from: the keys the decision type requires (from the configuration),
// each empty and with the questionnaire's question beside it in Dutch, and the documents it
// requires as lines to fill in. `bibob validate` reports what is still empty as missing
// answers and documents, never as errors. Throws UsageError for an unknown decision type.
std::string case_skeleton(const configuration::Config& config, const SkeletonOptions& options);

}  // namespace bibob::casefile
