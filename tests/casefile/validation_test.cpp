#include <catch2/catch.hpp>

#include "casefile/case_builder.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

const std::string k_complete_subsidy = R"(
financing:
  total_investment_eur: 1000
  items:
    - {kind: own_funds, amount_eur: 1000, provider: org-a, paid_via: bank}
documents:
  - {id: doc-b, type: begroting}
  - {id: doc-k, type: kvk_uittreksel}
)";

}  // namespace

TEST_CASE("a complete case file is valid and needs no attention", "[validation]") {
  const auto v = validate_text(minimal_case("", k_complete_subsidy));
  INFO(messages(v));
  CHECK(v.valid());
  CHECK(v.diagnostics.empty());
  CHECK(v.exit_code() == ExitCode::ok);
}

TEST_CASE("what the decision type requires and the file lacks is listed with its key path", "[validation]") {
  const auto v = validate_text(minimal_case());
  INFO(messages(v));
  CHECK(v.valid());
  CHECK(v.exit_code() == ExitCode::attention);
  CHECK(has_message(v, "case.yaml:1:1: financing.total_investment_eur: missing answer: Begroting van de activiteit"));
  CHECK(has_message(v, "case.yaml:1:1: documents: missing document: Begroting van de gesubsidieerde activiteit (begroting)"));
  REQUIRE(v.missing.size() == 3);
  CHECK(v.missing[0].path == "financing.total_investment_eur");
}

TEST_CASE("a loan needs a loan contract among its own evidence", "[validation][completeness]") {
  const std::string rest = R"(
financing:
  total_investment_eur: 1000
  items:
    - {kind: loan, amount_eur: 1000, provider: p-a, paid_via: bank, terms: {interest_pct: 3}, evidence: [doc-x]}
documents:
  - {id: doc-x, type: bankafschrift}
)";
  std::string text = minimal_case("", rest);
  text.replace(text.find("decision_type: subsidie"), 23, "decision_type: omgevingsvergunning_bouw");
  const auto v = validate_text(text);
  INFO(messages(v));
  CHECK(has_message(v, "case.yaml:24:105: financing.items[0].evidence: missing document: Leningsovereenkomst "
                       "(leningsovereenkomst)"));
}

TEST_CASE("a lease needs the rental agreement; a BV its shareholder register", "[validation][completeness]") {
  std::string text = minimal_case("", R"(
premises:
  use_title: huur
  landlord: p-a
)");
  text.replace(text.find("decision_type: subsidie"), 23, "decision_type: exploitatievergunning_horeca");
  text.replace(text.find("    kvk: \"68750110\""), 19, "    kvk: \"68750110\"\n    legal_form: bv");
  const auto v = validate_text(text);
  INFO(messages(v));
  std::vector<std::string> documents;
  for (const auto& item : v.missing) {
    if (item.kind == MissingItem::Kind::document) documents.push_back(item.document_type);
  }
  CHECK(std::find(documents.begin(), documents.end(), "huurovereenkomst") != documents.end());
  CHECK(std::find(documents.begin(), documents.end(), "aandeelhoudersregister") != documents.end());
  CHECK(std::find(documents.begin(), documents.end(), "koopovereenkomst") == documents.end());
}

TEST_CASE("answers required of every director are asked per director, once per key", "[validation][completeness]") {
  const std::string parties = R"(  - id: p-b
    kind: person
    name: {given: Piet, family: Pietersen}
    bsn: "999990007"
)";
  std::string text = minimal_case(parties, R"(
relations:
  - {from: p-a, to: org-a, type: director}
  - {from: p-b, to: org-a, type: director}
)");
  text.replace(text.find("decision_type: subsidie"), 23, "decision_type: exploitatievergunning_horeca");
  const auto v = validate_text(text);
  INFO(messages(v));
  CHECK(has_message(v, "case.yaml:20:5: parties[2].birth_date: missing answer: Geboortedatum van iedere bestuurder "
                       "(Piet Pietersen)"));
  for (const auto& item : v.missing) {
    const bool about_directors = item.question.find("iedere bestuurder") != std::string::npos;
    CHECK_FALSE((about_directors && item.path.starts_with("parties[1].")));  // Jan Jansen gave both
    CHECK(item.path != "parties[2].bsn");                                    // Piet Pietersen gave his BSN
  }
}

TEST_CASE("financing that does not add up is reported with the difference", "[validation][consistency]") {
  const auto v = validate_text(minimal_case("", R"(
financing:
  total_investment_eur: 250000
  items:
    - {kind: own_funds, amount_eur: 30000, provider: p-a, paid_via: bank}
    - {kind: supplier_credit, amount_eur: 40000, provider_name: Brouwerij Noord B.V., paid_via: bank}
)"));
  INFO(messages(v));
  CHECK(v.valid());
  CHECK(has_message(v, "case.yaml:24:5: financing.items: the items add up to EUR 70,000, EUR 180,000 less than the "
                       "declared total of EUR 250,000"));
}

TEST_CASE("a loan without terms and an unnamed provider need attention", "[validation][consistency]") {
  const auto v = validate_text(minimal_case("", R"(
financing:
  items:
    - {kind: loan, amount_eur: 1000}
)"));
  INFO(messages(v));
  CHECK(has_message(v, "case.yaml:23:7: financing.items[0]: the provider of this loan is not named"));
  CHECK(has_message(v, "case.yaml:23:7: financing.items[0]: a loan without its terms (interest, duration, security)"));
}

TEST_CASE("shares per organisation may not exceed 100 percent", "[validation][consistency]") {
  const std::string parties = R"(  - id: p-b
    kind: person
    name: {family: Pietersen}
)";
  const auto rounded = validate_text(minimal_case(parties + R"(  - id: p-c
    kind: person
    name: {family: Claassen}
)", R"(
relations:
  - {from: p-a, to: org-a, type: shareholder, share_pct: 33.34}
  - {from: p-b, to: org-a, type: shareholder, share_pct: 33.33}
  - {from: p-c, to: org-a, type: shareholder, share_pct: 33.33}
)"));
  CHECK(rounded.valid());

  const auto v = validate_text(minimal_case(parties, R"(
relations:
  - {from: p-a, to: org-a, type: shareholder, share_pct: 60}
  - {from: p-b, to: org-a, type: shareholder, share_pct: 50}
)"));
  INFO(messages(v));
  CHECK_FALSE(v.valid());
  CHECK(v.exit_code() == ExitCode::invalid_input);
  CHECK(has_message(v, "case.yaml:26:58: relations[1].share_pct: shares in \"org-a\" add up to 110%, more than 100 "
                       "percent"));
}

TEST_CASE("dates in the future are refused where they cannot be", "[validation][consistency]") {
  std::string text = minimal_case();
  text.replace(text.find("birth_date: 1980-05-01"), 22, "birth_date: 2026-12-01");
  const auto v = validate_text(text);
  INFO(messages(v));
  CHECK(has_message(v, "case.yaml:18:17: parties[1].birth_date: date of birth 2026-12-01 lies in the future (today is "
                       "2026-11-28)"));
}

TEST_CASE("dates must be in order", "[validation][consistency]") {
  const auto v = validate_text(minimal_case("", R"(
relations:
  - {from: p-a, to: org-a, type: director, since: 2024-05-01, until: 2023-01-01}
)"));
  INFO(messages(v));
  CHECK(has_message(v, "case.yaml:22:70: relations[0].until: until 2023-01-01 lies before since 2024-05-01"));
}

TEST_CASE("an unknown decision type is invalid, with a suggestion", "[validation]") {
  std::string text = minimal_case();
  text.replace(text.find("decision_type: subsidie"), 23, "decision_type: subsidy");
  const auto v = validate_text(text);
  CHECK_FALSE(v.valid());
  REQUIRE_FALSE(v.diagnostics.empty());
  CHECK(v.diagnostics[0].path == "case.decision_type");
  CHECK(v.diagnostics[0].message.find("(did you mean \"subsidie\"?)") != std::string::npos);
}

TEST_CASE("every error is reported at once, in file order", "[validation]") {
  std::string text = minimal_case("", R"(
relations:
  - {from: p-x, to: org-a, type: boss}
)");
  text.replace(text.find("kvk: \"68750110\""), 15, "kvk: \"6875011\"");
  const auto v = validate_text(text);
  INFO(messages(v));
  REQUIRE(v.diagnostics.size() == 3);
  CHECK(v.diagnostics[0].path == "parties[0].kvk");
  CHECK(v.diagnostics[1].path == "relations[0].from");
  CHECK(v.diagnostics[2].path == "relations[0].type");
}

TEST_CASE("keys starting with x_ are left to extensions", "[validation]") {
  std::string text = minimal_case("", "x_permit_system_id: 4711\n");
  const auto v = validate_text(text);
  CHECK(v.valid());
}

TEST_CASE("a duplicated key is reported, not silently merged", "[validation]") {
  std::string text = minimal_case();
  text.replace(text.find("    birth_date: 1980-05-01"), 26, "    birth_date: 1980-05-01\n    birth_date: 1981-05-01");
  const auto v = validate_text(text);
  CHECK(has_message(v, "case.yaml:19:5: parties[1].birth_date: key given more than once"));
}

TEST_CASE("a mistyped document type or key gets its right name", "[validation]") {
  std::string typo = k_complete_subsidy;
  typo.replace(typo.find("type: begroting"), 15, "type: begrooting");
  const auto v = validate_text(minimal_case("", typo));
  INFO(messages(v));
  CHECK(v.valid());
  CHECK(messages(v).find("documents[0].type: document type \"begrooting\" is not one the configuration knows "
                         "(did you mean \"begroting\"?)") != std::string::npos);
  // A document of a kind no decision type asks for (a floor plan) is simply received.
  std::string other = k_complete_subsidy + "  - {id: doc-p, type: plattegrond}\n";
  CHECK(messages(validate_text(minimal_case("", other))).find("plattegrond") == std::string::npos);
  // A key that is the start of a known one is pointed to it.
  std::string short_key = k_complete_subsidy;
  short_key.replace(short_key.find("amount_eur: 1000, provider"), 10, "amount");
  CHECK(messages(validate_text(minimal_case("", short_key))).find("unknown key (did you mean \"amount_eur\"?)") !=
        std::string::npos);
}

TEST_CASE("a party without a name is a missing answer, not a broken file", "[validation][completeness]") {
  const auto v = validate_text(minimal_case("  - {id: p-x, kind: person}\n", k_complete_subsidy));
  INFO(messages(v));
  CHECK(v.valid());
  const bool asked = std::any_of(v.missing.begin(), v.missing.end(), [](const MissingItem& item) {
    return item.path.ends_with(".name") && item.question.starts_with("Naam van betrokkene p-x");
  });
  CHECK(asked);
}
