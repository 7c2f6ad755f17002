#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.hpp"

namespace bibob {

// A degree of danger on grounds a and b (and art. 4); on art. 3 lid 6 the law asks for a
// suspicion, not a degree: "vermoeden" that offences were committed to obtain the permit.
enum class Conclusion { geen_gevaar, mindere_mate, ernstig_gevaar, twijfel, vermoeden };
std::string_view to_string(Conclusion conclusion);
std::optional<Conclusion> parse_conclusion(std::string_view text);

// What the procedure asks before any weighing: a new application that lacks what its decision
// type requires is completed first (Awb 4:5), and is not processed when the repair period
// passed without it.
enum class Procedure { none, aanvullen, buiten_behandeling };
std::string_view to_string(Procedure procedure);
std::optional<Procedure> parse_procedure(std::string_view text);

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
  std::vector<std::size_t> carrying;  // those among them that carry the conclusion
  std::vector<std::string> reasons;   // why this conclusion, in Dutch
  std::vector<std::string> questions;   // for the LBB, with twijfel
  std::vector<std::string> conditions;  // possible voorschriften, with mindere_mate
};

// A proposal for the officer's weighing, never a decision: the grounds, the facts behind
// them, and what could not be verified.
struct Assessment {
  std::vector<GroundAssessment> grounds;
  Conclusion proposed = Conclusion::geen_gevaar;
  Procedure procedure = Procedure::none;
  std::string procedure_reason;           // why, in Dutch, when there is a procedure step
  std::vector<std::string> not_verified;  // statements of findings that could not be verified
};

}  // namespace bibob
