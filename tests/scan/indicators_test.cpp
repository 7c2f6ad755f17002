#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "checks/indicator_thresholds.hpp"
#include "scan/scan_result.hpp"
#include "scan/scan_settings.hpp"
#include "scan_fixture.hpp"
#include "screening/screening_fixture.hpp"
#include "support/run_bibob.hpp"

using namespace bibob;
using namespace bibob::testing;


namespace {

Signal address_signal(const std::string& id, const std::string& postcode, const std::string& number,
                               const std::string& observed_on, const std::string& category) {
  Signal signal;
  signal.id = id;
  signal.subject_kind = "address";
  signal.postcode = postcode;
  signal.number = number;
  signal.observed_on = *Date::parse(observed_on);
  signal.category = category;
  signal.observation = "waargenomen";
  signal.reporter_role = "boa";
  signal.source_grade = "B";
  signal.information_grade = "2";
  return signal;
}

DecidedCase decided(const std::string& example, const std::string& kind) {
  DecidedCase one;
  one.case_id = "BIB-2026-0042";
  one.decision_type = "exploitatievergunning_horeca";
  one.case_file = read_example(example);
  one.decision = kind;
  one.decided_on = *Date::parse("2026-06-03");
  return one;
}

registries::RegistryGateway offline_snapshot_gateway() {
  registries::GatewayOptions options;
  options.mode = registries::FetchMode::offline;
  options.snapshot_folder = source_path("snapshot");
  return registries::RegistryGateway(default_config(), options);
}

}  // namespace

TEST_CASE("address cluster: five registered establishments in one building, additions and all", "[scan]") {
  std::vector<Line> lines;
  for (int i = 0; i < 5; ++i) {
    Line line{.kvk = "7100000" + std::to_string(i), .street = "Houtveldweg", .number = "7", .postcode = "1505 TK"};
    line.suffix = i == 1 ? "A" : "";
    lines.push_back(line);
  }
  // Four in another building, and a fifth there that is deregistered: no cluster.
  for (int i = 0; i < 5; ++i) {
    Line line{.kvk = "7200000" + std::to_string(i), .street = "Kade", .number = "3", .postcode = "1506 AB"};
    if (i == 4) line.deregistered_on = "2026-01-01";
    lines.push_back(line);
  }
  const auto run = scan_lines(lines);
  CHECK(run.has("71000000", ScanIndicator::address_cluster));
  CHECK(run.has("71000001", ScanIndicator::address_cluster));
  CHECK(run.reasons("71000003", ScanIndicator::address_cluster) ==
        "5 vestigingen op Houtveldweg 7, 1505 TK Zaandam (adrescluster vanaf 5).");
  CHECK_FALSE(run.has("72000000", ScanIndicator::address_cluster));
  CHECK(run.report.scored == 9);
  CHECK(run.report.deregistered == 1);
  CHECK(run.report.triggered[static_cast<std::size_t>(ScanIndicator::address_cluster)] == 5);

  auto settings = default_scan_settings();
  settings.thresholds.address_cluster_min = 4;
  CHECK(scan_lines(lines, {}, settings).has("72000000", ScanIndicator::address_cluster));
}

TEST_CASE("young company in a risk sector: registered within the months before the scan, SBI in the list", "[scan]") {
  const auto run = scan_lines({
      {.kvk = "71000001", .registered_on = "2026-06-01", .sbi = "5630"},   // cafe, young
      {.kvk = "71000002", .registered_on = "2026-06-01", .sbi = "6201"},   // young, but software
      {.kvk = "71000003", .registered_on = "2025-11-29", .sbi = "96022"},  // a day less than twelve months
      {.kvk = "71000004", .registered_on = "2025-11-28", .sbi = "96022"},  // twelve months: no longer young
  });
  CHECK(
      run.reasons("71000001", ScanIndicator::young_risk_sector) ==
      "Ingeschreven op 1 juni 2026, minder dan 12 maanden voor de scan, met SBI-code 5630 in een risicobranche (56).");
  CHECK_FALSE(run.has("71000002", ScanIndicator::young_risk_sector));
  CHECK(run.reasons("71000003", ScanIndicator::young_risk_sector).find("risicobranche (9602)") != std::string::npos);
  CHECK_FALSE(run.has("71000004", ScanIndicator::young_risk_sector));
}

TEST_CASE("officer churn: one person behind three companies, or a new officer at an old business", "[scan]") {
  const std::string ricardo = "Ricardo Veldhuis|1979-03-14";
  const auto run = scan_lines({
      {.kvk = "71000001", .number = "1", .officers = ricardo},
      {.kvk = "71000002", .number = "2", .officers = "R. Veldhuis|1980-01-01;" + ricardo},
      {.kvk = "71000003", .number = "3", .officers = ricardo, .deregistered_on = "2025-04-30"},
      // Two companies only, one of them with a second branch: not three companies.
      {.kvk = "71000004", .number = "4", .officers = "Sanne Bos|1990-02-02"},
      {.kvk = "71000004", .number = "5", .officers = "Sanne Bos|1990-02-02"},
      {.kvk = "71000005", .number = "6", .officers = "Sanne Bos|1990-02-02"},
      // Changes of officer: recent at an old business; recent at a new one (its founder); too long ago.
      {.kvk = "71000006",
       .registered_on = "2004-09-01",
       .number = "7",
       .officers = "Gerrit Schipper|1958-06-11|2004-09-01;Yvonne Laan|1996-04-09|2026-10-01"},
      {.kvk = "71000007", .registered_on = "2026-09-01", .number = "8", .officers = "Yara Laan|1997-04-09|2026-09-01"},
      {.kvk = "71000008", .registered_on = "2010-01-01", .number = "9", .officers = "Yoram Laan|1995-04-09|2026-05-27"},
  });
  CHECK(run.reasons("71000001", ScanIndicator::officer_churn) ==
        "De bestuurder Ricardo Veldhuis (geboren 1979-03-14) is bestuurder van 3 ondernemingen in het uittreksel "
        "(KvK 71000001, 71000002, 71000003), waarvan 1 uitgeschreven.");
  CHECK(run.has("71000002", ScanIndicator::officer_churn));
  CHECK_FALSE(run.has("71000004", ScanIndicator::officer_churn));
  CHECK_FALSE(run.has("71000005", ScanIndicator::officer_churn));
  CHECK(run.reasons("71000006", ScanIndicator::officer_churn) ==
        "Bestuurder Yvonne Laan is sinds 1 oktober 2026 in functie bij een vestiging die sinds 1 september 2004 "
        "bestaat: een bestuurswisseling minder dan 6 maanden geleden.");
  CHECK_FALSE(run.has("71000007", ScanIndicator::officer_churn));
  CHECK_FALSE(run.has("71000008", ScanIndicator::officer_churn));
  CHECK(run.report.distinct_officers == 7);
}

TEST_CASE("list hits: the establishment's name and its officers; a dismissed hit does not count", "[scan]") {
  screening::ListHit company_hit = benali_hit();
  company_hit.entry_id = "ofac:90003";
  company_hit.matched_name = "NOORDERLICHT IMPORT EXPORT B.V.";
  screening::ListHit dismissed = benali_hit();
  dismissed.review_decision = "false_positive";
  dismissed.review_reason = "andere persoon";
  const FixedListScreener lists(
      {{"Noorderlicht Import Export B.V.", company_hit}, {"Ahmed Benali", benali_hit()}, {"Achmed Benali", dismissed}});
  const auto run = scan_lines(
      {{.kvk = "71000001", .name = "Noorderlicht Import Export B.V."},
       {.kvk = "71000002", .name = "Shisha Lounge Atlas", .number = "2", .officers = "Ahmed Benali|1970-11-23"},
       {.kvk = "71000003", .number = "3", .officers = "Achmed Benali|1971-01-01"},
       {.kvk = "71000004", .number = "4"}},
      {&lists, nullptr, nullptr, nullptr});
  CHECK(run.reasons("71000001", ScanIndicator::list_hit) ==
        "Noorderlicht Import Export B.V. lijkt op \"NOORDERLICHT IMPORT EXPORT B.V.\" op de ofac-lijst (vermelding "
        "ofac:90003, score 0.97; lijst van 2026-11-01).");
  CHECK(run.reasons("71000002", ScanIndicator::list_hit) ==
        "De bestuurder Ahmed Benali (geboren 1970-11-23) lijkt op \"BENALI, Ahmed\" op de ofac-lijst (vermelding "
        "ofac:90001, score 0.97; lijst van 2026-11-01).");
  CHECK_FALSE(run.has("71000003", ScanIndicator::list_hit));
  CHECK_FALSE(run.has("71000004", ScanIndicator::list_hit));
  CHECK_FALSE(run.at("71000004").not_verified[static_cast<std::size_t>(ScanIndicator::list_hit)]);
  CHECK(run.report.sources[0].state == "consulted");
}

TEST_CASE("list hits without imported lists: not verified for every establishment, never a clean 0", "[scan]") {
  const auto run = scan_lines({{.kvk = "71000001"}, {.kvk = "71000002", .number = "2"}});
  CHECK(run.at("71000001").not_verified[static_cast<std::size_t>(ScanIndicator::list_hit)]);
  CHECK(run.report.not_verified[static_cast<std::size_t>(ScanIndicator::list_hit)] == 2);
  CHECK(run.report.sources[0].name == "lists");
  CHECK(run.report.sources[0].state == "not_verified");
  CHECK(run.report.exit_code() == ExitCode::incomplete);
}

TEST_CASE("insolvencies from recorded answers only: found, none on record, not verified", "[scan]") {
  const auto gateway = offline_snapshot_gateway();
  const FixedListScreener lists;
  const scan::ScanSources sources{&lists, &gateway, nullptr, nullptr};
  const std::vector<Line> lines = {
      {.kvk = "69599076",
       .name = "Snackbar Het Hoekje V.O.F.",
       .street = "Oostzijde",
       .number = "210",
       .postcode = "1508 EN"},
      {.kvk = "90002547", .name = "Eetcafe De Gouden Leeuw B.V.", .number = "2"},  // answered: none
      {.kvk = "71000003", .number = "3"},                                          // nothing on record
  };
  const auto run = scan_lines(lines, sources);
  CHECK(run.reasons("69599076", ScanIndicator::insolvency) ==
        "Faillissement F.15/25/311 van de onderneming (Rechtbank Noord-Holland), gepubliceerd op 18 maart 2025; bron: "
        "insolventieregister, opgenomen antwoord.");
  CHECK_FALSE(run.has("90002547", ScanIndicator::insolvency));
  CHECK_FALSE(run.at("90002547").not_verified[static_cast<std::size_t>(ScanIndicator::insolvency)]);
  CHECK(run.at("71000003").not_verified[static_cast<std::size_t>(ScanIndicator::insolvency)]);
  CHECK(run.report.sources[1].name == "insolvency");
  CHECK(run.report.sources[1].state == "partly_verified");
  CHECK(run.report.exit_code() == ExitCode::attention);

  auto settings = default_scan_settings();
  settings.thresholds.insolvency_window_years = 1;  // the bankruptcy of March 2025 lies before
  CHECK_FALSE(scan_lines(lines, sources, settings).has("69599076", ScanIndicator::insolvency));

  // Nothing on record about any of them: the source could not be consulted at all.
  const auto none = scan_lines({{.kvk = "71000003"}}, sources);
  CHECK(none.report.sources[1].state == "not_verified");
  CHECK(none.report.exit_code() == ExitCode::incomplete);
}

TEST_CASE("signal clusters: the address, the KvK number and the officers, in the window, as soft information",
          "[scan]") {
  std::vector<Signal> register_;
  register_.push_back(address_signal("SIG-1", "1506 CH", "12", "2026-08-12", "afgeplakte_ramen"));
  register_.push_back(address_signal("SIG-2", "1506 CH", "12", "2026-10-20", "afwijkende_openingstijden"));
  register_.push_back(address_signal("SIG-3", "1506 CH", "12", "2024-10-20", "overlast"));  // before the window
  auto retracted = address_signal("SIG-4", "1506 CH", "12", "2026-10-21", "overlast");
  retracted.retracted = true;
  register_.push_back(retracted);
  auto company = address_signal("SIG-5", "", "", "2026-09-05", "veel_contant_geld");
  company.subject_kind = "company";
  company.kvk = "71000002";
  register_.push_back(company);
  auto person = address_signal("SIG-6", "", "", "2026-10-02", "wisselend_personeel_of_eigenaren");
  person.subject_kind = "person";
  person.name = "Ricardo Veldhuis";
  person.birth_date = Date::parse("1979-03-14");
  register_.push_back(person);
  const scan::ScanSources sources{nullptr, nullptr, &register_, nullptr};
  const auto run = scan_lines(
      {{.kvk = "71000001", .street = "Gedempte Gracht", .number = "12", .postcode = "1506 CH", .suffix = "A"},
       {.kvk = "71000002", .number = "2", .officers = "Ricardo Veldhuis|1979-03-14"},
       {.kvk = "71000003", .number = "3", .officers = "Ricardo Veldhuis|1980-03-14"}},
      sources);
  CHECK(run.reasons("71000001", ScanIndicator::signals) ==
        "2 signalen sinds 28 november 2024 over deze vestiging, het adres of de bestuurders: afgeplakte_ramen 1, "
        "afwijkende_openingstijden 1; SIG-1 (2026-08-12, bron B, informatie 2), SIG-2 (2026-10-20, bron B, informatie "
        "2). Zachte informatie, geen vastgestelde feiten.");
  CHECK(run.at("71000001").reasons.front().soft);
  CHECK(run.has("71000002", ScanIndicator::signals));        // one about the company, one about its officer
  CHECK_FALSE(run.has("71000003", ScanIndicator::signals));  // another date of birth
  auto settings = default_scan_settings();
  settings.signals_min = 3;
  CHECK_FALSE(scan_lines({{.kvk = "71000001", .number = "12", .postcode = "1506 CH"}}, sources, settings)
                  .has("71000001", ScanIndicator::signals));
  CHECK(run.report.sources[2].detail == "4 signalen sinds 28 november 2024 in het signalenregister");

  // A company named without a KvK number that was linked to one when recorded: found by that
  // number though the extract writes its name otherwise.
  auto named = address_signal("SIG-7", "", "", "2026-09-05", "veel_contant_geld");
  named.subject_kind = "company";
  named.name = "Snackbar Het Hoekje";
  named.linked_id = "71000004";
  named.link_status = "linked";
  const std::vector<Signal> linked = {named};
  const scan::ScanSources linked_sources{nullptr, nullptr, &linked, nullptr};
  settings.signals_min = 1;
  const auto by_link = scan_lines({{.kvk = "71000004", .name = "Cafetaria 't Hoekje", .number = "4"},
                                   {.kvk = "71000005", .name = "Bakkerij Zaandam", .number = "5"}},
                                  linked_sources, settings);
  CHECK(by_link.has("71000004", ScanIndicator::signals));
  CHECK_FALSE(by_link.has("71000005", ScanIndicator::signals));
}

TEST_CASE("earlier refusals: the case register's refused cases by KvK number, address and person", "[scan]") {
  const screening::DecidedCaseIndex register_({decided("horeca-cash-abroad.yaml", "geweigerd")});
  const scan::ScanSources sources{nullptr, nullptr, nullptr, &register_};
  const std::vector<Line> lines = {
      {.kvk = "90002547", .name = "Eetcafe De Gouden Leeuw B.V."},
      {.kvk = "71000002", .street = "Gedempte Gracht", .number = "12", .postcode = "1506 CH", .suffix = "B"},
      {.kvk = "71000003", .number = "3", .officers = "Johannes Petrus van der Berg|1979-04-02"},
      {.kvk = "71000004", .number = "4", .officers = "Johannes Petrus van der Berg|1979-04-03"},
  };
  const auto run = scan_lines(lines, sources);
  CHECK(
      run.reasons("90002547", ScanIndicator::earlier_refusal) ==
      "Zaak BIB-2026-0042 (exploitatievergunning_horeca): geweigerd op 3 juni 2026, gevonden op KvK-nummer 90002547.");
  CHECK(run.reasons("71000002", ScanIndicator::earlier_refusal) ==
        "Zaak BIB-2026-0042 (exploitatievergunning_horeca): geweigerd op 3 juni 2026, gevonden op adres Gedempte "
        "Gracht 12B, 1506 CH Zaandam.");
  CHECK(run.reasons("71000003", ScanIndicator::earlier_refusal)
            .find("gevonden op naam en geboortedatum van de bestuurder "
                  "Johannes Petrus van der Berg") != std::string::npos);
  CHECK_FALSE(run.has("71000004", ScanIndicator::earlier_refusal));

  const screening::DecidedCaseIndex granted({decided("horeca-cash-abroad.yaml", "verleend")});
  CHECK_FALSE(scan_lines(lines, {nullptr, nullptr, nullptr, &granted}).has("90002547", ScanIndicator::earlier_refusal));
}

TEST_CASE("ranking: weighted sum, score high to low then KvK number, at most top", "[scan]") {
  const FixedListScreener lists({{"Lijst Bedrijf", benali_hit()}});
  auto settings = default_scan_settings();
  settings.top = 3;
  std::vector<Line> lines;
  // Five in one building (cluster, weight 2); one of them also young in a risk sector (1).
  for (int i = 5; i >= 1; --i) {
    lines.push_back({.kvk = "7100000" + std::to_string(i), .street = "Kade", .number = "9", .postcode = "1505 AA"});
  }
  lines[2].registered_on = "2026-10-01";
  lines[2].sbi = "5610";                                                         // 71000003: 3 points
  lines.push_back({.kvk = "71000009", .name = "Lijst Bedrijf", .number = "2"});  // list hit: 5 points
  lines.push_back({.kvk = "71000010", .number = "3"});                           // nothing
  const auto run = scan_lines(lines, {&lists, nullptr, nullptr, nullptr}, settings);
  REQUIRE(run.report.top.size() == 3);
  CHECK(run.report.top[0].kvk == "71000009");
  CHECK(run.report.top[0].score == 5);
  CHECK(run.report.top[1].kvk == "71000003");
  CHECK(run.report.top[1].score == 3);
  CHECK(run.report.top[2].kvk == "71000001");  // ties at 2 points: the lowest KvK number first
  CHECK(run.report.flagged == 6);
  CHECK(run.at("71000010").score == 0);
}

TEST_CASE("exit code: 0 nothing flagged, 1 establishments flagged, 4 a source not consulted at all", "[scan]") {
  scan::ScanReport report;
  report.sources = {{"lists", "consulted", ""}, {"insolvency", "partly_verified", ""}, {"signals", "not_in_use", ""}};
  CHECK(report.exit_code() == ExitCode::ok);
  report.flagged = 3;
  CHECK(report.exit_code() == ExitCode::attention);
  report.sources[0].state = "not_verified";
  CHECK(report.exit_code() == ExitCode::incomplete);
}

TEST_CASE("area filter: only the areas asked are scored, counts come from the whole extract", "[scan]") {
  const std::string ricardo = "Ricardo Veldhuis|1979-03-14";
  const auto run = scan_lines({{.kvk = "71000001", .postcode = "1506 AB", .officers = ricardo},
                               {.kvk = "71000002", .postcode = "1501 AB", .officers = ricardo},
                               {.kvk = "71000003", .postcode = "1509 AB", .officers = ricardo},
                               {.kvk = "71000004", .postcode = "1512 AB"}},
                              {}, default_scan_settings(), scan::AreaFilter::parse("1506, 1500-1502"));
  CHECK(run.all.size() == 2);
  CHECK(run.report.outside_area == 2);
  CHECK(run.has("71000001", ScanIndicator::officer_churn));  // the third company lies outside the area
  REQUIRE(run.report.areas.size() == 2);
  CHECK(run.report.areas[0].key == "1501");
  CHECK(run.report.areas[1].key == "1506");
  CHECK(run.report.areas[1].triggered[static_cast<std::size_t>(ScanIndicator::officer_churn)] == 1);
}

TEST_CASE("area filter: parsing areas and ranges", "[scan]") {
  const auto filter = scan::AreaFilter::parse("1506,1500-1502");
  CHECK(filter.covers("1501"));
  CHECK(filter.covers("1506"));
  CHECK_FALSE(filter.covers("1503"));
  CHECK(filter.describe() == "1506, 1500-1502");
  CHECK(scan::AreaFilter().covers("9999"));
  CHECK_THROWS_WITH(scan::AreaFilter::parse("1506 CH"),
                    "--area: \"1506 CH\" is not a postcode area (four digits, 1506) or a range of them (1500-1509)");
  CHECK_THROWS_WITH(scan::AreaFilter::parse("1509-1500"),
                    "--area: \"1509-1500\" is not a postcode area (four digits, 1506) or a range of them (1500-1509)");
  CHECK_THROWS_AS(scan::AreaFilter::parse("150"), UsageError);
  CHECK_THROWS_AS(scan::AreaFilter::parse("1506,"), UsageError);
}

TEST_CASE("scan settings: the defaults of config/bibob.yaml, overridden by a municipality's file", "[scan]") {
  const auto defaults = default_scan_settings();
  CHECK(defaults.thresholds.address_cluster_min == 5);
  CHECK(defaults.thresholds.young_company_months == 12);
  CHECK(defaults.thresholds.concentration_min == 3);
  CHECK(defaults.thresholds.change_window_months == 6);
  CHECK(defaults.thresholds.signal_window_months == 24);
  CHECK(defaults.thresholds.insolvency_window_years == 5);
  CHECK(defaults.thresholds.counted_decisions == std::vector<std::string>{"geweigerd", "ingetrokken"});
  CHECK(defaults.weight(ScanIndicator::list_hit) == 5);
  CHECK(defaults.risk_sector("56102") == "56");
  CHECK(defaults.risk_sector("96022") == "9602");
  CHECK(defaults.risk_sector("6201").empty());
  // The scan draws the checks' lines: one threshold, set under checks.
  const auto load = configuration::load_config_text(
      std::string("checks:\n  address_cluster: {params: {min_registrations: 3}}\n"
                  "  earlier_decisions: {params: {counted_decisions: [ingetrokken]}}\n"
                  "scan:\n  weights: {signals: 0.5}\n"),
      "municipality.yaml");
  REQUIRE(load.config);
  const auto settings = scan::scan_settings(*load.config, checks::indicator_thresholds(*load.config));
  CHECK(settings.thresholds.address_cluster_min == 3);
  CHECK(settings.thresholds.counted_decisions == std::vector<std::string>{"ingetrokken"});
  CHECK(settings.thresholds.young_company_months == 12);
  CHECK(settings.weight(ScanIndicator::signals) == 0.5);
  CHECK(settings.weight(ScanIndicator::list_hit) == 5);  // the rest of the mapping is merged

  const auto bad = configuration::load_config_text(std::string("scan:\n  risk_sectors: [\"5\"]\n  weights: {lijst: 1}\n"), "m.yaml");
  REQUIRE_FALSE(bad.config);
  REQUIRE(bad.diagnostics.size() == 2);
  CHECK(bad.diagnostics[0].message == "\"5\" is not an SBI code or its first digits (2 to 5 digits)");
  CHECK(bad.diagnostics[1].message.starts_with("unknown key"));

  // A threshold the scan once had of its own says where it now lives.
  const auto moved = configuration::load_config_text(std::string("scan:\n  address_cluster_min: 3\n"), "m.yaml");
  REQUIRE_FALSE(moved.config);
  REQUIRE(moved.diagnostics.size() == 1);
  CHECK(moved.diagnostics[0].message ==
        "is no longer read: the scan and the checks share one threshold, set as "
        "checks.address_cluster.params.min_registrations");
  CHECK(moved.diagnostics[0].position.line == 2);
  CHECK(moved.diagnostics[0].path == "scan.address_cluster_min");
}
