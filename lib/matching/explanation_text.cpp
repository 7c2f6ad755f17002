#include "matching/explanation_text.hpp"

#include <array>
#include <cstdio>

namespace bibob::matching {

std::string format_score(double score) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.2f", score);
  return buffer.data();
}

void print_explanation(const NameExplanation& explanation, std::ostream& out, const std::string& indent) {
  std::string aligned;
  for (const auto& pair : explanation.aligned) {
    if (!aligned.empty()) aligned += ", ";
    aligned += pair.left + (pair.how == "exact" ? " = " : " ~ ") + pair.right + " (" + pair.how +
               (pair.how == "exact" ? "" : " " + format_score(pair.similarity)) + ")";
  }
  out << indent << "rules: " << explanation.rules << "; aligned: " << (aligned.empty() ? "nothing" : aligned) << '\n';
  print_effects(explanation.effects, out, indent);
}

void print_effects(const std::vector<ScoreEffect>& effects, std::ostream& out, const std::string& indent) {
  for (const auto& effect : effects) {
    out << indent << (effect.delta >= 0 ? "+" : "") << format_score(effect.delta) << "  " << effect.feature << ": "
        << effect.detail << '\n';
  }
}

}  // namespace bibob::matching
