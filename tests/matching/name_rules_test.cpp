#include <numeric>

#include <catch2/catch.hpp>

#include "matching/abjad.hpp"
#include "matching/name_comparison.hpp"
#include "matching/prepared_name.hpp"
#include "matching/screener.hpp"

using namespace bibob::matching;

namespace {

double person(const char* a, const char* b) {
  return compare_names(prepare_name(a, NameRules::person), prepare_name(b, NameRules::person)).score;
}

double organisation(const char* a, const char* b) {
  return compare_names(prepare_name(a, NameRules::organisation), prepare_name(b, NameRules::organisation)).score;
}

}  // namespace

TEST_CASE("person names: token order and commas do not matter", "[matching][person]") {
  CHECK(person("Jan de Vries", "de Vries, Jan") == 1.0);
  CHECK(person("Juan Carlos Rodriguez Garcia", "RODRIGUEZ GARCIA, Juan Carlos") == 1.0);
}

TEST_CASE("person names: particles weigh little and van der meets van den", "[matching][person]") {
  const PreparedName name = prepare_name("Pieter van der Meer", NameRules::person);
  REQUIRE(name.tokens.size() == 4);
  CHECK(name.tokens[1].role == TokenRole::particle);
  CHECK(name.tokens[2].role == TokenRole::particle);
  // der ~ den at 0.6 on weight 0.15 + 0.15: (2 + 0.3 + 0.18 + 2) / 4.6
  CHECK(person("Pieter van der Meer", "Pieter van den Meer") == Approx(4.48 / 4.6));
  // A particle left out costs its own small weight: (2 + 2) / (4 + 0.15)
  CHECK(person("Sanne de Jong", "Sanne Jong") == Approx(4.0 / 4.15));
  // 't inside a name is a particle, at the start an initial.
  CHECK(prepare_name("Hendrik 't Hart", NameRules::person).tokens[1].role == TokenRole::particle);
  CHECK(prepare_name("T. Hart", NameRules::person).tokens[0].role == TokenRole::initial);
}

TEST_CASE("person names: initials align with the names they stand for", "[matching][person]") {
  // j ~ johannes and p ~ petrus at 0.8 on weight 0.5 + 1, van = van, der ~ den 0.6, berg = berg:
  // (2.4 + 0.3 + 0.18 + 2) / (3 + 0.3 + 0.3 + 2)
  CHECK(person("J.P. van der Berg", "Johannes Petrus van den Berg") == Approx(4.88 / 5.6));
  CHECK(person("J.P. van der Berg", "Johannes Petrus van den Berg") >= 0.85);
  // An initial that does not fit is no alignment: (2) / (0.5 + 1 + 2)
  CHECK(person("K. de Vries", "Jan de Vries") < 0.85);
  // Initials alone never make a match.
  NameExplanation explanation;
  const auto score =
      compare_names(prepare_name("J. P.", NameRules::person), prepare_name("Jan Pieter", NameRules::person), &explanation);
  CHECK(score.only_generic);
  CHECK(score.score <= k_generic_only_cap);
}

TEST_CASE("person names: a missing middle name costs little, a missing last name a lot", "[matching][person]") {
  // johanna, between two aligned names, costs 0.4 of its weight: 4 / 4.4
  CHECK(person("Maria Johanna Bakker", "Maria Bakker") == Approx(4.0 / 4.4));
  // a patronymic costs 0.25: 4 / 4.25
  CHECK(person("Vitaly Yurievich Kuzmenko", "Vitaly Kuzmenko") == Approx(4.0 / 4.25));
  // ahmed at the end is not a middle name: 4 / 5
  CHECK(person("Hussein Ali Ahmed", "Hussein Ali") == Approx(0.8));
  // one name alone is never the shorter form of a full name: 2 / (2 + 1 + 0.15)
  CHECK(person("Mohammed Al-Rashid", "Mohammed") == Approx(2.0 / 3.15));
}

TEST_CASE("person names: spelling, transliteration and gendered forms", "[matching][person]") {
  CHECK(person("Thijs van Dijk", "Thijs van Dyk") > 0.95);        // Dutch ij = y
  // Müller becomes muller, a spelling variant of mueller (0.95): (2 + 1.9) / 4
  CHECK(person("Thomas Mueller", "Thomas Müller") == Approx(3.9 / 4));
  CHECK(person("Muammar Gaddafi", "Moammar Qadhafi") >= 0.85);    // sounds alike
  CHECK(person("Mohammed Al-Rashid", "Mahmoud Al-Rashid") < 0.85);  // same consonants, other name
  CHECK(person("Robert Johnson", "Roberta Johnson") < 0.85);      // feminine form names someone else
  CHECK(person("Roman Abramovich", "Roman Abramov") < 0.85);      // a long added ending is another name
  CHECK(person("Abdul Rahman Yasin", "Abdulrahman Yasin") == 1.0);  // run together
  CHECK(person("Xi Jinping", "习近平") == 1.0);
  CHECK(person("Vladimir Putin", "Владимир Путин") == 1.0);
}

TEST_CASE("person names: a given name meets the short forms people go by", "[matching][person]") {
  // A short form pairs at 0.88: (2 * 0.88 + 2 * 1) / 4, and with the particle de weighing 0.15,
  // (2 * 0.88 + 2 * 0.15 + 2) / 4.3.
  CHECK(person("Kees de Vries", "Cornelis de Vries") == Approx(4.06 / 4.3));
  CHECK(person("Bill Clinton", "William Clinton") == Approx(3.76 / 4));
  CHECK(person("Piet Jansen", "Pieter Jansen") == Approx(3.76 / 4));
  CHECK(person("Sasha Petrov", "Aleksandr Petrov") == Approx(3.76 / 4));
  NameExplanation explanation;
  compare_names(prepare_name("Wim Bakker", NameRules::person), prepare_name("Wilhelmus Bakker", NameRules::person),
                &explanation);
  REQUIRE(explanation.aligned.size() == 2);
  CHECK(explanation.aligned[1].how == "short form of the same given name");
  // Another name's short form, two names each in use on its own, an organisation's words: no.
  CHECK(person("Jan de Vries", "Piet de Vries") < 0.85);
  CHECK(person("Kees de Vries", "Klaas de Vries") < 0.85);
  CHECK(person("Gerrit Visser", "Gerard Visser") < 0.85);
  CHECK(organisation("Kees Holding", "Cornelis Holding") < 0.85);
}

TEST_CASE("organisation names: legal forms are stripped and compared as a feature", "[matching][organisation]") {
  const PreparedName name = prepare_name("Bakkerij de Vries B.V.", NameRules::organisation);
  CHECK(name.legal_form == "bv");
  CHECK(name.legal_family == vocabulary::LegalFamily::private_limited);
  CHECK(name.tokens.size() == 3);
  CHECK(prepare_name("Cooperatie Zuivelunie U.A.", NameRules::organisation).legal_form == "cooperatie ua");
  CHECK(prepare_name("Comercial Cimex, S.A. de C.V.", NameRules::organisation).legal_form == "sa de cv");
  CHECK(organisation("Acme B.V.", "Acme") == 1.0);                 // one side without: no effect
  CHECK(organisation("Acme B.V.", "Acme Ltd") == 1.0);             // same family: +0.02, capped at 1
  CHECK(organisation("Acme B.V.", "Acme N.V.") == Approx(0.95));   // different family: -0.05
  CHECK(organisation("Acme Co", "Acme N.V.") == 1.0);              // Co says too little to differ
  CHECK(organisation("Siemens AG", "Siemens Aktiengesellschaft") == 1.0);
}

TEST_CASE("organisation names: generic words never make a match on their own", "[matching][organisation]") {
  NameExplanation explanation;
  const auto score = compare_names(prepare_name("Al Noor Trading LLC", NameRules::organisation),
                                   prepare_name("Al Amal Trading LLC", NameRules::organisation), &explanation);
  CHECK(score.only_generic);
  CHECK(score.score <= k_generic_only_cap);
  CHECK(explanation.effects.back().feature == "generic only");
  CHECK(organisation("International Trading Company", "International Trading Corp") == k_generic_only_cap);
  CHECK(organisation("Horeca Groep Zaandam B.V.", "Horeca Group Zaandam BV") == 1.0);  // groep = group
}

TEST_CASE("organisation names: sibling near-misses are not matches", "[matching][organisation]") {
  CHECK(organisation("Bank of Armenia", "Bank of America") == k_generic_only_cap);
  CHECK(organisation("Central Bank of Syria", "Central Bank of Libya") == k_generic_only_cap);
  CHECK(organisation("Bank Melli Iran", "Bank Mellat") < 0.85);
  CHECK(organisation("Bakkerij de Vries B.V.", "Slagerij de Vries B.V.") < 0.85);
  // "Holding" marks the parent: (1 + 0.2 + 2) / (3.2 + 1), plus 0.02 for the same legal form
  CHECK(organisation("Bakkerij de Vries B.V.", "Bakkerij de Vries Holding B.V.") == Approx(3.2 / 4.2 + 0.02));
  CHECK(organisation("Gazprombank", "Gazprom") < 0.85);
}

TEST_CASE("organisation names: place names and run-together words", "[matching][organisation]") {
  // russia costs 0.25, of 0.1: 2 / 2.35
  CHECK(organisation("Sberbank", "Sberbank of Russia") == Approx(2.0 / 2.35));
  CHECK(organisation("Gazprombank", "Gazprom Bank") == 1.0);
  CHECK(organisation("Van der Meer Vastgoed B.V.", "Vandermeer Vastgoed BV") == 1.0);
  CHECK(organisation("Sovcomflot", "Совкомфлот") > 0.95);  // sovkomflot
}

TEST_CASE("explanations: aligned words and effects that add up to the score", "[matching][explanation]") {
  NameExplanation explanation;
  const auto score = compare_names(prepare_name("Maria Johanna Bakker", NameRules::person),
                                   prepare_name("Marie Bakker", NameRules::person), &explanation);
  CHECK(explanation.rules == "person");
  REQUIRE(explanation.aligned.size() == 2);
  CHECK(explanation.aligned[0].left == "bakker");
  CHECK(explanation.aligned[0].how == "exact");
  CHECK(explanation.aligned[1].left == "maria");
  CHECK(explanation.aligned[1].right == "marie");
  CHECK(explanation.unmatched_left == std::vector<std::string>{"johanna"});
  const double sum = std::accumulate(explanation.effects.begin(), explanation.effects.end(), 0.0,
                                     [](double total, const ScoreEffect& e) { return total + e.delta; });
  CHECK(score.score == Approx(1.0 + sum));
  CHECK(explanation.effects.back().feature == "missing middle name");
}

TEST_CASE("kind: evident organisation words choose the rules", "[matching][kind]") {
  CHECK(evident_rules("Acme Trading B.V.") == NameRules::organisation);
  CHECK(evident_rules("Jan de Vries") == std::nullopt);
  CHECK(compare_any("Jan de Vries", "de Vries, Jan", std::nullopt).score == 1.0);
  CHECK(compare_any("Bank of Armenia", "Bank of America", std::nullopt).score == k_generic_only_cap);
}

TEST_CASE("Arabic script: a transliterated word meets a Latin spelling by its consonants", "[matching][arabic]") {
  // Short vowels are not written; doubled letters neither; the ayn is dropped.
  CHECK(same_consonants("mhmd", "muhammad"));
  CHECK(same_consonants("mhmd", "mohamed"));
  CHECK(same_consonants("sdam", "saddam"));
  CHECK(same_consonants("tkryty", "tikriti"));
  CHECK(same_consonants("zyz", "aziz"));
  CHECK(same_consonants("ly", "ali"));
  // The ta marbuta is left out in Latin; a final h after a vowel is left out in Arabic.
  CHECK(same_consonants("hmzt", "hamza"));
  CHECK(same_consonants("bdallh", "abdalla"));
  CHECK(same_consonants("mla", "mullah"));
  // w and y write long vowels and diphthongs: Ayman / Aiman, Khawla, Yusuf.
  CHECK(same_consonants("aymn", "aiman"));
  CHECK(same_consonants("khwlt", "khawla"));
  CHECK(same_consonants("ywsf", "yusuf"));
  // French spellings: dj, ch, c before i.
  CHECK(same_consonants("jmal", "djamel"));
  CHECK(same_consonants("lwsh", "alouche"));
  CHECK(same_consonants("lwnysy", "lounici"));
  // A long vowel written on one side must be there on the other: other names.
  CHECK_FALSE(same_consonants("mhmwd", "muhammad"));  // Mahmoud
  CHECK_FALSE(same_consonants("hsn", "hussein"));      // Hasan
  CHECK_FALSE(same_consonants("hsyn", "hasan"));       // Husayn
  // Other consonants, or too few to tell.
  CHECK_FALSE(same_consonants("mhmd", "ahmad"));
  CHECK_FALSE(same_consonants("ly", "leeuwen"));
  CHECK(latin_consonant_keys("a").empty());
  CHECK(arabic_consonant_keys("hmzt").size() == 2);
}

TEST_CASE("Arabic script: whole names against their Latin spellings", "[matching][arabic]") {
  CHECK(person("صدام حسين التكريتي", "SADDAM HUSSEIN AL-TIKRITI") >= 0.85);
  CHECK(person("عبد الله محمد رجب عبد الرحمن", "ABD AL-RAHMAN, Abdullah Muhammad Rajab") >= 0.85);
  CHECK(person("عمر سبعاوي إبراهيم حسن التكريتي", "OMAR SABAWI IBRAHIM HASAN AL-TIKRITI") >= 0.85);
  // "mr" is Omar here, not a title.
  CHECK(prepare_name("عمر سبعاوي إبراهيم", NameRules::person).tokens.size() == 3);
  // The article is split off as Latin spellings write it.
  const auto prepared = prepare_name("علي حسن المجيد", NameRules::person);
  REQUIRE(prepared.tokens.size() == 4);
  CHECK(prepared.token(2) == "al");
  CHECK(prepared.tokens[2].role == TokenRole::particle);
  CHECK(prepared.tokens[3].abjad);
  // Another person with a name of the same consonants is not the same.
  CHECK(person("محمود عباس", "Muhammad Abbas") < 0.85);
  CHECK(person("حسن نصر الله", "Hussein Nasrallah") < 0.85);
  CHECK(person("صدام حسين التكريتي", "Ahmed Hussein") < 0.5);
}

TEST_CASE("Arabic script: the index finds Latin spellings of a transliterated query", "[matching][arabic][index]") {
  Screener screener(0.85);
  EntityFacts facts;
  facts.kind = EntityKind::person;
  const auto saddam = screener.add_entity(facts);
  screener.add_name(saddam, "SADDAM HUSSEIN AL-TIKRITI");
  const auto other = screener.add_entity(facts);
  screener.add_name(other, "Mahmoud Abbas");
  screener.build();
  const auto hits = screener.screen("صدام حسين التكريتي", {});
  REQUIRE_FALSE(hits.empty());
  CHECK(hits.front().entity == saddam);
  CHECK(hits.front().match);
  CHECK(screener.screen("محمد عباس", {}).empty());

  // And the other way: a Latin query finds a list name written in Arabic script only.
  Screener arabic_list(0.85);
  arabic_list.add_name(arabic_list.add_entity(facts), "صدام حسين التكريتي");
  arabic_list.build();
  const auto latin_hits = arabic_list.screen("Saddam Hussein al-Tikriti", {});
  REQUIRE(latin_hits.size() == 1);
  CHECK(latin_hits.front().match);
  CHECK(arabic_list.screen("Hasan al-Tikriti", {}).empty());
}
