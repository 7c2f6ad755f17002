#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "lists/csv_reader.hpp"
#include "matching/screener.hpp"
#include "support/run_bibob.hpp"
#include "util/binary_io.hpp"

using namespace bibob::matching;

namespace {

Screener small_list() {
  Screener screener(0.85);
  auto add = [&](EntityKind kind, std::initializer_list<const char*> names, const char* born = nullptr) {
    EntityFacts facts;
    facts.kind = kind;
    if (born != nullptr) facts.dates_of_birth.push_back(*parse_partial_date(born));
    const auto entity = screener.add_entity(facts);
    for (const char* name : names) screener.add_name(entity, name);
  };
  add(EntityKind::person, {"AL ZAWAHIRI, Ayman", "Aiman Muhammed Rabi al-Zawahiri"}, "1951-06-19");
  add(EntityKind::person, {"BIN LADIN, Usama bin Muhammad bin Awad", "BIN LADEN, Usama"});
  add(EntityKind::organisation, {"Bank of America Corporation"});
  add(EntityKind::organisation, {"Abdulrahman Trading LLC"});
  add(EntityKind::person, {"Pieter Vandermeer"});
  screener.build();
  return screener;
}

// One entity of each kind and name, in the order given: entity and name ids are the same.
template <typename Names>
Screener screener_of(const Names& names) {
  Screener screener(0.85);
  for (const auto& [kind, name] : names) {
    EntityFacts facts;
    facts.kind = kind;
    screener.add_name(screener.add_entity(facts), name);
  }
  screener.build();
  return screener;
}
Screener screener_of(std::initializer_list<std::pair<EntityKind, const char*>> names) {
  return screener_of<std::initializer_list<std::pair<EntityKind, const char*>>>(names);
}

// The names the index proposes for scoring; a floor of 0 proposes every name it reaches.
std::vector<std::uint32_t> proposed(const Screener& screener, const char* name, NameRules rules, double floor) {
  std::vector<std::uint32_t> ids;
  screener.index().candidates(prepare_name(name, rules), ids, floor);
  return ids;
}

std::vector<std::uint32_t> candidate_entities(const Screener& screener, const char* name, NameRules rules) {
  std::vector<std::uint32_t> ids;
  screener.index().candidates(prepare_name(name, rules), ids);
  std::vector<std::uint32_t> entities;
  for (auto id : ids) entities.push_back(screener.index().entity(id));
  return entities;
}

}  // namespace

TEST_CASE("index: candidates by exact word, typo, sound, split and joined words", "[matching][index]") {
  const Screener screener = small_list();
  CHECK(candidate_entities(screener, "Ayman Zawahiri", NameRules::person) == std::vector<std::uint32_t>{0, 0});
  CHECK(candidate_entities(screener, "Ayman Zawahri", NameRules::person).size() == 2);      // typo, by trigrams
  CHECK(candidate_entities(screener, "Osama bin Ladin", NameRules::person) == std::vector<std::uint32_t>{1, 1});
  CHECK(candidate_entities(screener, "Abdul Rahman Trading", NameRules::organisation) == std::vector<std::uint32_t>{3});
  CHECK(candidate_entities(screener, "Pieter van der Meer", NameRules::person) == std::vector<std::uint32_t>{4});
  // Nothing distinctive: nothing to look up.
  CHECK(candidate_entities(screener, "Bank Corporation", NameRules::organisation).empty());
  // Names of other rules are left out.
  CHECK(candidate_entities(screener, "Bank of America", NameRules::person).empty());
}

TEST_CASE("screening: hits with corroboration, conflicts shown but not matched", "[matching][screening]") {
  const Screener screener = small_list();
  QueryFacts facts;
  facts.kind = EntityKind::person;
  facts.date_of_birth = parse_partial_date("1951-06-19");
  auto hits = screener.screen("Ayman al-Zawahiri", facts);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].entity == 0);
  CHECK(hits[0].match);
  CHECK(hits[0].score == 1.0);
  CHECK(hits[0].corroboration.effects.front().feature == "date of birth agrees");
  CHECK_FALSE(hits[0].explanation.aligned.empty());

  facts.date_of_birth = parse_partial_date("1980");
  hits = screener.screen("Ayman al-Zawahiri", facts);
  REQUIRE(hits.size() == 1);
  CHECK_FALSE(hits[0].match);
  CHECK(hits[0].corroboration.conflict);
  CHECK(hits[0].score == Approx(0.85));

  CHECK(screener.screen("Bank of Armenia", {}).empty());
  CHECK(screener.screen("Jan de Vries", {}).empty());
}

TEST_CASE("screening: the index finds what scoring every name finds", "[matching][screening]") {
  const Screener screener = small_list();
  for (const char* name : {"Usama bin Laden", "Ayman Zawahiri", "Bank of America", "Abdulrahman Trading", "Pieter van der Meer"}) {
    const auto indexed = screener.screen(name, {}, false, false);
    const auto brute = screener.screen(name, {}, false, true);
    REQUIRE(indexed.size() == brute.size());
    for (std::size_t i = 0; i < indexed.size(); ++i) CHECK(indexed[i].entity == brute[i].entity);
    CHECK_FALSE(indexed.empty());
  }
}

TEST_CASE("index: an index without names proposes nothing", "[matching][index]") {
  Screener screener(0.85);
  screener.build();
  CHECK(screener.screen("Jan Jansen", {}).empty());
  const auto copy = Screener::deserialise(screener.serialise(), 0.85);
  CHECK(copy->screen("Jan Jansen", {}).empty());
}

TEST_CASE("index: a list word reached from two query words stands for one of them", "[matching][index]") {
  const Screener screener = screener_of({{EntityKind::person, "Muhammad Ali"},
                                          {EntityKind::person, "Muhammad Muhammad"},
                                          {EntityKind::person, "Mohammed Mochammad Rasul"}});
  // Both query words are spellings of Muhammad: a name needs two words for them.
  CHECK(candidate_entities(screener, "Mochammad Mohammed Khosiban", NameRules::person) == std::vector<std::uint32_t>{1, 2});
}

TEST_CASE("index: typos in short words, initials and runs of list words are reached", "[matching][index]") {
  const Screener screener = screener_of({{EntityKind::person, "PARK, Jin Hyok"},
                                          {EntityKind::person, "D. MOHAMMED"},
                                          {EntityKind::organisation, "AL-ISLAM IN"},
                                          {EntityKind::person, "Muhammad Bashir Hassan"}});
  auto reached = [&](const char* name, NameRules rules) { return proposed(screener, name, rules, screener.name_floor()); };
  CHECK(reached("Pak Jin Hyok", NameRules::person) == std::vector<std::uint32_t>{0});  // no letter trigram shared
  CHECK(reached("Mohammed Djamel", NameRules::person) == std::vector<std::uint32_t>{1});
  CHECK(reached("Islamic", NameRules::organisation) == std::vector<std::uint32_t>{2});
  // Two of the three words of entity 3 have no partner: it cannot reach the floor, and is
  // not scored. Entity 1 has no distinctive word without a partner.
  CHECK(reached("Muhammad al", NameRules::person) == std::vector<std::uint32_t>{1});
  CHECK(proposed(screener, "Muhammad al", NameRules::person, 0) == std::vector<std::uint32_t>{1, 3});
  for (const char* query : {"Pak Jin Hyok", "Mohammed Djamel", "Islamic"}) {
    INFO(query);
    CHECK_FALSE(screener.screen(query, {}).empty());
  }
}

TEST_CASE("index: runs that begin or end like the query word, names of the query's rules only", "[matching][index]") {
  const Screener screener = screener_of({
      {EntityKind::person, "Saher La"},          // 0: "saher la" / "sahara", its start but for one letter
      {EntityKind::person, "Jose Al-Dam"},       // 1: "al dam" / "adam", its end
      {EntityKind::organisation, "Jose Adam"},   // 2: an organisation's name
      {EntityKind::person, "Muhammad Al-Libi"},  // 3: "muhammad al" pairs with "muhammad", but Libi is left alone
  });
  const double floor = screener.name_floor();
  auto reached = [&](const char* name, NameRules rules) { return proposed(screener, name, rules, floor); };
  CHECK(reached("Sahara", NameRules::person) == std::vector<std::uint32_t>{0});
  CHECK(compare_names(prepare_name("Sahara", NameRules::person), screener.index().name(0)).score >= floor);
  CHECK(reached("Jose Adam", NameRules::person) == std::vector<std::uint32_t>{1});
  CHECK(compare_names(prepare_name("Jose Adam", NameRules::person), screener.index().name(1)).score >= floor);
  CHECK(reached("Jose Adam", NameRules::organisation) == std::vector<std::uint32_t>{2});
  // The run of entity 3 pairs with "muhammad", which its own Muhammad pairs with already: the
  // run cannot lift the score, and the comparison's run test is not even asked.
  CHECK(reached("Muhammad al", NameRules::person).empty());
  CHECK(compare_names(prepare_name("Muhammad al", NameRules::person), screener.index().name(3)).score < floor);
  CHECK(proposed(screener, "Muhammad al", NameRules::person, 0) == std::vector<std::uint32_t>{3});
}

TEST_CASE("index: an organisation query's generic words partner only the list words they pair with", "[matching][index]") {
  const Screener screener = screener_of({{EntityKind::organisation, "Islamic Zamzam Iraq"},
                                          {EntityKind::organisation, "Islamic Petroleim Iraq"}});
  const PreparedName query = prepare_name("Islamic Petroleum", NameRules::organisation);
  REQUIRE(query.tokens[1].role == TokenRole::generic);
  // Zamzam cannot be the partner of Petroleum: with Zamzam and Iraq alone, the first name
  // cannot reach the floor. Petroleim (a typo, no generic word) can.
  CHECK(proposed(screener, "Islamic Petroleum", NameRules::organisation, screener.name_floor()) ==
        std::vector<std::uint32_t>{1});
  CHECK(proposed(screener, "Islamic Petroleum", NameRules::organisation, 0) == std::vector<std::uint32_t>{0, 1});
  CHECK(compare_names(query, screener.index().name(0)).score < screener.name_floor());
  CHECK(compare_names(query, screener.index().name(1)).score >= screener.name_floor());
}

TEST_CASE("index: runs of query words that pair with list words the lookups did not reach", "[matching][index]") {
  const Screener screener = screener_of({{EntityKind::organisation, "Palestiniens"},
                                          {EntityKind::organisation, "Iran Engineering"},
                                          {EntityKind::organisation, "Iran Zamzam"}});
  const double floor = screener.name_floor();
  // "palestine jv" / "palestiniens" are three letters apart, further than the one typo query
  // runs are looked up with; Palestine reaches the name, and JV cannot be left alone.
  CHECK(proposed(screener, "Palestine JV", NameRules::organisation, floor) == std::vector<std::uint32_t>{0});
  CHECK(compare_names(prepare_name("Palestine JV", NameRules::organisation), screener.index().name(0)).score >= floor);
  // "engineers and" pairs with the generic word Engineering, which Engineers alone does not;
  // Zamzam pairs with neither.
  CHECK(proposed(screener, "Engineers and Iran", NameRules::organisation, floor) == std::vector<std::uint32_t>{1});
  const PreparedName engineers = prepare_name("Engineers and Iran", NameRules::organisation);
  CHECK(compare_names(engineers, screener.index().name(1)).score >= floor);
  CHECK(compare_names(engineers, screener.index().name(2)).score < floor);
  CHECK(run_may_pair_with_generic("engineersand"));
  CHECK_FALSE(may_pair_with_generic(word_form(prepare_name("Engineers", NameRules::organisation), 0)));
  CHECK_FALSE(run_may_pair_with_generic("zamzamiran"));
}

TEST_CASE("index: a short form reaches the given name it stands for, and back", "[matching][index]") {
  const Screener screener = screener_of({{EntityKind::person, "Cornelis de Vries"},
                                         {EntityKind::person, "Bill Clinton"},
                                         {EntityKind::person, "Klaas de Vries"},
                                         {EntityKind::organisation, "Kees Holding"}});
  const double floor = screener.name_floor();
  // No spelling, sound or typo lookup reaches Cornelis from Kees: the short forms are looked up.
  CHECK(proposed(screener, "Kees de Vries", NameRules::person, floor) == std::vector<std::uint32_t>{0});
  CHECK(proposed(screener, "William Clinton", NameRules::person, floor) == std::vector<std::uint32_t>{1});
  CHECK(proposed(screener, "Cornelis Holding", NameRules::organisation, floor).empty());
  for (const char* query : {"Kees de Vries", "William Clinton"}) {
    INFO(query);
    const auto brute = screener.screen(query, {}, false, true);
    const auto indexed = screener.screen(query, {}, false);
    REQUIRE(brute.size() == 1);
    REQUIRE(indexed.size() == 1);
    CHECK(indexed[0].entity == brute[0].entity);
  }
}

TEST_CASE("index: short runs of query words meet every list word they pair with by their own lookups",
          "[matching][index]") {
  // Runs of up to eight letters (nine, of an organisation's words) are at most two edits from the
  // words they pair with, which their lookups reach; only longer runs are left to the run test.
  CHECK(most_run_edits(8, NameRules::person) == 2);
  CHECK(most_run_edits(9, NameRules::person) == 3);
  CHECK(most_run_edits(9, NameRules::organisation) == 2);
  CHECK(most_run_edits(10, NameRules::organisation) == 3);
  // "abdurahm" is eight letters, two short of Abdurahman; "abdorahm" is two edits from Abdurahma,
  // one of them a letter changed, which both sides lose to meet.
  const Screener screener = screener_of({{EntityKind::person, "Abdurahman Hassan"},
                                          {EntityKind::person, "Abdurahma Hassan"}});
  // ("abdurahm" and Abdurahma are a word and its feminine, which do not pair.)
  const std::vector<std::pair<const char*, std::uint32_t>> queries = {{"Abdu Rahm Hassan", 0}, {"Abdo Rahm Hassan", 1}};
  for (const auto& [query, entity] : queries) {
    INFO(query);
    const auto brute = screener.screen(query, {}, false, true);
    const auto indexed = screener.screen(query, {}, false);
    REQUIRE(brute.size() == 1);
    CHECK(brute[0].entity == entity);
    REQUIRE(indexed.size() == 1);
    CHECK(indexed[0].entity == entity);
  }
}

TEST_CASE("index: a common word's postings are walked a block of names at a time, none lost or left marked",
          "[matching][index]") {
  // More names than a block (65,536) share both words: the walk crosses a block's end.
  const std::uint32_t count = 70'000;
  std::vector<std::pair<EntityKind, const char*>> names;
  for (std::uint32_t i = 0; i < count; ++i) names.emplace_back(EntityKind::person, i % 7 == 0 ? "Piet Jansen" : "Jan Jansen");
  const Screener screener = screener_of(names);
  const auto all = proposed(screener, "Jan Jansen", NameRules::person, screener.name_floor());
  std::vector<std::uint32_t> jans;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (i % 7 != 0) jans.push_back(i);
  }
  CHECK(all == jans);
  // A name the first query left marked would be passed over (or counted with its words) now.
  std::vector<std::uint32_t> piets;
  for (std::uint32_t i = 0; i < count; i += 7) piets.push_back(i);
  CHECK(proposed(screener, "Piet Jansen", NameRules::person, screener.name_floor()) == piets);
  CHECK(proposed(screener, "Jan Jansen", NameRules::person, screener.name_floor()) == jans);
}

TEST_CASE("index: what a thread remembers of query words belongs to the index it looked them up in", "[matching][index]") {
  // The same word has another term id in each index: replaying one index's terms in the other
  // would reach Jan Jansen instead of Muhammad Rasul.
  const Screener first = screener_of({{EntityKind::person, "Mohammed Rasul"}, {EntityKind::person, "Jan Jansen"}});
  const Screener second = screener_of({{EntityKind::person, "Jan Jansen"}, {EntityKind::person, "Muhammad Rasul"}});
  auto fresh = [](const Screener& screener, const char* name) {
    NameIndex::forget_remembered();
    return proposed(screener, name, NameRules::person, 0);
  };
  CHECK(fresh(first, "Muhammad") == std::vector<std::uint32_t>{0});
  CHECK(fresh(second, "Muhammad") == std::vector<std::uint32_t>{1});
  for (const Screener* screener : {&first, &first, &second, &second, &first}) {
    const auto remembered = proposed(*screener, "Muhammad", NameRules::person, 0);
    CHECK(remembered == fresh(*screener, "Muhammad"));
  }
}

TEST_CASE("screening: the index finds what scoring every name finds, on the labelled names", "[matching][screening]") {
  const std::string file = bibob::testing::source_path("tests/data/names/labelled-pairs.csv");
  std::ifstream in(file);
  REQUIRE(in);
  bibob::lists::CsvReader reader(in, file);
  reader.next();
  std::vector<std::pair<EntityKind, std::string>> names;
  while (auto row = reader.next()) {
    const auto kind = parse_entity_kind((*row)[2]);
    REQUIRE(kind.has_value());
    names.emplace_back(*kind, (*row)[0]);
    names.emplace_back(*kind, (*row)[1]);
  }
  const Screener screener = screener_of(names);
  std::size_t hits = 0;
  std::set<std::string> missed;  // query / list name
  for (const auto& [kind, name] : names) {
    QueryFacts facts;
    facts.kind = kind;
    std::set<std::uint32_t> indexed;
    for (const auto& hit : screener.screen(name, facts, false)) indexed.insert(hit.entity);
    std::set<std::uint32_t> brute;
    for (const auto& hit : screener.screen(name, facts, false, true)) {
      brute.insert(hit.entity);
      if (indexed.count(hit.entity) == 0) missed.insert(name + " / " + screener.index().name(hit.name).original);
    }
    hits += brute.size();
    CHECK(std::includes(brute.begin(), brute.end(), indexed.begin(), indexed.end()));
  }
  CHECK(hits > 2 * names.size());  // every name finds itself, and many their partner
  // The comparison takes "vandermeer" for "van der meulen" on the letters of "vander" alone
  // (labelled as different names); the index, looking up "meer" and "meulen", does not.
  CHECK(missed == std::set<std::string>{"Pieter Vandermeer / Pieter van der Meulen",
                                        "Pieter van der Meulen / Pieter Vandermeer"});
}

namespace {

// What a screening of these names gives, as comparable text.
std::vector<std::string> hits_of(const Screener& screener) {
  std::vector<std::string> out;
  for (const char* name : {"Ayman al Zawahri", "Usama bin Laden", "Bank of Amerika", "Abdul Rahman Trading",
                           "P. van der Meer", "Jan de Vries"}) {
    for (const auto& hit : screener.screen(name, {})) {
      out.push_back(std::string(name) + " -> " + std::to_string(hit.entity) + "/" + std::to_string(hit.name) + " " +
                    std::to_string(hit.score) + (hit.match ? " match" : ""));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a screener read back from its bytes screens exactly as the one that wrote them", "[matching][index]") {
  const Screener built = small_list();
  const auto copy = Screener::deserialise(built.serialise(), built.threshold());
  CHECK(copy->entity_count() == built.entity_count());
  CHECK(copy->index().name_count() == built.index().name_count());
  CHECK(copy->index().term_count() == built.index().term_count());
  const auto expected = hits_of(built);
  CHECK(expected.size() >= 4);
  CHECK(hits_of(*copy) == expected);
  CHECK(copy->facts(0).dates_of_birth.front().text() == "1951-06-19");
}

TEST_CASE("a screener's bytes cut short or changed are refused, never read half", "[matching][index]") {
  const std::string bytes = small_list().serialise();
  for (std::size_t cut : {std::size_t{0}, std::size_t{3}, bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
    INFO("cut at " << cut);
    CHECK_THROWS(Screener::deserialise(std::string_view(bytes).substr(0, cut), 0.85));
  }
  CHECK_THROWS(Screener::deserialise(bytes + "x", 0.85));
  std::string other_format = bytes;
  other_format[0] = static_cast<char>(other_format[0] + 1);
  CHECK_THROWS(Screener::deserialise(other_format, 0.85));
  // A length field turned huge must not allocate it.
  std::string huge = bytes;
  for (std::size_t i = 4; i < 12; ++i) huge[i] = '\x7f';
  CHECK_THROWS(Screener::deserialise(huge, 0.85));
}

TEST_CASE("a byte other than 0 or 1 is refused as a bool", "[matching][index]") {
  bibob::BinaryReader two(std::string_view("\x02", 1));
  CHECK_THROWS(two.value<bool>());
  bibob::BinaryReader one(std::string_view("\x01", 1));
  CHECK(one.value<bool>());
  CHECK(one.at_end());
}
