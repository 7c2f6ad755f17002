#include "store/case_workflow.hpp"

#include <algorithm>
#include <iterator>

#include "util/errors.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace bibob::store {
namespace {

CaseState state_of(CaseStore& store, const std::string& case_id) {
  const auto state = store.current_state(case_id);
  if (!state) throw InputError("case " + case_id + " is not in the register; 'bibob case list' lists the cases");
  return *state;
}

template <std::size_t N>
bool listed(const char* const (&list)[N], const std::string& value) {
  return std::find_if(std::begin(list), std::end(list), [&](const char* item) { return value == item; }) !=
         std::end(list);
}

template <std::size_t N>
std::vector<std::string> names(const char* const (&list)[N]) {
  return std::vector<std::string>(std::begin(list), std::end(list));
}

}  // namespace

CaseBundle bundle_from_case_file(const CaseFile& file, const std::string& text) {
  CaseBundle bundle;
  bundle.header.id = file.header.id;
  bundle.header.decision_type = file.header.decision_type;
  bundle.header.municipality = file.header.municipality;
  bundle.header.received_on = file.header.received_on;
  bundle.header.case_file = text;
  bundle.header.case_file_sha256 = sha256_hex(text);
  for (const auto& party : file.parties) {
    bundle.parties.push_back(
        {party.id, party.kind == PartyKind::person ? "person" : "organisation", party.display_name()});
  }
  return bundle;
}

void move_case(CaseStore& store, const std::string& case_id, CaseState to, const Date& on, const std::string& note,
               const configuration::DeadlineSettings& settings) {
  const CaseState from = state_of(store, case_id);
  if (!transition_allowed(from, to)) {
    std::vector<std::string> allowed;
    for (CaseState next : next_states(from)) allowed.emplace_back(to_string(next));
    throw InputError("case " + case_id + " cannot move from " + std::string(to_string(from)) + " to " +
                     std::string(to_string(to)) + "; from " + std::string(to_string(from)) + " it may move to " +
                     (allowed.empty() ? std::string("nothing (the case is closed)") : text::join(allowed, ", ")) +
                     "; nothing was written");
  }
  if (to == CaseState::gesloten && from == CaseState::besluit) {
    const auto bundle = store.read_case(case_id, "decisions checked before closing");
    if (!bundle || bundle->decisions.empty()) {
      throw InputError("case " + case_id + " cannot be closed before its decision is recorded ('bibob case set " +
                       case_id + " --decision ...'); nothing was written");
    }
  }
  store.change_state(case_id, from, to, on, note, deadlines_on_entering(to, on, settings));
}

DecisionRecord make_decision(const std::string& kind, const Date& on, const std::string& grounds,
                             const std::string& danger) {
  if (!listed(k_decision_kinds, kind)) {
    throw UsageError("--decision: \"" + kind + "\" is not one of " + text::join(names(k_decision_kinds), ", ") +
                     text::did_you_mean(kind, names(k_decision_kinds)));
  }
  if (!listed(k_danger_conclusions, danger)) {
    throw UsageError("--danger: \"" + danger + "\" is not one of " + text::join(names(k_danger_conclusions), ", ") +
                     text::did_you_mean(danger, names(k_danger_conclusions)));
  }
  if (grounds.empty()) throw UsageError("a decision needs its reasons: --grounds TEXT");
  DecisionRecord decision;
  decision.kind = kind;
  decision.decided_on = on;
  decision.grounds = grounds;
  decision.danger = danger;
  // Art. 29a: a danger conclusion under art. 3 is reported to the Bibob-register.
  decision.report_to_register = danger != "geen";
  return decision;
}

void decide_case(CaseStore& store, const std::string& case_id, const DecisionRecord& decision) {
  const CaseState state = state_of(store, case_id);
  const bool set_aside = decision.kind == "buiten_behandeling";
  const CaseState needed = set_aside ? CaseState::buiten_behandeling : CaseState::besluit;
  if (state != needed) {
    throw InputError("case " + case_id + " is in state " + std::string(to_string(state)) + "; a decision \"" +
                     decision.kind + "\" is recorded in state " + std::string(to_string(needed)) +
                     "; nothing was written");
  }
  store.record_decision(case_id, decision);
}

}  // namespace bibob::store
