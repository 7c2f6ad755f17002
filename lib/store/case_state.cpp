#include "store/case_state.hpp"

#include <algorithm>
#include <map>

namespace bibob::store {
namespace {

using S = CaseState;

const std::vector<std::pair<CaseState, std::string_view>> k_names = {
    {S::intake, "intake"},
    {S::herstelverzuim, "herstelverzuim"},
    {S::eigen_onderzoek, "eigen_onderzoek"},
    {S::lbb_advies, "lbb_advies"},
    {S::voornemen, "voornemen"},
    {S::zienswijze, "zienswijze"},
    {S::besluit, "besluit"},
    {S::gesloten, "gesloten"},
    {S::buiten_behandeling, "buiten_behandeling"},
};

// An incomplete application gets a repair period; unrepaired it is set aside, never refused on
// the merits (Awb 4:5). Doubt after the own investigation goes to the LBB; a negative decision
// or conditions need an intention and a hearing first; a positive decision may follow directly.
const std::map<CaseState, std::vector<CaseState>> k_transitions = {
    {S::intake, {S::herstelverzuim, S::eigen_onderzoek, S::buiten_behandeling}},
    {S::herstelverzuim, {S::eigen_onderzoek, S::buiten_behandeling}},
    {S::eigen_onderzoek, {S::herstelverzuim, S::lbb_advies, S::voornemen, S::besluit}},
    {S::lbb_advies, {S::voornemen, S::besluit}},
    {S::voornemen, {S::zienswijze}},
    {S::zienswijze, {S::besluit}},
    {S::besluit, {S::gesloten}},
    {S::buiten_behandeling, {S::gesloten}},
    {S::gesloten, {}},
};

}  // namespace

std::string_view to_string(CaseState state) {
  for (const auto& [value, name] : k_names) {
    if (value == state) return name;
  }
  return "intake";
}

std::optional<CaseState> parse_case_state(std::string_view text) {
  for (const auto& [value, name] : k_names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

const std::vector<CaseState>& all_case_states() {
  static const std::vector<CaseState> states = [] {
    std::vector<CaseState> out;
    for (const auto& entry : k_names) out.push_back(entry.first);
    return out;
  }();
  return states;
}

std::vector<std::string> case_state_names() {
  std::vector<std::string> out;
  for (const auto& entry : k_names) out.emplace_back(entry.second);
  return out;
}

const std::vector<CaseState>& next_states(CaseState from) { return k_transitions.at(from); }

bool transition_allowed(CaseState from, CaseState to) {
  const auto& next = next_states(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

}  // namespace bibob::store
