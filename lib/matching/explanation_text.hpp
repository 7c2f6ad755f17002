#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "matching/name_comparison.hpp"

// A name comparison's explanation as people read it, the same wherever it is shown: a list
// hit on the terminal, in a finding, in `names compare`.
namespace bibob::matching {

// A score with two decimals: "0.97".
std::string format_score(double score);

// "rules: person; aligned: ayman = ayman (exact), ..." and one line per effect on the score,
// each line after `indent`.
void print_explanation(const NameExplanation& explanation, std::ostream& out, const std::string& indent);

// One line per effect on a score ("+0.05  date of birth agrees: ..."), each after `indent`.
void print_effects(const std::vector<ScoreEffect>& effects, std::ostream& out, const std::string& indent);

}  // namespace bibob::matching
