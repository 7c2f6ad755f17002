#include <catch2/catch.hpp>

#include "matching/name_comparison.hpp"
#include "matching/score_ceiling.hpp"

using namespace bibob::matching;

namespace {

WordForm first_word(const PreparedName& name) { return word_form(name, 0); }

bool pair(const char* a, const char* b, NameRules rules = NameRules::person) {
  const PreparedName left = prepare_name(a, rules);
  const PreparedName right = prepare_name(b, rules);
  return words_pair(first_word(left), first_word(right), rules);
}

}  // namespace

TEST_CASE("words pair as the comparison pairs them", "[matching][ceiling]") {
  CHECK(pair("Mohammed", "Mohammed"));
  CHECK(pair("Moaammad", "Mohammed"));  // sounds alike
  CHECK(pair("Park", "Pak"));           // one letter in a short word
  CHECK(pair("Noor", "Nour"));          // spelling convention
  CHECK_FALSE(pair("Fang", "Feng"));    // the vowel is the name
  CHECK_FALSE(pair("Mahmoud", "Muhammad"));
  CHECK(pair("Gazprom", "Gasprom", NameRules::organisation));
  CHECK_FALSE(pair("Sberbank", "Sovcombank", NameRules::organisation));
}

TEST_CASE("runs of words pair with one word of the other name", "[matching][ceiling]") {
  CHECK(runs_pair(prepare_name("Abdul Rahman", NameRules::person), prepare_name("Abdulrahman", NameRules::person)));
  CHECK(runs_pair(prepare_name("van der Meer", NameRules::person), prepare_name("Vandermeer", NameRules::person)));
  CHECK_FALSE(runs_pair(prepare_name("Muhammad Bashir", NameRules::person), prepare_name("Muhammad", NameRules::person)));
  // A run only pairs with a word of nearly its length and its first letter.
  const NameShape runs = shape_of(prepare_name("Abdul Rahman Hassan", NameRules::person));
  CHECK(runs_may_pair(runs, shape_of(prepare_name("Abdulrahman", NameRules::person)), false));
  CHECK_FALSE(runs_may_pair(runs, shape_of(prepare_name("Muhammad", NameRules::person)), false));
  CHECK_FALSE(runs_may_pair(runs, shape_of(prepare_name("Abdulrahmanhassanovich", NameRules::person)), false));
  // Without a distinctive word: particles only.
  CHECK(shape_of(prepare_name("van der Meer", NameRules::person)).plain_runs.count == 1);  // "vander"
  CHECK(shape_of(prepare_name("Pieter Meer", NameRules::person)).plain_runs.count == 0);
}

TEST_CASE("a name's shape counts its distinctive words, weight and initials", "[matching][ceiling]") {
  const NameShape person = shape_of(prepare_name("J.P. van der Berg", NameRules::person));
  CHECK(person.distinctive == 1);
  CHECK(person.loose == 2);
  CHECK(person.initials == ((1U << ('j' - 'a')) | (1U << ('p' - 'a'))));
  CHECK(person.weight == Approx(1.0 + 0.5 + 0.5 + 0.15 + 0.15));
  CHECK_FALSE(person.cheap_unmatched);
  CHECK(shape_of(prepare_name("Ivan Petrovich Sidorov", NameRules::person)).cheap_unmatched);  // patronymic

  const NameShape organisation = shape_of(prepare_name("Sberbank of Russia Trading B.V.", NameRules::organisation));
  CHECK(organisation.distinctive == 2);  // sberbank and the place name
  CHECK(organisation.loose == 1);        // trading
  CHECK(organisation.cheap_unmatched);
  CHECK(organisation.rules == NameRules::organisation);
}

TEST_CASE("the score ceiling: exact in the simple cases, never below the comparison", "[matching][ceiling]") {
  const PreparedName query = prepare_name("Muhammad al", NameRules::person);
  const PreparedName listed = prepare_name("Muhammad Bashir", NameRules::person);
  // One query word (with a particle) against two names, one of which finds no partner: not
  // complete, so the lone word costs its full weight: (1.15 + 2 - 1) / (1.15 + 2).
  const double ceiling = score_ceiling(shape_of(query), 1, shape_of(listed), 1, NameRules::person);
  CHECK(ceiling == Approx(2.15 / 3.15));
  CHECK(compare_names(query, listed).score <= ceiling);
  // Every word reached: nothing to bound.
  CHECK(score_ceiling(shape_of(query), 1, shape_of(prepare_name("Muhammad", NameRules::person)), 1, NameRules::person) == 1.0);

  // A missing middle name costs less once the other name is complete.
  const PreparedName two = prepare_name("Muhammad Hassan", NameRules::person);
  const PreparedName three = prepare_name("Muhammad Ali Hassan", NameRules::person);
  const double middle = score_ceiling(shape_of(two), 2, shape_of(three), 2, NameRules::person);
  CHECK(middle == Approx(4.0 / 4.4));
  CHECK(compare_names(two, three).score <= middle);

  // The other name's initials may stand for unreached words of their letters only.
  const PreparedName initials = prepare_name("M. Djamel", NameRules::person);
  CHECK(score_ceiling(shape_of(prepare_name("Mohammed Djamel", NameRules::person)), 1, shape_of(initials), 1,
                      NameRules::person) == 1.0);
  CHECK(score_ceiling(shape_of(prepare_name("Karim Djamel", NameRules::person)), 1, shape_of(initials), 1,
                      NameRules::person) < 0.77);
  // ... and count at the initial's similarity: J ~ John at 0.8, Smith in full, Peter alone.
  const PreparedName smith = prepare_name("J. Smith", NameRules::person);
  const PreparedName john = prepare_name("John Peter Smith", NameRules::person);
  const double with_initial = score_ceiling(shape_of(smith), 1, shape_of(john), 1, NameRules::person);
  CHECK(with_initial == Approx((1.5 + 3 - 1 - 0.3) / (1.5 + 3)));
  CHECK(compare_names(smith, john).score == Approx(with_initial));
}
