#pragma once

#include <map>
#include <string>
#include <vector>

#include "screening/finding.hpp"

namespace bibob::screening {

enum class Conclusion { geen_gevaar, mindere_mate, ernstig_gevaar, twijfel };
std::string_view to_string(Conclusion conclusion);

struct AssessmentSettings {
  double mindere_mate = 3;    // weighted points from which a lesser degree of danger is proposed
  double ernstig_gevaar = 8;  // weighted points from which a serious degree is proposed
  double doubt_margin = 1.5;  // this close below the serious threshold, LBB advice is proposed
  std::map<Severity, double> points = {{Severity::info, 0}, {Severity::low, 1}, {Severity::medium, 2}, {Severity::high, 4}};
};

struct GroundAssessment {
  Ground ground = Ground::a;
  bool applicable = true;
  Conclusion conclusion = Conclusion::geen_gevaar;
  double score = 0;             // established findings, weighted
  double unverified_score = 0;  // what findings that could not be verified might add
  std::vector<std::size_t> findings;  // indexes into the screening's findings
  std::vector<std::string> reasons;   // why this conclusion, in Dutch
  std::vector<std::string> questions;   // for the LBB, with twijfel
  std::vector<std::string> conditions;  // possible voorschriften, with mindere_mate
};

// A proposal for the officer's weighing, never a decision: the grounds, the facts behind
// them, and what could not be verified.
struct Assessment {
  std::vector<GroundAssessment> grounds;
  Conclusion proposed = Conclusion::geen_gevaar;
  std::vector<std::string> not_verified;  // statements of findings that could not be verified
};

// Weighs findings per ground: weight of the check times points of the severity, for
// established findings; not-verified findings count as doubt, never as danger.
// Art. 4 applies only to an existing permit (trajectory "intrekking").
Assessment assess(const std::vector<Finding>& findings, const std::map<std::string, double>& check_weights,
                  const AssessmentSettings& settings, const std::string& trajectory);

}  // namespace bibob::screening
