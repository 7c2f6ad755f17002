#pragma once

#include <string>
#include <vector>

#include "model/finding.hpp"
#include "screening/assessment.hpp"

namespace bibob::screening {

// Whether a fact of this basis can carry a degree of danger on the ground: a relation with
// criminal offences (grounds a and b), money of unexplained origin (ground a), data withheld
// after a request (art. 4), a false answer on the form (art. 3 lid 6).
bool carries_ground(Basis basis, Ground ground);

// What a finding that could not be verified or confirmed could change, in Dutch: the grounds
// on which what the source could show carries a conclusion, or that it changes none.
std::string what_it_could_change(const Finding& finding);

// How the assessment reasons on one ground, in words: what `bibob assessment explain` says,
// drawn from the same rules and settings the assessment uses.
struct GroundRule {
  Ground ground = Ground::a;
  std::string title;                 // what the law asks
  std::vector<Basis> carried_by;     // the facts that can carry a degree
  std::vector<std::string> steps;    // the reasoning, in order
};

std::vector<GroundRule> ground_rules(const AssessmentSettings& settings);

}  // namespace bibob::screening
