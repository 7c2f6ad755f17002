#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using bibob::testing::run_bibob;
using bibob::testing::RunResult;
using bibob::testing::shared_data;
using bibob::testing::source_path;
using bibob::testing::TempDir;

namespace {

// Every run gets its own list store and a fixed today, so that list ages are exact.
struct Lists {
  TempDir dir;
  std::map<std::string, std::string> env() const {
    return {{"BIBOB_LISTS_DB", (dir / "store/lists.db").string()}, {"BIBOB_TODAY", "2026-11-20"}};
  }
  RunResult run(std::vector<std::string> args) const { return run_bibob(args, env()); }
};

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::size_t start = 0;
  while (start < out.size()) {
    const auto end = out.find('\n', start);
    lines.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    start = end == std::string::npos ? out.size() : end + 1;
  }
  return lines;
}

}  // namespace

TEST_CASE("lists import and status through the binary", "[lists][commands]") {
  Lists lists;
  auto result = lists.run({"lists", "import", "--source", "un", "--published", "2026-11-18",
                           source_path("tests/data/lists/un/consolidated.xml")});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.starts_with("un: 3 entries, published 2026-11-18, sha256 "));
  result = lists.run({"lists", "import", "--source", "eu", source_path("tests/data/lists/eu/sanctions.xml")});
  REQUIRE(result.exit_code == 0);

  result = lists.run({"lists", "status"});
  CHECK(result.exit_code == 0);  // both fresh: EU published today, UN two days ago
  CHECK(result.out.find("un: 3 entries, published 2026-11-18 (2 days old), imported ") != std::string::npos);
  result = lists.run({"--format", "json", "lists", "status"});
  const auto status = json_lines(result.out).at(0);
  CHECK(status["schema"] == "bibob-list-status/1");
  REQUIRE(status["lists"].size() == 2);
  CHECK(status["lists"][0]["list"] == "eu");
  CHECK(status["lists"][0]["age_days"] == 0);
  CHECK(status["lists"][0]["stale"] == false);
  CHECK(status["lists"][1]["list"] == "un");
  CHECK(status["lists"][1]["age_days"] == 2);
  CHECK(status["lists"][1]["entries"] == 3);
}

TEST_CASE("lists import: the real UN list through the binary", "[lists][commands][shared-data]") {
  const auto path = shared_data("sanctions/un/UN_consolidated.xml");
  if (!path) return;
  Lists lists;
  const auto result = lists.run({"lists", "import", "--source", "un", *path});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.starts_with("un: 1003 entries, published 2026-02-27, sha256 "));
}

TEST_CASE("lists status warns about a stale list", "[lists][commands]") {
  Lists lists;
  REQUIRE(lists.run({"lists", "import", "--source", "uk", "--published", "2026-10-01",
                     source_path("tests/data/lists/uk/ConList.csv")})
              .exit_code == 0);
  auto result = lists.run({"lists", "status"});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("uk: 3 entries, published 2026-10-01 (50 days old)") != std::string::npos);
  CHECK(result.out.find("STALE: older than lists.max_age_days (7)") != std::string::npos);
  // Still used for screening, and the hit says how old its list is.
  result = lists.run({"lists", "screen", "Timur Karimov"});
  CHECK(result.exit_code == 1);
  CHECK(result.err == "bibob: warning: list uk is 50 days old (lists.max_age_days 7); it is used, but import a newer version\n");
  CHECK(result.out.find("list uk published 2026-10-01, 50 days old (STALE)") != std::string::npos);
}

TEST_CASE("a broken list file leaves the previous version in place", "[lists][commands][broken]") {
  Lists lists;
  REQUIRE(lists.run({"lists", "import", "--source", "nl", source_path("tests/data/lists/nl/terrorismelijst.csv")}).exit_code == 0);
  const auto before = lists.run({"--format", "json", "lists", "status"}).out;
  const auto broken = lists.dir.write("broken.csv", "Achternaam;Voornamen;Alias;Geboortedatum;Geboorteplaats;Datum\n"
                                                    "Jansen;Piet;;01-01-1980;Zaandam;01-01-2020\n"
                                                    "Visser;Anna;;1985-99-99;Zaandam;01-01-2020\n");
  const auto result = lists.run({"lists", "import", "--source", "nl", broken.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.err == "bibob: error: " + broken.string() + ":3: date of birth 1985-99-99 is not a date (DD-MM-YYYY)\n");
  CHECK(result.out.empty());
  CHECK(lists.run({"--format", "json", "lists", "status"}).out == before);
  CHECK(lists.run({"lists", "screen", "Karim El Idrissi"}).exit_code == 1);
}

TEST_CASE("lists screen: a name, with corroboration, as text and JSON", "[lists][commands]") {
  Lists lists;
  const std::string ofac = source_path("tests/data/lists/ofac/");
  REQUIRE(lists.run({"lists", "import", "--source", "ofac", ofac + "sdn.csv", ofac + "alt.csv", ofac + "add.csv",
                     "--published", "2026-11-19"})
              .exit_code == 0);
  auto result = lists.run({"lists", "screen", "Yusuf al-Hamadi", "--kind", "person", "--birth-date", "1951-06-19"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.empty());
  CHECK(result.out.starts_with("\"Yusuf al-Hamadi\": 1 match, 1 hit\n"
                               "  MATCH 1.00  ofac:91001  AL HAMADI, Dr. Yusuf (person)\n"
                               "    list ofac published 2026-11-19, 1 day old\n"
                               "    rules: person; aligned: yusuf = yusuf (exact), al = al (exact), hamadi = hamadi (exact)\n"
                               "    +0.05  date of birth agrees: 1951-06-19 against 1951-06-19\n"));

  result = lists.run({"--format", "json", "lists", "screen", "Yusuf al-Hamadi", "--kind", "person", "--birth-date", "1960"});
  CHECK(result.exit_code == 0);  // the date of birth rules it out: shown, not a match
  const auto screening = json_lines(result.out).at(0);
  CHECK(screening["schema"] == "bibob-list-screening/1");
  CHECK(screening["matches"] == 0);
  REQUIRE(screening["hits"].size() == 1);
  CHECK(screening["hits"][0]["entry_id"] == "ofac:91001");
  CHECK(screening["hits"][0]["conflict"] == true);
  CHECK(screening["hits"][0]["match"] == false);
  CHECK(screening["hits"][0]["list_age_days"] == 1);

  result = lists.run({"lists", "screen", "Pietje Puk"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "\"Pietje Puk\": no hits\n");
}

TEST_CASE("lists screen --input streams one result per row", "[lists][commands]") {
  Lists lists;
  REQUIRE(lists.run({"lists", "import", "--source", "eu", source_path("tests/data/lists/eu/sanctions.csv")}).exit_code == 0);
  const auto people = lists.dir.write("people.csv", "full_name,kind,date_of_birth,nationality\n"
                                                    "Ivan Sidorenko,person,1965-03-14,RU\n"
                                                    "Jan Jansen,person,,NL\n"
                                                    "Polymer Tekhnika LLC,organisation,,\n");
  auto result = lists.run({"--format", "json", "lists", "screen", "--input", people.string()});
  CHECK(result.exit_code == 1);
  const auto lines = json_lines(result.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["query"]["name"] == "Ivan Sidorenko");
  CHECK(lines[0]["hits"][0]["entry_id"] == "eu:90001");
  CHECK(lines[0]["hits"][0]["match"] == true);
  CHECK(lines[1]["hits"].empty());
  CHECK(lines[2]["hits"][0]["entry_id"] == "eu:90002");

  const auto bad = lists.dir.write("bad.csv", "full_name,kind,date_of_birth\nJan Jansen,person,1-1-1980\n");
  result = lists.run({"lists", "screen", "--input", bad.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.err == "bibob: error: " + bad.string() +
                          ":2: date of birth \"1-1-1980\" is not YYYY, YYYY-MM or YYYY-MM-DD\n");
}

TEST_CASE("lists review: a decision shows on the next screening and survives a re-import", "[lists][commands]") {
  Lists lists;
  const std::string file = source_path("tests/data/lists/nl/terrorismelijst.csv");
  REQUIRE(lists.run({"lists", "import", "--source", "nl", file}).exit_code == 0);
  auto screening = json_lines(lists.run({"--format", "json", "lists", "screen", "Karim El Idrissi"}).out).at(0);
  const std::string entry = screening["hits"][0]["entry_id"];
  auto result = lists.run({"lists", "review", entry, "--party-name", "Karim El Idrissi", "--decision", "false_positive",
                           "--reason", "applicant born 1975 in Utrecht", "--reviewer", "officer"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == entry + ": recorded false_positive for \"Karim El Idrissi\"; shown on every later screening\n");
  REQUIRE(lists.run({"lists", "import", "--source", "nl", file}).exit_code == 0);
  result = lists.run({"lists", "screen", "Karim El Idrissi"});
  CHECK(result.exit_code == 0);  // the only match was cleared
  CHECK(result.out.find("1 match, 1 hit; 1 cleared as false positive") != std::string::npos);
  CHECK(result.out.find("reviewed: false_positive on ") != std::string::npos);
  CHECK(result.out.find(" by officer: applicant born 1975 in Utrecht") != std::string::npos);
  // Another party with the same name but a date of birth is another identity.
  CHECK(lists.run({"lists", "screen", "Karim El Idrissi", "--birth-date", "1990-04-12"}).exit_code == 1);

  result = lists.run({"lists", "review", "nl:doesnotexist", "--party-name", "X", "--decision", "confirmed", "--reason", "r"});
  CHECK(result.exit_code == 2);
  result = lists.run({"lists", "review", entry, "--party-name", "X", "--decision", "maybe", "--reason", "r"});
  CHECK(result.exit_code == 2);
}

TEST_CASE("lists commands: usage errors and an empty store", "[lists][commands]") {
  Lists lists;
  CHECK(lists.run({"lists", "import", "--source", "xyz", "file"}).exit_code == 2);
  CHECK(lists.run({"lists", "screen"}).exit_code == 2);
  CHECK(lists.run({"lists", "screen", "A", "--birth-date", "yesterday"}).exit_code == 2);
  CHECK(lists.run({"lists", "screen", "A", "--country", "Atlantis"}).exit_code == 2);
  const auto empty = lists.run({"lists", "screen", "Jan Jansen"});
  CHECK(empty.exit_code == 4);
  CHECK(empty.err.find("no lists imported into") != std::string::npos);
  const auto missing = lists.run({"lists", "import", "--source", "un", (lists.dir / "nothing.xml").string()});
  CHECK(missing.exit_code == 3);
  CHECK(missing.err == "bibob: error: " + (lists.dir / "nothing.xml").string() + ": no such file\n");
  // --lists-db overrides the environment.
  const auto other = lists.dir / "other.db";
  REQUIRE(run_bibob({"lists", "import", "--lists-db", other.string(), "--source", "uk",
                     source_path("tests/data/lists/uk/ConList.csv")},
                    lists.env())
              .exit_code == 0);
  CHECK(std::filesystem::exists(other));
}

TEST_CASE("a list dated after today is never read as a negative age", "[lists][commands]") {
  Lists lists;
  // The officer's date cannot lie in the future.
  auto result = lists.run({"lists", "import", "--source", "uk", "--published", "2026-11-24",
                           source_path("tests/data/lists/uk/ConList.csv")});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("--published 2026-11-24 lies after today (2026-11-20)") != std::string::npos);

  // The EU file says it was published on 2026-11-20; a screening reproduced as of four days earlier.
  REQUIRE(lists.run({"lists", "import", "--source", "eu", source_path("tests/data/lists/eu/sanctions.xml")}).exit_code == 0);
  auto earlier = lists.env();
  earlier["BIBOB_TODAY"] = "2026-11-16";
  result = run_bibob({"lists", "status"}, earlier);
  CHECK(result.out.find("published 2026-11-20 (dated after today)") != std::string::npos);
  CHECK(result.out.find("-4") == std::string::npos);
  result = run_bibob({"--format", "json", "lists", "status"}, earlier);
  const auto status = json_lines(result.out).at(0);
  CHECK(status["lists"][0]["age_days"] == 0);
  CHECK(status["lists"][0]["dated_after_today"] == true);
  result = run_bibob({"lists", "screen", "Ivan Petrovich Sidorenko"}, earlier);
  CHECK(result.err.find("bibob: warning: list eu is dated 2026-11-20, after today") != std::string::npos);
  CHECK(result.out.find("days old") == std::string::npos);
}
