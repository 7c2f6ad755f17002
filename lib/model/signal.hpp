#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"

namespace bibob {

// A "soft" signal from the street (enforcement officers, neighbourhood workers, anonymous
// reports): never an established fact, always with how reliable its source and content are.
struct Signal {
  std::string id;            // "SIG-12"
  std::string subject_kind;  // address | company | person
  std::string postcode;      // address: "1506 CH"
  std::string number;
  std::string kvk;           // company
  std::string name;          // company or person
  std::optional<Date> birth_date;  // person
  Date observed_on;
  std::string category;      // from the configured taxonomy (signals.categories)
  std::string observation;
  std::string reporter_role;  // the role, never the identity of an anonymous reporter
  bool anonymous = false;
  std::string source_grade;       // 4x4: A reliable, B mostly reliable, C not reliable, X unknown
  std::string information_grade;  // 4x4: 1 confirmed, 2 known to the source, 3 not known to the source, 4 doubtful
  // The registry identity the subject was linked to when recorded: an address's BAG
  // nummeraanduiding, a company's KvK number found by its name.
  std::string linked_id;
  std::string link_status;  // see k_link_statuses; empty for a person (matched by name at screening)
  std::string recorded_at;
  bool retracted = false;
  std::string retract_reason;

  std::string subject_text() const;
};

inline const std::vector<std::string> k_subject_kinds = {"address", "company", "person"};
inline const std::vector<std::string> k_source_grades = {"A", "B", "C", "X"};
inline const std::vector<std::string> k_information_grades = {"1", "2", "3", "4"};
// linked: one identity found; declared: the KvK number came with the signal; not_found: the
// registry knows no such subject; ambiguous: several candidates; not_verified: no answer.
inline const std::vector<std::string> k_link_statuses = {"linked", "declared", "not_found", "ambiguous",
                                                         "not_verified"};

// Checks a signal against the taxonomy and the gradings; an empty list when it is sound.
std::vector<std::string> signal_problems(const Signal& signal, const std::vector<std::string>& categories);

}  // namespace bibob
