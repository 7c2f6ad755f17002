#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "support/fake_registry.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::map<std::string, std::string> environment(const TempDir& dir) {
  return {{"BIBOB_DB", (dir / "bibob.db").string()}, {"BIBOB_CACHE_DB", (dir / "cache.db").string()}};
}

// The bundled snapshot with two KvK searches by name added: one name that one company has
// (beside a sibling with a similar name), and one name two companies have.
std::filesystem::path snapshot_with_name_searches(const TempDir& dir) {
  const auto folder = dir / "snapshot";
  std::filesystem::copy(source_path("snapshot"), folder, std::filesystem::copy_options::recursive);
  auto result = [](const std::string& kvk, const std::string& name) {
    return R"({"kvkNummer":")" + kvk + R"(","vestigingsnummer":"0000)" + kvk + R"(","naam":")" + name +
           R"(","type":"hoofdvestiging","actief":"Ja"})";
  };
  std::ofstream(folder / "kvk/zoeken-naam-1.json")
      << R"({"pagina":1,"resultatenPerPagina":100,"totaal":2,"resultaten":[)" +
             result("90001354", "Vastgoed Zaanoever Holding B.V.") + "," +
             result("90001400", "Vastgoed Zaanoever Beheer B.V.") + "]}";
  std::ofstream(folder / "kvk/zoeken-naam-2.json")
      << R"({"pagina":1,"resultatenPerPagina":100,"totaal":2,"resultaten":[)" +
             result("90001500", "Snackbar Het Hoekje") + "," + result("90001600", "Snackbar Het Hoekje V.O.F.") + "]}";
  std::ofstream manifest(folder / "manifest.yaml", std::ios::app);
  for (const auto& [query, file] : {std::pair{"Vastgoed%20Zaanoever%20Holding", "kvk/zoeken-naam-1.json"},
                                    std::pair{"Snackbar%20Het%20Hoekje", "kvk/zoeken-naam-2.json"}}) {
    manifest << "  - registry: kvk\n    request: \"GET /v2/zoeken?naam=" << query
             << "&resultatenPerPagina=100\"\n    status: 200\n    content_type: \"application/json\"\n"
             << "    retrieved_at: 2026-11-20T09:00:00Z\n    file: " << file << "\n";
  }
  return folder;
}

std::vector<std::string> add_args(const std::vector<std::string>& subject) {
  std::vector<std::string> args = {"signals", "add"};
  args.insert(args.end(), subject.begin(), subject.end());
  for (const char* arg : {"--observed-on", "2026-10-01", "--category", "overlast", "--observation", "lawaai",
                          "--reporter-role", "boa", "--source-grade", "B", "--information-grade", "2"}) {
    args.emplace_back(arg);
  }
  return args;
}

}  // namespace

TEST_CASE("a signal's subject is linked to its BAG or KvK identity when it is recorded", "[signals][linking]") {
  TempDir dir;
  FakeRegistry fake(snapshot_with_name_searches(dir).string());
  auto env = fake.environment();
  env["BIBOB_DB"] = (dir / "bibob.db").string();
  env["BIBOB_CACHE_DB"] = (dir / "cache.db").string();
  auto added = [&](const std::vector<std::string>& subject, int code = 0) {
    const auto result = run_bibob(add_args(subject), env);
    INFO(result.err);
    CHECK(result.exit_code == code);
    return result.out;
  };
  // One company has the name; its sibling with a similar name does not count.
  CHECK(added({"--subject-kind", "company", "--name", "Vastgoed Zaanoever Holding"}) == "SIG-1 added  (KvK 90001354)\n");
  // Two companies have it: not linked to either.
  CHECK(added({"--subject-kind", "company", "--name", "Snackbar Het Hoekje"}) ==
        "SIG-2 added  (several KvK registrations under this name)\n");
  CHECK(added({"--subject-kind", "address", "--postcode", "1506 CH", "--number", "12"}) ==
        "SIG-3 added  (BAG 0479200000023456)\n");
  CHECK(added({"--subject-kind", "address", "--postcode", "9999 ZZ", "--number", "1"}) ==
        "SIG-4 added  (not found in the BAG)\n");
  // A BAG that fails: the signal is kept, its link "not verified", and the exit code says so.
  fake.fail_next(FakeRegistry::Fault::server_error, 20);
  const auto failing = run_bibob(add_args({"--subject-kind", "address", "--postcode", "1506 PR", "--number", "48"}), env);
  CHECK(failing.exit_code == 4);
  CHECK(failing.out == "SIG-5 added  (BAG not consulted)\n");
  CHECK(failing.err.find("1 subject was not linked: the registry could not be consulted") != std::string::npos);
  const auto shown = nlohmann::json::parse(run_bibob({"--format", "json", "signals", "show", "SIG-1"}, env).out);
  CHECK(shown["linked_id"] == "90001354");
  CHECK(shown["link_status"] == "linked");
  CHECK(nlohmann::json::parse(run_bibob({"--format", "json", "signals", "show", "SIG-5"}, env).out)["link_status"] ==
        "not_verified");
}

TEST_CASE("reading and writing signals leaves audit records without the observations", "[signals][audit]") {
  TempDir dir;
  const auto env = environment(dir);
  REQUIRE(run_bibob({"signals", "import", "--offline", source_path("tests/data/signals/handhaving-export.csv")}, env)
              .exit_code == 0);
  run_bibob({"signals", "show", "SIG-3", "--reason", "controle melding"}, env);
  run_bibob({"signals", "retract", "SIG-3", "--reason", "vergissing"}, env);
  run_bibob({"--format", "json", "screen", "--offline", source_path("examples/horeca-cash-abroad.yaml")}, env);
  const auto audit = run_bibob({"audit", "show"}, env).out;
  CHECK(audit.find("signals import  -  write  signals imported from handhaving-export.csv: 4 signals (SIG-1..SIG-4)") !=
        std::string::npos);
  CHECK(audit.find("signals show  -  read  signal SIG-3  (reason: controle melding)") != std::string::npos);
  CHECK(audit.find("signals retract  -  write  signal SIG-3 retracted  (reason: vergissing)") != std::string::npos);
  CHECK(audit.find("screen  -  read  3 signals, to compare with the case being screened") != std::string::npos);
  // The trail names what was done, never what was observed or about whom.
  CHECK(audit.find("Ahmed") == std::string::npos);
  CHECK(audit.find("contant") == std::string::npos);
  CHECK(run_bibob({"audit", "verify"}, env).exit_code == 0);
}

TEST_CASE("signals import reads an enforcement export, owner-only", "[signals]") {
  TempDir dir;
  const auto env = environment(dir);
  const auto imported =
      run_bibob({"signals", "import", "--offline", source_path("tests/data/signals/handhaving-export.csv")}, env);
  INFO(imported.out << imported.err);
  CHECK(imported.exit_code == 0);
  CHECK(imported.out.find("handhaving-export.csv: 4 signals imported") != std::string::npos);
  struct stat info {};
  REQUIRE(stat((dir / "bibob.db").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  const auto listed = run_bibob({"signals", "list"}, env);
  // The address is linked to its BAG identity, the company's KvK number confirmed.
  CHECK(listed.out.find("SIG-1  2026-08-12  afgeplakte_ramen  adres 1506 CH 12  (BAG 0479200000023456)  [B2]") !=
        std::string::npos);
  CHECK(listed.out.find("SIG-2  2026-06-03  veel_contant_geld  onderneming  (KvK 90001354)  (confirmed in the KvK)") !=
        std::string::npos);
  // An anonymous report keeps only the role.
  CHECK(listed.out.find("(anoniem)") != std::string::npos);
}

TEST_CASE("a signals file with a bad row imports nothing and names every bad line", "[signals]") {
  TempDir dir;
  const auto env = environment(dir);
  const std::string file = source_path("tests/data/signals/bad-rows.csv");
  const auto result = run_bibob({"signals", "import", file}, env);
  CHECK(result.exit_code == 3);
  CHECK(result.out.find(file + ":3: observed_on \"2026-13-01\" is not a date YYYY-MM-DD") != std::string::npos);
  CHECK(result.out.find(file + ":3: an address needs a postcode of the form 1234 AB and a house number") !=
        std::string::npos);
  CHECK(result.out.find(file + ":3: category \"afgeplakt\" is not in the taxonomy (signals.categories)") !=
        std::string::npos);
  CHECK(result.out.find(file + ":3: source grade must be A, B, C or X") != std::string::npos);
  CHECK(result.out.find(file + ":4: a person needs a name and a date of birth") != std::string::npos);
  CHECK(result.out.find("nothing imported, 5 errors") != std::string::npos);
  CHECK(run_bibob({"signals", "list"}, env).out.empty());
}

TEST_CASE("signals add checks the taxonomy; retract keeps the signal, marked", "[signals]") {
  TempDir dir;
  const auto env = environment(dir);
  const auto bad = run_bibob({"signals", "add", "--subject-kind", "company", "--kvk", "90001354", "--observed-on",
                              "2026-06-03", "--category", "witwassen", "--observation", "x", "--reporter-role", "boa",
                              "--source-grade", "B", "--information-grade", "2"},
                             env);
  CHECK(bad.exit_code == 3);
  CHECK(bad.err.find("category \"witwassen\" is not in the taxonomy") != std::string::npos);
  const auto added = run_bibob({"signals", "add", "--offline", "--subject-kind", "company", "--kvk", "90001354", "--observed-on",
                                "2026-06-03", "--category", "veel_contant_geld", "--observation", "contant betaald",
                                "--reporter-role", "boa", "--source-grade", "B", "--information-grade", "2"},
                               env);
  CHECK(added.out == "SIG-1 added  (confirmed in the KvK)\n");
  CHECK(added.exit_code == 0);
  CHECK(run_bibob({"signals", "retract", "SIG-1", "--reason", "melding berust op een vergissing"}, env).exit_code == 0);
  CHECK(run_bibob({"signals", "list"}, env).out.empty());
  CHECK(run_bibob({"signals", "list", "--all"}, env).out.find("RETRACTED: melding berust op een vergissing") !=
        std::string::npos);
  CHECK(run_bibob({"signals", "show", "SIG-9"}, env).exit_code == 3);
}

TEST_CASE("the signals check reports signals about the premises and parties, graded, as soft information",
          "[signals][checks]") {
  TempDir dir;
  const auto env = environment(dir);
  REQUIRE(run_bibob({"signals", "import", "--offline", source_path("tests/data/signals/handhaving-export.csv")}, env)
              .exit_code == 0);
  const auto result = run_bibob({"--format", "json", "screen", "--offline", source_path("examples/horeca-cash-abroad.yaml")},
                                env);
  const auto json = nlohmann::json::parse(result.out);
  std::map<std::string, std::string> by_signal;
  for (const auto& finding : json["findings"]) {
    if (finding["check"] != "signals") continue;
    const std::string statement = finding["statement"];
    CHECK(statement.find("Dit is zachte informatie, geen vastgesteld feit.") != std::string::npos);
    by_signal[statement.substr(0, statement.find(' ', 9))] = finding["severity"];
  }
  CHECK(by_signal["Signaal SIG-1"] == "medium");  // the premises, source B, information 2
  CHECK(by_signal["Signaal SIG-2"] == "low");     // the landlord by KvK number, C3
  CHECK(by_signal["Signaal SIG-3"] == "low");     // the financier by name and date of birth, X3
  CHECK(by_signal.count("Signaal SIG-4") == 0);   // another address, and outside the window

  // Without a signals register the check says it did not look.
  const auto without = run_bibob({"--format", "json", "screen", "--offline", source_path("examples/horeca-clean.yaml")},
                                 {{"BIBOB_DB", (dir / "none.db").string()}});
  bool said = false;
  const auto without_json = nlohmann::json::parse(without.out);
  for (const auto& finding : without_json["findings"]) {
    said = said || finding["statement"].get<std::string>().find("Het signalenregister is niet geraadpleegd") == 0;
  }
  CHECK(said);
}
