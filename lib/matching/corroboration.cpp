#include "matching/corroboration.hpp"

#include <algorithm>

namespace bibob::matching {
namespace {

enum class DateFit { none, same_year, year, full };

DateFit fit(const PartialDate& query, const PartialDate& entry) {
  const int tolerance = entry.approximate || query.approximate ? 1 : 0;
  const bool years_overlap = query.year_to + tolerance >= entry.year && query.year <= entry.year_to + tolerance;
  if (!years_overlap) return DateFit::none;
  const bool exact_years = query.year == query.year_to && entry.year == entry.year_to && query.year == entry.year;
  if (query.month != 0 && entry.month != 0 && query.month != entry.month) {
    return exact_years ? DateFit::same_year : DateFit::none;
  }
  if (query.day != 0 && entry.day != 0 && query.day != entry.day) {
    return exact_years ? DateFit::same_year : DateFit::none;
  }
  return query.full() && entry.full() ? DateFit::full : DateFit::year;
}

}  // namespace

Corroboration corroborate(const QueryFacts& query, const EntityFacts& entry) {
  Corroboration out;
  auto effect = [&](const char* feature, double delta, std::string detail) {
    out.delta += delta;
    out.effects.push_back({feature, delta, std::move(detail)});
  };
  if (query.date_of_birth && !entry.dates_of_birth.empty()) {
    DateFit best = DateFit::none;
    for (const auto& date : entry.dates_of_birth) best = std::max(best, fit(*query.date_of_birth, date));
    std::string listed;
    for (const auto& date : entry.dates_of_birth) listed += (listed.empty() ? "" : ", ") + date.text();
    const std::string detail = query.date_of_birth->text() + " against " + listed;
    switch (best) {
      case DateFit::full: effect("date of birth agrees", k_birth_date_agrees, detail); break;
      case DateFit::year: effect("year of birth agrees", k_birth_year_agrees, detail); break;
      case DateFit::same_year: effect("same year, other day of birth", k_birth_day_differs, detail); break;
      case DateFit::none:
        effect("date of birth conflicts", k_birth_date_conflicts, detail + ": shown, but not a match");
        out.conflict = true;
        break;
    }
  }
  if (!query.countries.empty() && !entry.countries.empty()) {
    const bool shared = std::any_of(query.countries.begin(), query.countries.end(), [&](const std::string& c) {
      return std::find(entry.countries.begin(), entry.countries.end(), c) != entry.countries.end();
    });
    std::string listed;
    for (const auto& c : entry.countries) listed += (listed.empty() ? "" : ", ") + c;
    std::string asked;
    for (const auto& c : query.countries) asked += (asked.empty() ? "" : ", ") + c;
    effect(shared ? "country agrees" : "country differs", shared ? k_country_agrees : k_country_differs,
           asked + " against " + listed);
  }
  if (query.kind && *query.kind != entry.kind) {
    const bool person_involved = *query.kind == EntityKind::person || entry.kind == EntityKind::person;
    effect("kind differs", person_involved ? k_kind_differs : k_kind_nearly_differs,
           std::string(to_string(*query.kind)) + " against " + std::string(to_string(entry.kind)));
  }
  return out;
}

}  // namespace bibob::matching
