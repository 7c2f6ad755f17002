#pragma once

#include <string>
#include <vector>

#include "model/assessment.hpp"

namespace bibob::screening {

struct ProcedureStep {
  Procedure procedure = Procedure::none;
  std::string reason;
};

// Before any weighing, a new application must be complete. What its decision type requires and
// the file lacks is asked for, with a repair period (Awb 4:5); when a request for it was
// refused or went unanswered, the application can be left unprocessed (buiten behandeling).
// Neither is a conclusion about danger. An existing permit (trajectory "intrekking") has no
// such step: there, withheld data is art. 4.
ProcedureStep procedure_step(const std::vector<Finding>& findings, const std::string& trajectory);

}  // namespace bibob::screening
