#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.hpp"

namespace bibob {

enum class Conclusion { geen_gevaar, mindere_mate, ernstig_gevaar, twijfel };
std::string_view to_string(Conclusion conclusion);
std::optional<Conclusion> parse_conclusion(std::string_view text);

// What every proposal says of itself, in the screening and in the documents.
inline constexpr const char* k_proposal_notice =
    "Dit is een voorstel voor de afweging door de behandelend ambtenaar, geen besluit. De afweging van belangen en "
    "de evenredigheid zijn aan het bevoegd gezag.";

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

}  // namespace bibob
