#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::map<std::string, std::string> environment(const TempDir& dir) {
  return {{"BIBOB_SIGNALS_DB", (dir / "signals.db").string()}, {"BIBOB_CACHE_DB", (dir / "cache.db").string()}};
}

}  // namespace

TEST_CASE("signals import reads an enforcement export, owner-only", "[signals]") {
  TempDir dir;
  const auto env = environment(dir);
  const auto imported = run_bibob({"signals", "import", source_path("tests/data/signals/handhaving-export.csv")}, env);
  INFO(imported.out << imported.err);
  CHECK(imported.exit_code == 0);
  CHECK(imported.out.find("handhaving-export.csv: 4 signals imported") != std::string::npos);
  struct stat info {};
  REQUIRE(stat((dir / "signals.db").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  const auto listed = run_bibob({"signals", "list"}, env);
  CHECK(listed.out.find("SIG-1  2026-08-12  afgeplakte_ramen  adres 1506 CH 12  [B2]") != std::string::npos);
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
  const auto added = run_bibob({"signals", "add", "--subject-kind", "company", "--kvk", "90001354", "--observed-on",
                                "2026-06-03", "--category", "veel_contant_geld", "--observation", "contant betaald",
                                "--reporter-role", "boa", "--source-grade", "B", "--information-grade", "2"},
                               env);
  CHECK(added.out == "SIG-1 added\n");
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
  REQUIRE(run_bibob({"signals", "import", source_path("tests/data/signals/handhaving-export.csv")}, env).exit_code == 0);
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
                                 {{"BIBOB_SIGNALS_DB", (dir / "none.db").string()}});
  bool said = false;
  const auto without_json = nlohmann::json::parse(without.out);
  for (const auto& finding : without_json["findings"]) {
    said = said || finding["statement"].get<std::string>().find("Het signalenregister is niet geraadpleegd") == 0;
  }
  CHECK(said);
}
