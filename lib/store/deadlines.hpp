#pragma once

#include <optional>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "store/case_state.hpp"
#include "util/date.hpp"

namespace bibob::store {

// A legal term running in a case: the repair period (herstel), the LBB's advice term
// (lbb_advies, with the latest date an extension may reach) or the zienswijze term.
struct Deadline {
  std::string kind;  // herstel | lbb_advies | zienswijze
  Date starts_on;
  Date due_on;
  std::optional<Date> latest_on;  // lbb_advies: due_on plus the longest extension
  std::optional<Date> met_on;     // the day the case left the state that started the term
};

// The terms a case starts when it enters the state on the given day (none for most states).
std::vector<Deadline> deadlines_on_entering(CaseState state, const Date& on, const configuration::DeadlineSettings& settings);

// The kind of term that the state starts, if any; leaving that state ends the term.
std::optional<std::string> deadline_kind_of(CaseState state);

// A term's last day, moved past a weekend when the settings say so.
Date term_end(const Date& start, int days, const configuration::DeadlineSettings& settings);

}  // namespace bibob::store
