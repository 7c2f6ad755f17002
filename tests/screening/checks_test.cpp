#include <catch2/catch.hpp>

#include "checks/check_registry.hpp"
#include "screening/screening_fixture.hpp"

using namespace bibob;
using namespace bibob::testing;
using Level = Severity;

namespace {

const FixedListScreener k_no_hits;

Screening cash_abroad() { return screen_offline(read_example("horeca-cash-abroad.yaml"), &k_no_hits); }
Screening clean() { return screen_offline(read_example("horeca-clean.yaml"), &k_no_hits); }

configuration::Config config_with(const std::string& overlay) {
  configuration::ConfigLoad load = configuration::load_config_text(overlay, "test-config.yaml");
  if (!load.config) throw std::runtime_error(format_diagnostic(load.diagnostics.at(0)));
  return *load.config;
}

}  // namespace

TEST_CASE("registration: registered and matching, unknown, ended, or not verified", "[checks][registration]") {
  const auto ok = findings_of(clean(), "registration");
  INFO(statements(ok));
  CHECK(has_statement(ok, "Brasserie Het Zaanse Veld B.V. (KvK 68750110) is ingeschreven in het Handelsregister sinds 2 "
                          "maart 2015; naam, rechtsvorm en adres komen overeen met de aanvraag.",
                      Level::info));
  CHECK(ok.front().sources.at(0).reference().starts_with("kvk:"));

  const auto unknown = findings_of(
      screen_offline(with(read_example("horeca-clean.yaml"), "kvk: \"90001231\"", "kvk: \"90009999\""), &k_no_hits),
      "registration");
  CHECK(has_statement(unknown, "KvK-nummer 90009999 van Zaanse Panden Beheer B.V. komt niet voor in het Handelsregister.",
                      Level::high));

  std::string ended = with(read_example("horeca-clean.yaml"), "kvk: \"90001231\"", "kvk: \"69599076\"");
  ended = with(ended, "name: Zaanse Panden Beheer B.V.", "name: Snackbar Het Hoekje V.O.F.");
  CHECK(has_statement(findings_of(screen_offline(ended, &k_no_hits), "registration"),
                      "de inschrijving is beëindigd op 31 december 2025", Level::medium));

  const auto form = findings_of(
      screen_offline(with(read_example("horeca-clean.yaml"), "legal_form: bv", "legal_form: nv"), &k_no_hits),
      "registration");
  CHECK(has_statement(form, "de rechtsvorm in het Handelsregister is Besloten Vennootschap, opgegeven is nv",
                      Level::medium));

  const auto offline = screen_offline(with(read_example("horeca-clean.yaml"), "kvk: \"90001231\"", "kvk: \"12345678\""),
                                      &k_no_hits);
  const auto missing = findings_of(offline, "registration");
  REQUIRE(std::any_of(missing.begin(), missing.end(), [](const auto& f) { return f.status == FindingStatus::not_verified; }));
  CHECK(offline.exit_code() == ExitCode::incomplete);
}

TEST_CASE("officers: an undeclared officer and recent changes are reported", "[checks][officers]") {
  const auto found = findings_of(cash_abroad(), "officers");
  INFO(statements(found));
  CHECK(has_statement(found, "In het Handelsregister staat Karim Benali als gevolmachtigde van Eetcafe De Gouden Leeuw "
                             "B.V. sinds 15 september 2026; in de aanvraag is deze persoon niet als bestuurder of "
                             "leidinggevende opgegeven.",
                      Level::high));
  CHECK(has_statement(found, "Sanne Vermeulen is uitgetreden op 31 augustus 2026", Level::medium));
  CHECK(has_statement(found, "Ahmed Benali is volgens de aanvraag aandeelhouder van Eetcafe De Gouden Leeuw B.V. "
                             "geworden op 1 september 2026",
                      Level::medium));
  // The founder's shares are no change.
  CHECK_FALSE(has_statement(found, "Johannes Petrus van der Berg is volgens de aanvraag aandeelhouder", Level::medium));

  const auto calm = findings_of(clean(), "officers");
  INFO(statements(calm));
  CHECK(std::none_of(calm.begin(), calm.end(), [](const auto& f) { return f.severity >= Level::medium; }));
}

TEST_CASE("identity: a BSN's person in the BRP against the name, birth date and address on the form",
          "[checks][identity]") {
  const auto confirmed = findings_of(clean(), "identity");
  INFO(statements(confirmed));
  CHECK(has_statement(confirmed, "De BRP bevestigt de naam, de geboortedatum en het woonadres van Marieke de Jong.",
                      Level::info));
  CHECK(confirmed.front().sources.at(0).registry == "brp");

  // A BSN the BRP does not know, and one of someone else (Johannes Petrus van der Berg).
  const auto unknown = findings_of(
      screen_offline(with(read_example("horeca-clean.yaml"), "bsn: \"999990007\"", "bsn: \"999990147\""), &k_no_hits),
      "identity");
  CHECK(has_statement(unknown, "Het BSN dat in de aanvraag voor Marieke de Jong is opgegeven, komt niet voor in de BRP.",
                      Level::high));
  const auto other = findings_of(
      screen_offline(with(read_example("horeca-clean.yaml"), "bsn: \"999990007\"", "bsn: \"999990020\""), &k_no_hits),
      "identity");
  CHECK(has_statement(other, "Volgens de BRP hoort het BSN dat in de aanvraag voor Marieke de Jong is opgegeven bij "
                             "Johannes Petrus van der Berg, geboren op 2 april 1979; in de aanvraag staat Marieke de "
                             "Jong, geboren op 19 augustus 1976.",
                      Level::high));
  CHECK(other.front().grounds == std::vector<Ground>{Ground::art3_6});

  // Another address; initials and a call name still fit.
  const auto moved = findings_of(
      screen_offline(with(read_example("horeca-clean.yaml"), "street: Lagedijk, number: \"14\", postcode: 1544 BG",
                          "street: Lagedijk, number: \"16\", postcode: 1544 BG"),
                     &k_no_hits),
      "identity");
  CHECK(has_statement(moved, "Het woonadres van Marieke de Jong in de BRP is Lagedijk 14, 1544 BG  ZAANDIJK; in de "
                             "aanvraag staat Lagedijk 16, 1544 BG Zaandijk.",
                      Level::medium));
  const auto initial = findings_of(
      screen_offline(with(read_example("horeca-clean.yaml"), "given: Marieke,", "given: M.,"), &k_no_hits), "identity");
  CHECK(has_statement(initial, "De BRP bevestigt de naam", Level::info));

  // A BRP that cannot be consulted says so.
  const auto absent = screen_offline(
      with(read_example("horeca-clean.yaml"), "bsn: \"999990007\"", "bsn: \"999990159\""), &k_no_hits);
  const auto not_verified = findings_of(absent, "identity");
  REQUIRE(not_verified.size() == 1);
  CHECK(not_verified.front().status == FindingStatus::not_verified);
  CHECK(not_verified.front().statement.starts_with(
      "Niet geverifieerd: de Basisregistratie Personen (BRP) kon niet worden geraadpleegd over de naam, geboortedatum en "
      "het woonadres van Marieke de Jong"));
  CHECK(absent.exit_code() == ExitCode::incomplete);
}

TEST_CASE("young_company: months since registration against the parameter", "[checks][young_company]") {
  CHECK(has_statement(findings_of(cash_abroad(), "young_company"), "3 maanden voor de aanvraag van 1 oktober 2026",
                      Level::medium));
  CHECK(has_statement(findings_of(clean(), "young_company"), "138 maanden voor de aanvraag", Level::info));
  const configuration::Config strict = config_with("schema: bibob-config/1\nchecks:\n  young_company:\n    params: {months: 2}\n");
  CHECK(has_statement(findings_of(screen_offline(read_example("horeca-cash-abroad.yaml"), &k_no_hits, strict),
                                  "young_company"),
                      "3 maanden voor de aanvraag", Level::info));
}

TEST_CASE("activity: registered SBI codes against the decision type", "[checks][activity]") {
  CHECK(has_statement(findings_of(clean(), "activity"), "Daarvan past er een bij de gevraagde vergunning.", Level::info));
  const auto gaming = screen_offline(with(read_example("horeca-clean.yaml"), "decision_type: exploitatievergunning_horeca",
                                          "decision_type: exploitatievergunning_speelautomatenhal"),
                                     &k_no_hits);
  CHECK(has_statement(findings_of(gaming, "activity"), "Geen daarvan past bij de gevraagde vergunning", Level::medium));
}

TEST_CASE("premises: existence, use and floor area from the BAG", "[checks][premises]") {
  const auto cash = findings_of(cash_abroad(), "premises");
  INFO(statements(cash));
  CHECK(has_statement(cash, "Opgegeven vloeroppervlakte 180 m² wijkt 89% af van de 95 m² in de BAG.", Level::medium));
  CHECK(has_statement(cash, "gebruiksdoel woonfunctie, winkelfunctie", Level::info));

  std::string industrial = with(read_example("horeca-clean.yaml"),
                                "premises:\n  address: {street: Zuiddijk, number: \"88\", postcode: 1501 CN",
                                "premises:\n  address: {street: Hemkade, number: \"48\", postcode: 1506 PR");
  CHECK(has_statement(findings_of(screen_offline(industrial, &k_no_hits), "premises"),
                      "Geen van deze gebruiksdoelen past bij de gevraagde vergunning", Level::medium));

  std::string nowhere = with(read_example("horeca-clean.yaml"),
                             "premises:\n  address: {street: Zuiddijk, number: \"88\", postcode: 1501 CN",
                             "premises:\n  address: {street: Nergens, number: \"1\", postcode: 9999 ZZ");
  CHECK(has_statement(findings_of(screen_offline(nowhere, &k_no_hits), "premises"), "komt niet voor in de BAG",
                      Level::high));
}

TEST_CASE("owner_landlord: the Kadaster owner against the declaration", "[checks][owner_landlord]") {
  CHECK(has_statement(findings_of(cash_abroad(), "owner_landlord"),
                      "Volgens de BRK is Zaanoever Beleggingen B.V. eigenaar van het pand. Opgegeven als eigenaar is "
                      "Vastgoed Zaanoever Holding B.V.",
                      Level::medium));
  CHECK(has_statement(findings_of(clean(), "owner_landlord"), "Dat komt overeen met de aanvraag.", Level::info));
}

TEST_CASE("rent_price: rent per m2 against the market range", "[checks][rent_price]") {
  CHECK(has_statement(
      findings_of(clean(), "rent_price"),
      "€ 18,14 per m² bij 215 m² (volgens de BAG); de marktbandbreedte is € 8 tot € 35 per m² per maand", Level::info));
  const auto dear = screen_offline(with(read_example("horeca-clean.yaml"), "rent_eur_month: 3900", "rent_eur_month: 9000"),
                                   &k_no_hits);
  CHECK(has_statement(findings_of(dear, "rent_price"), "€ 41,86 per m²", Level::medium));
}

TEST_CASE("financing: cash, no interest, abroad, unknown origin; sums", "[checks][financing]") {
  const auto cash = findings_of(cash_abroad(), "financing");
  INFO(statements(cash));
  CHECK(has_statement(cash, "Financieringspost loan van EUR 180,000 door Ahmed Benali: contant betaald, zonder rente, "
                            "zonder zekerheden, afkomstig uit het buitenland (MA), herkomst van het geld onbekend.",
                      Level::high));
  CHECK(cash.size() == 1);  // supplier credit and own funds are unremarkable
  CHECK(findings_of(clean(), "financing").empty());
  const auto incomplete = findings_of(screen_offline(read_example("horeca-incomplete.yaml"), &k_no_hits), "financing");
  CHECK(has_statement(incomplete, "De financieringsposten tellen op tot EUR 40,000; de opgegeven investering is EUR 60,000.",
                      Level::medium));
  CHECK(has_statement(incomplete, "een schenking", Level::high));
}

TEST_CASE("insolvencies: a bankruptcy of an earlier company, with its source", "[checks][insolvencies]") {
  const auto found = findings_of(cash_abroad(), "insolvencies");
  INFO(statements(found));
  REQUIRE(has_statement(found, "faillissement F.15/25/311 van Snackbar Het Hoekje V.O.F.", Level::high));
  CHECK(has_statement(found, "Het Centraal Insolventieregister is niet geraadpleegd voor Petra de Wit", Level::info));
  const configuration::Config long_ago = config_with("schema: bibob-config/1\nchecks:\n  insolvencies:\n    params: {window_years: 1}\n");
  CHECK(has_statement(findings_of(screen_offline(read_example("horeca-cash-abroad.yaml"), &k_no_hits, long_ago),
                                  "insolvencies"),
                      "buiten de termijn", Level::info));
  const auto calm = findings_of(clean(), "insolvencies");
  CHECK(std::none_of(calm.begin(), calm.end(), [](const auto& f) { return f.severity != Level::info; }));
}

TEST_CASE("insolvencies: one case found by two routes is one finding", "[checks][insolvencies]") {
  // The director was a partner of the firm, then its manager: two positions, one bankruptcy.
  const std::string position =
      "      - {organisation: \"Snackbar Het Hoekje V.O.F.\", kvk: \"69599076\", role: vennoot, from: 2019-01-01, to: 2025-12-31}\n";
  const auto twice = findings_of(
      screen_offline(with(read_example("horeca-cash-abroad.yaml"), position,
                          position + "      - {organisation: \"Snackbar Het Hoekje V.O.F.\", kvk: \"69599076\", role: "
                                     "bestuurder, from: 2018-01-01, to: 2018-12-31}\n"),
                     &k_no_hits),
      "insolvencies");
  INFO(statements(twice));
  CHECK(std::count_if(twice.begin(), twice.end(), [](const auto& finding) {
          return finding.statement.find("F.15/25/311") != std::string::npos;
        }) == 1);
}

TEST_CASE("sanctions: a match counts, a cleared one is shown, no lists is not verified", "[checks][sanctions]") {
  const screening::ListHit hit = benali_hit();
  const FixedListScreener lists({{"Ahmed Benali", hit}});
  const auto matched = findings_of(screen_offline(read_example("horeca-cash-abroad.yaml"), &lists), "sanctions");
  INFO(statements(matched));
  CHECK(has_statement(
      matched,
      "Ahmed Benali lijkt op \"BENALI, Ahmed\" op de Amerikaanse OFAC-sanctielijst (vermelding ofac:90001, "
      "overeenkomst 0,97; lijst van 1 november 2026",
      Level::high));
  CHECK(has_statement(matched, "namen gescreend tegen test (2026-11-01).", Level::info));

  screening::ListHit cleared = hit;
  cleared.review_decision = "false_positive";
  cleared.review_reason = "andere geboortedatum en woonplaats";
  const FixedListScreener reviewed({{"Ahmed Benali", cleared}});
  CHECK(has_statement(findings_of(screen_offline(read_example("horeca-cash-abroad.yaml"), &reviewed), "sanctions"),
                      "Eerder beoordeeld als onterechte treffer: andere geboortedatum en woonplaats.", Level::info));

  const auto none = screen_offline(read_example("horeca-clean.yaml"), nullptr);
  const auto unverified = findings_of(none, "sanctions");
  REQUIRE(unverified.size() == 1);
  CHECK(unverified[0].status == FindingStatus::not_verified);
  CHECK(none.exit_code() == ExitCode::incomplete);
}

TEST_CASE("antecedents: weighed by kind and age", "[checks][antecedents]") {
  CHECK(has_statement(findings_of(cash_abroad(), "antecedents"), "bestuursrechtelijk antecedent opgegeven van 10 mei 2023",
                      Level::low));
  const std::string criminal = with(read_example("horeca-cash-abroad.yaml"), "type: bestuursrechtelijk, date: 2023-05-10",
                                    "type: strafrechtelijk, date: 2023-05-10");
  CHECK(has_statement(findings_of(screen_offline(criminal, &k_no_hits), "antecedents"), "strafrechtelijk antecedent",
                      Level::high));
  const std::string old = with(criminal, "date: 2023-05-10", "date: 2019-05-10");
  CHECK(has_statement(findings_of(screen_offline(old, &k_no_hits), "antecedents"), "lichter gewogen", Level::medium));
}

namespace {

// The findings of the antecedents check on a case file in which one party's antecedent reads `antecedent`.
std::vector<Finding> antecedent_findings(const std::string& antecedent, const std::string& who = "p-director") {
  std::string yaml = with(read_example("horeca-cash-abroad.yaml"),
                          "      - {type: bestuursrechtelijk, date: 2023-05-10, description: \"bestuurlijke boete Alcoholwet\", "
                          "outcome: boete}\n",
                          "");
  yaml = with(yaml, "    antecedents:\n", "    antecedents: []\n");
  if (who == "p-director") {
    yaml = with(yaml, "    antecedents: []\n", "    antecedents:\n      - " + antecedent + "\n");
  } else if (who == "p-representative") {
    yaml = with(yaml, "    bsn: \"999990068\"\n", "    bsn: \"999990068\"\n    antecedents:\n      - " + antecedent + "\n");
  } else {
    yaml = with(yaml, "    bsn: \"999990044\"\n", "    bsn: \"999990044\"\n    antecedents:\n      - " + antecedent + "\n");
  }
  return findings_of(screen_offline(yaml, &k_no_hits), "antecedents");
}

// The one antecedent finding, for an antecedent the form declared.
Finding antecedent_finding(const std::string& antecedent, const std::string& who = "p-director") {
  const auto found = antecedent_findings(antecedent, who);
  REQUIRE(found.size() == 1);
  return found[0];
}

}  // namespace

TEST_CASE("antecedents: the disposal decides whether an offence is established", "[checks][antecedents]") {
  const Finding convicted = antecedent_finding(
      "{type: strafrechtelijk, date: 2025-03-01, offence: opiumwet, disposal: veroordeling, description: handel in cocaine}");
  CHECK(convicted.severity == Severity::high);
  CHECK(convicted.basis == Basis::criminal_relation);
  CHECK(convicted.statement.find("(opiumwet): handel in cocaine; afdoening: veroordeling.") != std::string::npos);
  CHECK(convicted.condition.starts_with("Johannes Petrus van der Berg vervult geen functie in of voor de onderneming"));

  const Finding dismissed =
      antecedent_finding("{type: strafrechtelijk, date: 2025-03-01, offence: witwassen, disposal: sepot}");
  CHECK(dismissed.severity == Severity::low);
  CHECK(dismissed.basis == Basis::inquiry);
  CHECK(dismissed.statement.find("weegt daarom als verzachtend") != std::string::npos);
  CHECK(dismissed.condition.empty());

  const Finding pending = antecedent_finding("{type: strafrechtelijk, date: 2025-03-01, offence: fraude, disposal: lopend}");
  CHECK(pending.severity == Severity::medium);
  CHECK(pending.basis == Basis::criminal_relation);
  CHECK(pending.statement.find("een verdenking") != std::string::npos);
}

TEST_CASE("antecedents: what the officer found and the form left out bears on art. 3 lid 6", "[checks][antecedents]") {
  const auto found = antecedent_findings(
      "{type: strafrechtelijk, date: 2025-03-01, disposal: transactie, declared: false, source: Justid, reference: "
      "JD-2026-118}");
  REQUIRE(found.size() == 2);
  // The offence itself, on grounds a and b.
  const Finding& offence = found[0].basis == Basis::criminal_relation ? found[0] : found[1];
  CHECK(offence.statement.starts_with(
      "Uit Justid (JD-2026-118) blijkt een strafrechtelijk antecedent van Johannes Petrus van der Berg"));
  CHECK(offence.statement.find("Het antecedent is niet opgegeven in de aanvraag.") != std::string::npos);
  CHECK(offence.grounds == std::vector<Ground>{Ground::a, Ground::b});
  // Leaving it off the form is a false answer, on art. 3 lid 6 only.
  const Finding& omission = found[0].basis == Basis::criminal_relation ? found[1] : found[0];
  CHECK(omission.basis == Basis::false_answer);
  CHECK(omission.grounds == std::vector<Ground>{Ground::art3_6});
  CHECK(omission.severity == Severity::high);
  CHECK(omission.theme == "juistheid_formulier");
  CHECK(omission.question.find("niet opgegeven") != std::string::npos);
  CHECK(omission.case_path.ends_with(".antecedents[0].declared"));

  // A dismissal the form left out is no false answer: the form does not ask for one.
  CHECK(antecedent_findings("{type: strafrechtelijk, date: 2025-03-01, disposal: sepot, declared: false}").size() == 1);
  // Nor is one older than the form's five years.
  CHECK(antecedent_findings("{type: strafrechtelijk, date: 2019-03-01, disposal: veroordeling, declared: false}")
            .size() == 1);
  // An administrative fine left out is a false answer of less weight.
  const auto fine = antecedent_findings("{type: bestuursrechtelijk, date: 2025-03-01, declared: false}");
  REQUIRE(fine.size() == 2);
  CHECK((fine[0].basis == Basis::false_answer ? fine[0] : fine[1]).severity == Severity::medium);
}

TEST_CASE("antecedents: a party whose tie with the business has ended weighs as mitigating", "[checks][antecedents]") {
  // Sanne Vermeulen was director until 31 August 2026.
  const Finding left = antecedent_finding("{type: strafrechtelijk, date: 2025-03-01, disposal: veroordeling}",
                                          "p-former-director");
  CHECK(left.severity == Severity::low);
  CHECK(left.basis == Basis::inquiry);
  CHECK(left.statement.find("met de onderneming is beëindigd op 31 augustus 2026") != std::string::npos);
}

TEST_CASE("antecedents: a party further from the business weighs a step lighter", "[checks][antecedents]") {
  // Petra de Wit represents the applicant; she neither leads, finances nor holds it.
  const Finding distant = antecedent_finding("{type: strafrechtelijk, date: 2025-03-01, disposal: veroordeling}",
                                             "p-representative");
  CHECK(distant.severity == Severity::medium);
  CHECK(distant.basis == Basis::criminal_relation);
  CHECK(distant.statement.find("Petra de Wit staat verder van de onderneming af") != std::string::npos);
  // The director stands close: the same conviction weighs in full.
  CHECK(antecedent_finding("{type: strafrechtelijk, date: 2025-03-01, disposal: veroordeling}").severity ==
        Severity::high);
}

TEST_CASE("antecedents: an unknown offence or disposal is named with the allowed values", "[checks][antecedents]") {
  std::string yaml = with(read_example("horeca-cash-abroad.yaml"), "outcome: boete}", "outcome: boete, disposal: seponering}");
  const auto validation = casefile::validate_case_text(yaml, "case.yaml", default_config(), *Date::parse("2026-11-28"));
  REQUIRE_FALSE(validation.valid());
  bool named = false;
  for (const auto& d : validation.diagnostics) {
    named = named || (d.path == "parties[1].antecedents[0].disposal" && d.message.find("sepot") != std::string::npos);
  }
  CHECK(named);
}

TEST_CASE("completeness: a request for data refused or left unanswered is data withheld", "[checks][completeness]") {
  const std::string yaml = read_example("horeca-cash-abroad.yaml") +
                           "requests:\n"
                           "  - {sent_on: 2026-09-15, by: gemeente, subject: jaarrekening 2025, due_on: 2026-10-13, "
                           "answer: geen_antwoord}\n"
                           "  - {sent_on: 2026-10-20, by: lbb, answer: geweigerd}\n"
                           "  - {sent_on: 2026-11-01, answer: beantwoord}\n";
  const auto found = findings_of(screen_offline(yaml, &k_no_hits), "completeness");
  std::vector<Finding> withheld;
  for (const auto& finding : found) {
    if (finding.basis == Basis::data_withheld) withheld.push_back(finding);
  }
  REQUIRE(withheld.size() == 2);
  CHECK(withheld[0].statement ==
        "Op het verzoek om gegevens van de gemeente van 15 september 2026 (jaarrekening 2025) is geen antwoord gekomen "
        "binnen de termijn tot 13 oktober 2026.");
  CHECK(withheld[0].case_path == "requests[0]");
  CHECK(withheld[1].statement ==
        "Op het verzoek om gegevens van het Landelijk Bureau Bibob van 20 oktober 2026 is geweigerd de gegevens te "
        "verstrekken.");
}

TEST_CASE("earlier_decisions: a refusal under the Wet Bibob weighs high", "[checks][earlier_decisions]") {
  CHECK(has_statement(findings_of(cash_abroad(), "earlier_decisions"),
                      "Gemeente Amsterdam een alcoholwetvergunning heeft geweigerd op 1 februari 2024, met toepassing "
                      "van de Wet Bibob.",
                      Level::high));
  const std::string plain = with(read_example("horeca-cash-abroad.yaml"), "bibob: true}", "bibob: false}");
  CHECK(has_statement(findings_of(screen_offline(plain, &k_no_hits), "earlier_decisions"), "geweigerd op 1 februari 2024.",
                      Level::medium));
  const auto calm = findings_of(clean(), "earlier_decisions");
  REQUIRE(calm.size() == 1);
  CHECK(has_statement(calm, "Het eigen register van eerdere besluiten is niet geraadpleegd", Level::info));
}

TEST_CASE("address_cluster: many active registrations at the premises", "[checks][address_cluster]") {
  CHECK(has_statement(findings_of(cash_abroad(), "address_cluster"),
                      "Op het adres met postcode 1506 CH en huisnummer 12 staan 6 actieve inschrijvingen",
                      Level::medium));
  const configuration::Config lenient =
      config_with("schema: bibob-config/1\nchecks:\n  address_cluster:\n    params: {min_registrations: 7}\n");
  CHECK(findings_of(screen_offline(read_example("horeca-cash-abroad.yaml"), &k_no_hits, lenient), "address_cluster")
            .empty());
}

TEST_CASE("concentration: one person behind several businesses of the same kind", "[checks][concentration]") {
  const std::string current = with(read_example("horeca-cash-abroad.yaml"), "role: vennoot, from: 2019-01-01, to: 2025-12-31",
                                   "role: vennoot, from: 2019-01-01");
  const configuration::Config two = config_with("schema: bibob-config/1\nchecks:\n  concentration:\n    params: {min_businesses: 2}\n");
  CHECK(has_statement(findings_of(screen_offline(current, &k_no_hits, two), "concentration"),
                      "Johannes Petrus van der Berg heeft functies bij 2 ondernemingen in dezelfde branche (SBI 56)",
                      Level::medium));
  CHECK(findings_of(screen_offline(read_example("horeca-cash-abroad.yaml"), &k_no_hits, two), "concentration").empty());
}

TEST_CASE("straw_man: a young director without means, with a backer", "[checks][straw_man]") {
  const std::string young = minimal_case(R"(  - id: p-young
    kind: person
    name: {given: Tim, family: Jansen}
    birth_date: 2004-03-01
    bsn: "999990007"
)",
                                         R"(
relations:
  - {from: p-young, to: org-a, type: director}
  - {from: p-a, to: org-a, type: financier}
financing:
  total_investment_eur: 100000
  items:
    - {kind: loan, amount_eur: 100000, provider: p-a, paid_via: bank, terms: {interest_pct: 4, security: pand}}
)");
  const auto found = findings_of(screen_offline(young, &k_no_hits), "straw_man");
  INFO(statements(found));
  CHECK(has_statement(found, "Tim Jansen is bestuurder van Stichting Buurthuis De Kern, 22 jaar oud, heeft geen andere "
                             "functies opgegeven en brengt zelf geen geld in; Jan Jansen brengt 100% van de financiering in.",
                      Level::high));
  CHECK(findings_of(screen_offline(with(young, "birth_date: 2004-03-01", "birth_date: 1980-03-01"), &k_no_hits),
                    "straw_man")
            .empty());
}

TEST_CASE("completeness: every missing answer and document is a finding", "[checks][completeness]") {
  const auto missing = findings_of(screen_offline(read_example("horeca-incomplete.yaml"), &k_no_hits), "completeness");
  CHECK(missing.size() == 11);
  CHECK(has_statement(missing, "Ontbrekend document: Schenkingsakte (schenkingsakte).", Level::high));
  CHECK(findings_of(clean(), "completeness").empty());
}

TEST_CASE("every check declares itself completely, and runs for the horeca permit", "[checks]") {
  for (const auto& check : checks::all_checks()) {
    const auto& declaration = check->declaration();
    INFO(declaration.name);
    CHECK_FALSE(declaration.description.empty());
    CHECK_FALSE(declaration.indicator.empty());
    CHECK(std::find(themes().begin(), themes().end(), declaration.theme) !=
          themes().end());
    CHECK_FALSE(declaration.grounds.empty());
    for (const auto& parameter : declaration.parameters) CHECK_NOTHROW(YAML::Load(parameter.default_yaml));
  }
  CHECK(screening::applicable_checks(checks::check_list(), default_config(), "exploitatievergunning_horeca").size() ==
        checks::check_registry().size());
}

TEST_CASE("financing: a provider whose declared means cannot carry the contribution", "[checks][financing]") {
  const std::string poor = with(read_example("horeca-cash-abroad.yaml"), "    nationality: [MA]\n",
                                "    nationality: [MA]\n    declared_means_eur: 50000\n");
  CHECK(has_statement(
      findings_of(screen_offline(poor, &k_no_hits), "financing"),
      "de verstrekker verklaart middelen van € 50.000, minder dan de € 180.000 die hij in totaal inbrengt",
      Level::high));
  const std::string rich = with(read_example("horeca-cash-abroad.yaml"), "    nationality: [MA]\n",
                                "    nationality: [MA]\n    declared_means_eur: 2000000\n");
  CHECK_FALSE(has_statement(findings_of(screen_offline(rich, &k_no_hits), "financing"), "verklaart middelen", Level::high));
}
