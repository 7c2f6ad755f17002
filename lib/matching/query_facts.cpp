#include "matching/query_facts.hpp"

#include "matching/countries.hpp"
#include "matching/entity_kind.hpp"
#include "matching/partial_date.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::matching {

QueryFacts query_facts(const std::string& kind, const std::string& birth_date, const std::vector<std::string>& countries,
                       const std::string& where) {
  auto reject = [&](const std::string& message) {
    if (where.empty()) throw UsageError(message);
    throw InputError(where + ": " + message);
  };
  QueryFacts facts;
  if (!kind.empty()) {
    facts.kind = parse_entity_kind(kind);
    if (!facts.kind || *facts.kind == EntityKind::other) {
      reject("kind " + text::quoted(kind) + " is not person or organisation");
    }
  }
  if (!birth_date.empty()) {
    facts.date_of_birth = parse_partial_date(birth_date);
    if (!facts.date_of_birth || facts.date_of_birth->year != facts.date_of_birth->year_to ||
        facts.date_of_birth->approximate) {
      reject("date of birth " + text::quoted(birth_date) + " is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  for (const auto& country : countries) {
    if (country.empty()) continue;
    const auto code = country_code(country);
    if (!code) reject("country " + text::quoted(country) + " is not an ISO 3166 country code such as NL or MA");
    facts.countries.push_back(*code);
  }
  return facts;
}

}  // namespace bibob::matching
