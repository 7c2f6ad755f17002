#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/provenance.hpp"

namespace bibob {

// The legal grounds a finding bears on (Wet Bibob; article numbers live in the templates).
enum class Ground { a, b, art3_6, art4 };

// How much a finding weighs in the proposed assessment; "info" is stated, never counted.
enum class Severity { info, low, medium, high };

// What kind of fact a finding is, as the law weighs it. Only a relation with criminal offences
// (ground b, and a) or money of unexplained or criminal origin (ground a) can carry a degree
// of danger; everything else (a young company, an address cluster, an earlier refusal, a
// signal) is a reason for further inquiry and questions, never a degree on its own.
enum class Basis {
  inquiry,            // a red flag: reason for further inquiry
  criminal_relation,  // facts that point to a relation between a party and criminal offences
  unexplained_money,  // money or assets whose origin is not explained or points to crimes
  data_withheld,      // a request for data refused or left unanswered (art. 4, an existing permit)
  false_answer,       // the form said otherwise than the officer found (art. 3 lid 6)
  data_missing,       // an answer or document the decision type requires is missing (Awb 4:5)
};

enum class FindingStatus {
  established,   // the facts behind it were read from their sources
  not_verified,  // a source could not be consulted: nothing is known, and the finding says so
  unconfirmed,   // a possible match (a name on a list) whose identity is not yet confirmed
};

// What a check found: a neutral statement of fact, never a conclusion, with the parties it
// concerns, how they relate to the applicant, and the source of every fact.
struct Finding {
  std::string check;
  std::string indicator;
  std::string theme;  // structuur_zeggenschap | financiering | pand | zakelijke_relaties | antecedenten | juistheid_formulier
  Severity severity = Severity::info;
  FindingStatus status = FindingStatus::established;
  Basis basis = Basis::inquiry;
  std::string statement;  // in Dutch, for the officer and the letters
  std::vector<std::string> parties;  // party ids of the case file, or names found in a registry
  std::string relation_path;         // how the party relates to the applicant
  std::string case_path;             // the case-file key the finding concerns, when one does
  std::vector<Provenance> sources;
  std::vector<Ground> grounds;
  std::string question;   // for the LBB, when the finding leaves doubt
  std::string condition;  // a possible condition (voorschrift) it suggests
  std::string detail;     // why a source could not be consulted, technically: for the trace, not for letters
};

std::string_view to_string(Ground ground);
std::string_view to_string(Severity severity);
std::string_view to_string(FindingStatus status);
std::string_view to_string(Basis basis);
// The same texts read back; nothing for a text that names none.
std::optional<Ground> parse_ground(std::string_view text);
std::optional<Severity> parse_severity(std::string_view text);
std::optional<FindingStatus> parse_finding_status(std::string_view text);
std::optional<Basis> parse_basis(std::string_view text);

// Every source the findings cite, once, in the order first cited.
std::vector<Provenance> cited_sources(const std::vector<Finding>& findings);

// The themes of the own-investigation report, in its order.
const std::vector<std::string>& themes();
// A theme's heading in the report ("Structuur en zeggenschap"); the name itself when unknown.
std::string theme_title(const std::string& theme);

}  // namespace bibob
