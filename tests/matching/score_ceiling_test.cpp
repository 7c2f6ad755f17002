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
  // A name of nine words has fifteen runs, each still with its key: only the run that begins with
  // the word's letter may pair with it.
  const NameShape long_name =
      shape_of(prepare_name("Abdul Rahman Hassan Ibrahim Khalil Mustafa Omar Yusuf Zaid", NameRules::person));
  CHECK(long_name.runs.count == 15);
  CHECK(runs_may_pair(long_name, shape_of(prepare_name("Omaryusuf", NameRules::person)), false));
  CHECK_FALSE(runs_may_pair(long_name, shape_of(prepare_name("Tariq", NameRules::person)), false));
  CHECK_FALSE(runs_may_pair(long_name, shape_of(prepare_name("Ibrahimov", NameRules::person)), false));
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
  CHECK(person.cheap_words == 0);
  CHECK(shape_of(prepare_name("Ivan Petrovich Sidorov", NameRules::person)).cheap_words == 1);  // patronymic

  const NameShape organisation = shape_of(prepare_name("Sberbank of Russia Trading B.V.", NameRules::organisation));
  CHECK(organisation.distinctive == 2);  // sberbank and the place name
  CHECK(organisation.loose == 1);        // trading
  CHECK(organisation.cheap_words == 1);
  CHECK(organisation.rules == NameRules::organisation);
}

TEST_CASE("the score ceiling: exact in the simple cases, never below the comparison", "[matching][ceiling]") {
  const PreparedName query = prepare_name("Muhammad al", NameRules::person);
  const PreparedName listed = prepare_name("Muhammad Bashir", NameRules::person);
  // One query word (with a particle) against two names, one of which finds no partner: not
  // complete, so the lone word costs its full weight: (1.15 + 2 - 1) / (1.15 + 2).
  const double ceiling = score_ceiling(shape_of(query), shape_of(listed), {1, 1, 0}, NameRules::person);
  CHECK(ceiling == Approx(2.15 / 3.15));
  CHECK(compare_names(query, listed).score <= ceiling);
  // Every word reached: nothing to bound.
  CHECK(score_ceiling(shape_of(query), shape_of(prepare_name("Muhammad", NameRules::person)), {1, 1, 0}, NameRules::person) == 1.0);

  // A missing middle name costs less once the other name is complete.
  const PreparedName two = prepare_name("Muhammad Hassan", NameRules::person);
  const PreparedName three = prepare_name("Muhammad Ali Hassan", NameRules::person);
  const double middle = score_ceiling(shape_of(two), shape_of(three), {2, 2, 0}, NameRules::person);
  CHECK(middle == Approx(4.0 / 4.4));
  CHECK(compare_names(two, three).score <= middle);

  // The other name's initials may stand for unreached words of their letters only.
  const PreparedName initials = prepare_name("M. Djamel", NameRules::person);
  const PreparedName mohammed = prepare_name("Mohammed Djamel", NameRules::person);
  // M ~ Mohammed at 0.8 (weights 0.5 and 1), Djamel in full: (0.8 * 1.5 + 2) / 3.5.
  const double by_initial = score_ceiling(shape_of(mohammed), shape_of(initials), {1, 1, 0}, NameRules::person);
  CHECK(by_initial == Approx(3.2 / 3.5));
  CHECK(compare_names(mohammed, initials).score == Approx(by_initial));
  CHECK(score_ceiling(shape_of(prepare_name("Karim Djamel", NameRules::person)), shape_of(initials), {1, 1, 0},
                      NameRules::person) < 0.77);
  // ... and count at the initial's similarity: J ~ John at 0.8, Smith in full, Peter alone.
  const PreparedName smith = prepare_name("J. Smith", NameRules::person);
  const PreparedName john = prepare_name("John Peter Smith", NameRules::person);
  const double with_initial = score_ceiling(shape_of(smith), shape_of(john), {1, 1, 0}, NameRules::person);
  CHECK(with_initial == Approx((1.5 + 3 - 1 - 0.3) / (1.5 + 3)));
  CHECK(compare_names(smith, john).score == Approx(with_initial));
}

TEST_CASE("the score ceiling: what pairs that are not quite alike lose, and where a missing name is", "[matching][ceiling]") {
  // Hasan ~ Hassan: the pair's similarity, from the comparison, times the pair's weight is
  // what the score loses; with it the ceiling is the score.
  const PreparedName query = prepare_name("Hasan Karimi", NameRules::person);
  const PreparedName listed = prepare_name("Hassan Karimi", NameRules::person);
  const double alike = pair_similarity(word_form(query, 0), word_form(listed, 0), NameRules::person);
  REQUIRE(alike > 0.86);
  REQUIRE(alike < 1.0);
  const double exact = score_ceiling(shape_of(query), shape_of(listed), {2, 2, (1 - alike) * 2}, NameRules::person);
  CHECK(exact == Approx(compare_names(query, listed).score));
  CHECK(exact == Approx((4 - (1 - alike) * 2) / 4));

  // A name missing from the list name costs less only between two words that found partners:
  // "Karimi" alone against "Hassan Karimi" leaves Hassan at the start, at its full weight.
  const PreparedName two = prepare_name("Ali Karimi", NameRules::person);
  const PreparedName start = prepare_name("Hassan Ali Karimi", NameRules::person);
  const PreparedName ends = prepare_name("Ali Hassan Karimi", NameRules::person);
  CHECK(score_ceiling(shape_of(two), shape_of(ends), {2, 2, 0}, NameRules::person) == Approx(4.0 / 4.4));
  CHECK(compare_names(two, ends).score == Approx(4.0 / 4.4));
  CHECK(compare_names(two, start).score < 4.0 / 4.4);  // two reached, Hassan first: the ceiling cannot tell
  // The query's two words run together pair with one list word: with one list word reached,
  // Hassan cannot be in the middle.
  const PreparedName run = prepare_name("Abdul Rahman", NameRules::person);
  const PreparedName one = prepare_name("Abdulrahman Hassan", NameRules::person);
  const double alone = score_ceiling(shape_of(run), shape_of(one), {2, 1, 0}, NameRules::person);
  CHECK(alone == Approx(3.0 / 4.0));
  CHECK(compare_names(run, one).score == Approx(alone));
}


TEST_CASE("the score ceiling: as many cheap words alone as there are, generic words' partners as found",
          "[matching][ceiling]") {
  const PreparedName query = prepare_name("Islamic Trading", NameRules::organisation);
  const PreparedName listed = prepare_name("Islamic Zamzam Iraq", NameRules::organisation);
  REQUIRE(shape_of(query).loose == 1);  // trading
  REQUIRE(shape_of(listed).distinctive == 3);
  REQUIRE(shape_of(listed).cheap_words == 1);  // Iraq, a place name
  REQUIRE(shape_of(listed).weight == Approx(2.5));
  // Islamic reached; Trading may be the partner of one of the other two; the one alone is
  // taken to be the place name (weight 0.5, cost 0.25): (1.5 + 2.5 - 0.5) / (3.5 + 0.25), and
  // the same legal form (none) adds nothing but the ceiling's margin of 0.02.
  Reach reach{1, 1, 0};
  CHECK(score_ceiling(shape_of(query), shape_of(listed), reach, NameRules::organisation) == Approx(3.5 / 3.75 + 0.02));
  // The index found no list word that Trading pairs with: both are alone, the place name and
  // Zamzam (weight 1, cost 1): (4 - 1.5) / (2.5 + 1.25).
  reach.loose_partners = 0;
  const double ceiling = score_ceiling(shape_of(query), shape_of(listed), reach, NameRules::organisation);
  CHECK(ceiling == Approx(2.5 / 3.75 + 0.02));
  CHECK(compare_names(query, listed).score <= ceiling);
}

TEST_CASE("the score ceiling: a query word alone partners the list name's loose words only as it may",
          "[matching][ceiling]") {
  // Karimi, which no list word reached, could stand for the initial only if it began with A;
  // Ali, which begins with it, found its partner already.
  const PreparedName query = prepare_name("Ali Karimi Hassan", NameRules::person);
  const PreparedName listed = prepare_name("Ali A. Hassan", NameRules::person);
  Reach reach{2, 2, 0};
  // Not known: Karimi ~ A at the initial's similarity, 0.8 of weights 1 and 0.5.
  CHECK(score_ceiling(shape_of(query), shape_of(listed), reach, NameRules::person) == Approx((5.5 - 0.3) / 5.5));
  // Known: Karimi alone, a missing middle name (weight 1, cost 0.4): (5.5 - 1) / (4.5 + 0.4).
  reach.query_loose_partners = 0;
  const double ceiling = score_ceiling(shape_of(query), shape_of(listed), reach, NameRules::person);
  CHECK(ceiling == Approx(4.5 / 4.9));
  CHECK(compare_names(query, listed).score <= ceiling);

  // An organisation's distinctive word pairs with a generic word only when spelled almost alike.
  CHECK_FALSE(may_pair_with_generic(word_form(prepare_name("Yevpatoria", NameRules::organisation), 0)));
  CHECK(may_pair_with_generic(word_form(prepare_name("Shiping", NameRules::organisation), 0)));
  CHECK(may_pair_with_generic(word_form(prepare_name("Internationall", NameRules::organisation), 0)));
  const PreparedName company = prepare_name("Zamzam Yevpatoria", NameRules::organisation);
  const PreparedName shipping = prepare_name("Zamzam Shipping", NameRules::organisation);
  REQUIRE(shape_of(company).cheap_words == 0);
  REQUIRE(shape_of(shipping).loose == 1);
  Reach zamzam{1, 1, 0};
  CHECK(score_ceiling(shape_of(company), shape_of(shipping), zamzam, NameRules::organisation) == 1.0);
  // Yevpatoria alone (weight 1, cost 1): (3.5 - 1) / (2.5 + 1), and the margin of 0.02.
  zamzam.query_loose_partners = 0;
  const double organisation = score_ceiling(shape_of(company), shape_of(shipping), zamzam, NameRules::organisation);
  CHECK(organisation == Approx(2.5 / 3.5 + 0.02));
  CHECK(compare_names(company, shipping).score <= organisation);
}

TEST_CASE("runs that pair tell which words they pair with, and bound the ceiling by those", "[matching][ceiling]") {
  // "abd al" ~ Abdul and "al rahman" ~ Alrahman; "abd al rahman" is too long for either.
  const PreparedName runs = prepare_name("Abd al Rahman", NameRules::person);
  const PreparedName words = prepare_name("Abdul Alrahman Hassan", NameRules::person);
  const RunPairing pairing = run_pairing(runs, words);
  CHECK(pairing.runs == 2);
  CHECK(pairing.word_bits == 0b011);
  CHECK(pairing.words() == 2);
  CHECK(pairing.most_distinctive == 1);  // al is a particle
  CHECK(run_pairing(words, runs).runs == 0);

  // A run stands for a query word; when it pairs only with query words that reached a list word
  // on their own, it gives no more query words a partner, only more list words.
  const PreparedName query = prepare_name("Abdul Karimi", NameRules::person);
  const PreparedName listed = prepare_name("Abd al Karimi Hassan", NameRules::person);
  REQUIRE(shape_of(query).distinctive == 2);
  REQUIRE(shape_of(listed).distinctive == 3);
  const NameShape q = shape_of(query);
  const NameShape l = shape_of(listed);
  const Reach karimi{1, 1, 0};
  const double by_keys = score_ceiling(q, l, karimi, RunsReach{1, 1}, NameRules::person);
  const double known_reached = score_ceiling(q, l, karimi, RunsReach{1, 1, 0}, NameRules::person);
  CHECK(by_keys == Approx(score_ceiling(q, l, Reach{2, 2, 0}, NameRules::person)));
  CHECK(known_reached == Approx(score_ceiling(q, l, Reach{1, 2, 0}, NameRules::person)));
  CHECK(known_reached < by_keys);
  // Here the run "abd al" pairs with Abdul, which reached nothing on its own.
  const RunPairing abdul = run_pairing(listed, query);
  CHECK(abdul.word_bits == 0b01);
  CHECK(compare_names(query, listed).score <= score_ceiling(q, l, karimi, RunsReach{1, 1, 1}, NameRules::person));
}

TEST_CASE("the score ceiling: a query's cheap word is taken to be alone only when it may be", "[matching][ceiling]") {
  const PreparedName query = prepare_name("State in Yemen Islamic", NameRules::organisation);
  const PreparedName listed = prepare_name("Zamzam Society Yemen", NameRules::organisation);
  REQUIRE(shape_of(query).weight == Approx(2.1));  // Islamic 1, Yemen 0.5, State 0.5, in 0.1
  REQUIRE(shape_of(query).cheap_words == 1);
  REQUIRE(shape_of(listed).weight == Approx(2.0));
  // Yemen ~ Yemen; State pairs with neither Zamzam nor Society, Islamic with no generic word.
  Reach reach{1, 1, 0};
  reach.loose_partners = 0;
  reach.query_loose_partners = 0;
  // Not known which query word is alone: the place name, at weight 0.5 and cost 0.25, on both
  // sides: (4.1 - 1) / (3.1 + 0.5), and the margin of 0.02.
  CHECK(score_ceiling(shape_of(query), shape_of(listed), reach, NameRules::organisation) == Approx(3.1 / 3.6 + 0.02));
  // Yemen has its partner: Islamic is alone, at weight 1 and cost 1: (4.1 - 1.5) / (2.6 + 1.25).
  reach.query_cheap_alone = 0;
  const double ceiling = score_ceiling(shape_of(query), shape_of(listed), reach, NameRules::organisation);
  CHECK(ceiling == Approx(2.6 / 3.85 + 0.02));
  CHECK(compare_names(query, listed).score <= ceiling);
}

TEST_CASE("the score ceiling with runs: fewer query words with a partner leave more alone, cheap ones among them",
          "[matching][ceiling]") {
  const NameShape query = shape_of(prepare_name("Ivan Petrovich Sidorov", NameRules::person));
  const NameShape listed = shape_of(prepare_name("Ivan Sidorov", NameRules::person));
  REQUIRE(query.cheap_words == 1);
  // All three query words reached a list word; the patronymic is not alone.
  Reach reach{3, 2, 0};
  reach.query_cheap_alone = 0;
  // A run of query words standing for one list word leaves one query word alone, which may be
  // the patronymic: the ceiling must allow for it.
  Reach two{2, 2, 0};
  two.query_cheap_alone = 1;
  const double with_run = score_ceiling_with_query_runs(query, listed, reach, RunsReach{1, 1}, NameRules::person);
  CHECK(with_run == Approx(score_ceiling(query, listed, two, NameRules::person)));
  two.query_cheap_alone = 0;
  CHECK(with_run > score_ceiling(query, listed, two, NameRules::person));
}
