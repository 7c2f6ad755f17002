#pragma once

#include <map>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "model/assessment.hpp"

namespace bibob::screening {

struct AssessmentSettings {
  double mindere_mate = 3;    // weighted points from which a lesser degree of danger is proposed
  double ernstig_gevaar = 8;  // weighted points from which a serious degree is proposed
  double doubt_margin = 1.5;  // this close below the serious threshold, LBB advice is proposed
  std::map<Severity, double> points = {{Severity::info, 0}, {Severity::low, 1}, {Severity::medium, 2}, {Severity::high, 4}};
};

// The settings as the configuration gives them (assessment.* in config/bibob.yaml).
AssessmentSettings assessment_settings(const configuration::Config& config);

// Weighs findings per ground: weight of the check times points of the severity, for
// established findings; not-verified findings count as doubt, never as danger.
// Art. 4 applies only to an existing permit (trajectory "intrekking").
Assessment assess(const std::vector<Finding>& findings, const std::map<std::string, double>& check_weights,
                  const AssessmentSettings& settings, const std::string& trajectory);

}  // namespace bibob::screening
