#pragma once

#include <string>

#include "model/case_file.hpp"
#include "configuration/config.hpp"
#include "store/case_store.hpp"

namespace bibob::store {

// A case as the register first holds it: the case file's header, text, hash and parties, in intake.
CaseBundle bundle_from_case_file(const CaseFile& file, const std::string& text);

// Moves a case to another state when the transition table allows it, with the terms the new
// state starts. Refused (nothing written): unknown case (InputError), a transition not in the
// table, or closing a decided case without a recorded decision (Error, exit 3).
void move_case(CaseStore& store, const std::string& case_id, CaseState to, const Date& on, const std::string& note,
               const configuration::DeadlineSettings& settings);

// A decision, validated: kind and danger from their lists; a danger conclusion is flagged for
// the Bibob-register. Recorded only in state besluit, or buiten_behandeling for that kind.
DecisionRecord make_decision(const std::string& kind, const Date& on, const std::string& grounds,
                             const std::string& danger);
void decide_case(CaseStore& store, const std::string& case_id, const DecisionRecord& decision);

}  // namespace bibob::store
