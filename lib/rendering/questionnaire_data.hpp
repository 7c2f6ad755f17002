#pragma once

#include <nlohmann/json.hpp>

#include "configuration/config.hpp"
#include "util/date.hpp"

namespace bibob::rendering {

// The data of the questionnaire a municipality sends an applicant (template
// `vragenformulier`): the questions the decision type requires, numbered, and the documents to
// enclose with when each is needed. Throws UsageError for an unknown decision type.
nlohmann::json questionnaire_data(const configuration::Config& config, const std::string& decision_type,
                                  const Date& today);

}  // namespace bibob::rendering
