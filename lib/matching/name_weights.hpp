#pragma once

#include "matching/prepared_name.hpp"

// What each word of a name weighs in a comparison and what it costs when it finds no partner:
// shared by the comparison and by the ceiling that lets the index skip names that cannot
// reach a score.
namespace bibob::matching::weights {

inline constexpr double k_particle = 0.15;
inline constexpr double k_initial = 0.5;
inline constexpr double k_generic = 0.5;
inline constexpr double k_geographic = 0.5;
inline constexpr double k_stopword = 0.1;

// What a word and an initial of its letter are alike (person names).
inline constexpr double k_initial_similarity = 0.80;

// Share of a word's weight a missing middle name or patronymic costs when the other name is
// complete, and a patronymic anywhere else.
inline constexpr double k_middle_name_cost = 0.40;
inline constexpr double k_patronymic_cost = 0.25;
inline constexpr double k_loose_patronymic_cost = 0.50;
// What an unmatched generic word or place name in an organisation's name costs.
inline constexpr double k_unmatched_generic_cost = 0.35;
inline constexpr double k_unmatched_place_cost = 0.25;

inline constexpr double k_legal_same = 0.02;
inline constexpr double k_legal_different = -0.05;

inline double of(const Token& token, NameRules rules) {
  if (rules == NameRules::person) {
    switch (token.role) {
      case TokenRole::particle: return k_particle;
      case TokenRole::initial: return k_initial;
      default: return 1.0;
    }
  }
  switch (token.role) {
    case TokenRole::generic: return k_generic;
    case TokenRole::geographic: return k_geographic;
    case TokenRole::stopword: return k_stopword;
    default: return 1.0;
  }
}

// The words candidate generation looks up: those that identify the name.
inline bool distinctive(const Token& token, NameRules rules) {
  if (rules == NameRules::person) return token.role == TokenRole::normal;
  return token.role == TokenRole::normal || token.role == TokenRole::geographic;
}

// How many of the `count` words of a name from `start` are distinctive.
inline std::size_t distinctive_in(const PreparedName& name, std::size_t start, std::size_t count) {
  std::size_t found = 0;
  for (std::size_t k = start; k < start + count; ++k) found += distinctive(name.tokens[k], name.rules) ? 1U : 0U;
  return found;
}

}  // namespace bibob::matching::weights
