#pragma once

#include <string>
#include <vector>

#include "model/case_file.hpp"

namespace bibob::screening {

// A sanctions or terrorism list entry that came close to a party.
struct ListHit {
  std::string list;  // ofac, un, eu, uk, nl, ftm
  std::string entry_id;
  std::string matched_name;
  std::string primary_name;
  double score = 0;
  bool match = false;           // at or above the threshold, and no conflicting date of birth
  bool birth_conflict = false;  // shown, never counted
  std::string explanation;
  std::string list_published;   // the list's publication date, or its import date
  long list_age_days = 0;
  std::string review_decision;  // false_positive | confirmed | empty
  std::string review_reason;
};

// A hit that counts: a match a reviewer did not dismiss, or one a reviewer confirmed. The
// sanctions check weighs it, the area scan sets its indicator by it.
inline bool counts_as_hit(const ListHit& hit) {
  if (hit.review_decision == "confirmed") return true;
  return hit.match && hit.review_decision != "false_positive";
}

// Screens one party against the imported lists; implemented over the list store.
class PartyListScreener {
 public:
  virtual ~PartyListScreener() = default;
  virtual std::vector<ListHit> screen(const Party& party) const = 0;
  // Which lists, of which dates: "ofac 2026-11-01, un 2026-10-28".
  virtual std::string lists_consulted() const = 0;
  virtual bool has_lists() const = 0;
  // Each list's name and age in days, for a stale list to be named.
  virtual std::vector<std::pair<std::string, long>> list_ages() const { return {}; }
};

}  // namespace bibob::screening
