#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bibob::store {

// The states of the Bibob procedure a case moves through (see README "bibob case").
enum class CaseState {
  intake,
  herstelverzuim,
  eigen_onderzoek,
  lbb_advies,
  voornemen,
  zienswijze,
  besluit,
  gesloten,
  buiten_behandeling,
};

std::string_view to_string(CaseState state);
std::optional<CaseState> parse_case_state(std::string_view text);
const std::vector<CaseState>& all_case_states();
std::vector<std::string> case_state_names();

// The explicit table of allowed transitions: the states a case may move to from this one.
const std::vector<CaseState>& next_states(CaseState from);
bool transition_allowed(CaseState from, CaseState to);

}  // namespace bibob::store
