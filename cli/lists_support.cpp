#include "cli/lists_support.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <ostream>

#include "matching/countries.hpp"
#include "util/date.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::cli {

std::string list_store_path(const std::optional<std::string>& option, Context& context) {
  if (option && !option->empty()) return *option;
  if (const char* path = std::getenv("BIBOB_LISTS_DB"); path != nullptr && *path != '\0') return path;
  if (!context.config().lists_database.empty()) return context.config().lists_database;
  return lists::default_list_store_path();
}

lists::PreparedLists load_lists(const lists::ListStore& store, double threshold) {
  return lists::load_prepared_lists(store, threshold, lists::default_index_cache_folder());
}

namespace {

std::optional<Date> list_date(const lists::ListInfo& info) {
  const std::string& when = info.published.empty() ? info.imported_at : info.published;
  return Date::parse(when.substr(0, 10));
}

}  // namespace

long list_age_days(const lists::ListInfo& info) {
  const auto date = list_date(info);
  if (!date) return 0;
  return std::max(0L, date->days_until(Date::today()));
}

bool list_dated_after_today(const lists::ListInfo& info) {
  const auto date = list_date(info);
  return date && *date > Date::today();
}

std::string describe_list_age(const lists::ListInfo& info) {
  if (list_dated_after_today(info)) return "dated after today";
  const long age = list_age_days(info);
  return std::to_string(age) + (age == 1 ? " day" : " days") + " old";
}

matching::QueryFacts query_facts(const std::string& kind, const std::string& birth_date,
                                 const std::vector<std::string>& countries, const std::string& where) {
  auto reject = [&](const std::string& message) {
    if (where.empty()) throw UsageError(message);
    throw InputError(where + ": " + message);
  };
  matching::QueryFacts facts;
  if (!kind.empty()) {
    facts.kind = matching::parse_entity_kind(kind);
    if (!facts.kind || *facts.kind == matching::EntityKind::other) {
      reject("kind " + text::quoted(kind) + " is not person or organisation");
    }
  }
  if (!birth_date.empty()) {
    facts.date_of_birth = matching::parse_partial_date(birth_date);
    if (!facts.date_of_birth || facts.date_of_birth->year != facts.date_of_birth->year_to ||
        facts.date_of_birth->approximate) {
      reject("date of birth " + text::quoted(birth_date) + " is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  for (const auto& country : countries) {
    if (country.empty()) continue;
    const auto code = matching::country_code(country);
    if (!code) reject("country " + text::quoted(country) + " is not an ISO 3166 country code such as NL or MA");
    facts.countries.push_back(*code);
  }
  return facts;
}

std::string format_score(double score) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.2f", score);
  return buffer.data();
}

double json_score(double score) { return std::round(score * 10000.0) / 10000.0; }

Json explanation_json(const matching::NameExplanation& explanation) {
  Json aligned = Json::array();
  for (const auto& pair : explanation.aligned) {
    aligned.push_back({{"query", pair.left}, {"list", pair.right}, {"similarity", json_score(pair.similarity)}, {"how", pair.how}});
  }
  Json effects = Json::array();
  for (const auto& effect : explanation.effects) {
    effects.push_back({{"feature", effect.feature}, {"delta", json_score(effect.delta)}, {"detail", effect.detail}});
  }
  return Json{{"rules", explanation.rules},
              {"aligned", aligned},
              {"unmatched_query", explanation.unmatched_left},
              {"unmatched_list", explanation.unmatched_right},
              {"effects", effects}};
}

void print_explanation(const matching::NameExplanation& explanation, std::ostream& out, const std::string& indent) {
  std::string aligned;
  for (const auto& pair : explanation.aligned) {
    if (!aligned.empty()) aligned += ", ";
    aligned += pair.left + (pair.how == "exact" ? " = " : " ~ ") + pair.right + " (" + pair.how +
               (pair.how == "exact" ? "" : " " + format_score(pair.similarity)) + ")";
  }
  out << indent << "rules: " << explanation.rules << "; aligned: " << (aligned.empty() ? "nothing" : aligned) << '\n';
  for (const auto& effect : explanation.effects) {
    out << indent << (effect.delta >= 0 ? "+" : "") << format_score(effect.delta) << "  " << effect.feature << ": "
        << effect.detail << '\n';
  }
}

std::string now_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> buffer{};
  std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer.data();
}

}  // namespace bibob::cli
