#include <catch2/catch.hpp>

#include "matching/corroboration.hpp"

using namespace bibob::matching;

namespace {

EntityFacts born(std::initializer_list<const char*> dates, EntityKind kind = EntityKind::person) {
  EntityFacts facts;
  facts.kind = kind;
  for (const char* date : dates) facts.dates_of_birth.push_back(*parse_partial_date(date));
  return facts;
}

QueryFacts query(const char* date) {
  QueryFacts facts;
  facts.date_of_birth = parse_partial_date(date);
  return facts;
}

}  // namespace

TEST_CASE("partial dates: the forms lists use", "[matching][dates]") {
  CHECK(parse_partial_date("1971-01-22")->full());
  CHECK(parse_partial_date("1971")->year == 1971);
  CHECK(parse_partial_date("~1971")->approximate);
  CHECK(parse_partial_date("1960/1962")->year_to == 1962);
  CHECK(parse_partial_date("1960/1962")->text() == "1960/1962");
  CHECK_FALSE(parse_partial_date("1971-13-01"));
  CHECK_FALSE(parse_partial_date("22-01-1971"));
  CHECK_FALSE(parse_partial_date("1962/1960"));
}

TEST_CASE("date of birth: full, year only, approximate, range, conflicting", "[matching][corroboration]") {
  auto full = corroborate(query("1951-06-19"), born({"1951-06-19"}));
  CHECK(full.delta == k_birth_date_agrees);
  CHECK_FALSE(full.conflict);
  CHECK(full.effects.front().feature == "date of birth agrees");

  CHECK(corroborate(query("1951"), born({"1951-06-19"})).delta == k_birth_year_agrees);
  CHECK(corroborate(query("1951-06-19"), born({"1951"})).delta == k_birth_year_agrees);
  CHECK(corroborate(query("1952-01-01"), born({"~1951"})).delta == k_birth_year_agrees);  // circa: a year either way
  CHECK(corroborate(query("1961"), born({"1960/1962"})).delta == k_birth_year_agrees);
  CHECK(corroborate(query("1951-06-20"), born({"1951-06-19"})).delta == k_birth_day_differs);  // a typo, perhaps

  auto conflict = corroborate(query("1960"), born({"1951-06-19", "1952"}));
  CHECK(conflict.conflict);
  CHECK(conflict.delta == k_birth_date_conflicts);
  CHECK(conflict.effects.front().detail == "1960 against 1951-06-19, 1952: shown, but not a match");

  // Any one of several dates that agrees is enough.
  CHECK_FALSE(corroborate(query("1952-03-03"), born({"1951-06-19", "1952"})).conflict);
  // Nothing to compare: nothing added.
  CHECK(corroborate(query("1960"), born({})).effects.empty());
}

TEST_CASE("country and kind", "[matching][corroboration]") {
  EntityFacts entry = born({});
  entry.countries = {"EG", "SA"};
  QueryFacts facts;
  facts.countries = {"SA"};
  CHECK(corroborate(facts, entry).delta == k_country_agrees);
  facts.countries = {"NL"};
  CHECK(corroborate(facts, entry).delta == k_country_differs);
  QueryFacts organisation;
  organisation.kind = EntityKind::organisation;
  const auto kind = corroborate(organisation, entry);
  CHECK(kind.delta == k_kind_differs);
  CHECK(kind.effects.front().detail == "organisation against person");
  CHECK(corroborate(organisation, born({}, EntityKind::other)).delta == k_kind_nearly_differs);
}
