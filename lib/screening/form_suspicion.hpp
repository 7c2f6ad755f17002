#pragma once

#include <vector>

#include "model/assessment.hpp"

namespace bibob::screening {

// Art. 3 lid 6: do facts and circumstances suggest that offences were committed to obtain the
// permit? The law asks for a suspicion, not a degree, so nothing here is weighed in points: a
// false answer on the form that the officer established (an undeclared conviction, insolvency
// or officer, a BSN of someone else) of medium weight or more is a suspicion (vermoeden); one
// that could not be verified leaves doubt; a mere difference between form and registry is a
// question for the applicant.
GroundAssessment assess_form_suspicion(const std::vector<Finding>& findings);

}  // namespace bibob::screening
