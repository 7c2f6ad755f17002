#pragma once

#include <optional>
#include <string>
#include <vector>

#include "matching/entity_kind.hpp"
#include "matching/name_comparison.hpp"
#include "matching/partial_date.hpp"

namespace bibob::matching {

// What a list says about an entry besides its names.
struct EntityFacts {
  EntityKind kind = EntityKind::other;
  std::vector<PartialDate> dates_of_birth;
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2, upper case
};

// What is known about the party being screened.
struct QueryFacts {
  std::optional<EntityKind> kind;
  std::optional<PartialDate> date_of_birth;
  std::vector<std::string> countries;
};

struct Corroboration {
  double delta = 0;
  bool conflict = false;  // a date of birth that rules the entry out: shown, never a match
  std::vector<ScoreEffect> effects;
};

inline constexpr double k_birth_date_agrees = 0.05;
inline constexpr double k_birth_year_agrees = 0.02;
inline constexpr double k_birth_day_differs = -0.05;
inline constexpr double k_birth_date_conflicts = -0.15;
inline constexpr double k_country_agrees = 0.03;
inline constexpr double k_country_differs = -0.03;
inline constexpr double k_kind_differs = -0.20;
inline constexpr double k_kind_nearly_differs = -0.05;

Corroboration corroborate(const QueryFacts& query, const EntityFacts& entry);

}  // namespace bibob::matching
