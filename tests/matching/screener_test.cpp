#include <catch2/catch.hpp>

#include "matching/screener.hpp"
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
