#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sys/stat.h>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::map<std::string, std::string> scan_env(const TempDir& dir, bool lists = true) {
  std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()},
                                            {"BIBOB_CACHE_DB", (dir / "cache.db").string()},
                                            {"BIBOB_DB", (dir / "register/bibob.db").string()},
                                            {"BIBOB_TODAY", "2026-11-28"}};
  if (lists) {
    const auto imported =
        run_bibob({"lists", "import", "--source", "ofac", source_path("tests/data/screening/sdn.csv")}, env);
    if (imported.exit_code != 0) throw std::runtime_error(imported.err);
  }
  return env;
}

RunResult ok(const std::vector<std::string>& args, const std::map<std::string, std::string>& env, int code = 0) {
  auto result = run_bibob(args, env);
  INFO(result.err);
  REQUIRE(result.exit_code == code);
  return result;
}

// The case of examples/horeca-cash-abroad.yaml registered and refused.
void refuse_example_case(const std::map<std::string, std::string>& env) {
  ok({"case", "import", source_path("examples/horeca-cash-abroad.yaml")}, env);
  ok({"case", "set", "BIB-2026-0042", "--state", "eigen_onderzoek", "--on", "2026-11-01"}, env);
  ok({"case", "set", "BIB-2026-0042", "--state", "besluit", "--on", "2026-11-10"}, env);
  ok({"case", "set", "BIB-2026-0042", "--decision", "geweigerd", "--on", "2026-11-12", "--grounds",
      "ernstig gevaar (art. 3 lid 1 sub a)", "--danger", "ernstig_gevaar"},
     env);
}

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777U;
}

std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::vector<std::string> files_in(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("bibob scan of the bundled extract: every indicator shows, every output owner-only", "[scan][e2e]") {
  TempDir dir;
  const auto env = scan_env(dir);
  // Exit 4: the invented addresses are not in the snapshot; the signals are kept, unlinked.
  ok({"signals", "import", "--offline", source_path("examples/scan-signals.csv")}, env, 4);
  refuse_example_case(env);
  const auto result = ok(
      {"--verbose", "scan", source_path("examples/establishments.csv"), "--out-json", (dir / "out/scan.json").string(),
       "--out-csv", (dir / "out/scan.csv").string(), "--out-html", (dir / "out/scan.html").string(), "--top", "5"},
      env, 1);
  CHECK(result.out.starts_with("Area scan of " + source_path("examples/establishments.csv") +
                               " on 2026-11-28, every postcode area\n"));
  CHECK(result.out.find("Top 5 (score, then KvK number).") != std::string::npos);
  // Officers' names and birth dates stay off stderr.
  CHECK(result.err.find("Veldhuis") == std::string::npos);
  CHECK(result.err.find("1979-03-14") == std::string::npos);
  for (const char* name : {"scan.json", "scan.csv", "scan.html"}) CHECK(mode_of(dir / "out" / name) == 0600);
  CHECK(files_in(dir / "out") == std::vector<std::string>{"scan.csv", "scan.html", "scan.json"});

  const auto json = nlohmann::json::parse(slurp(dir / "out/scan.json"));
  CHECK(json["schema"] == "bibob-scan/1");
  CHECK(json["exit_code"] == 1);
  for (const auto& [indicator, count] : json["summary"]["indicators"].items()) {
    INFO(indicator);
    CHECK(count.get<long>() > 0);
  }
  CHECK(json["sources"][0]["state"] == "consulted");
  CHECK(json["sources"][1]["state"] == "partly_verified");
  CHECK(json["sources"][2]["state"] == "consulted");
  CHECK(json["sources"][3]["state"] == "consulted");
  CHECK(json["top"].size() == 5);
  CHECK(json["summary"]["establishments_read"] == 3000);
  long flagged = 0;
  for (const auto& area : json["areas"]) flagged += area["flagged"].get<long>();
  CHECK(flagged == json["summary"]["flagged"]);
  CHECK(json["establishments"].size() == json["summary"]["flagged"]);

  const std::string csv = slurp(dir / "out/scan.csv");
  CHECK(std::count(csv.begin(), csv.end(), '\n') == json["summary"]["scored"].get<long>() + 1);

  pugi::xml_document html;
  const std::string page = slurp(dir / "out/scan.html");
  REQUIRE(html.load_string(page.c_str()));
  long drawn = 0;
  for (const auto& bar : html.select_nodes("//*[@id='chart-areas']//*[local-name()='rect'][@class='bar']")) {
    drawn += bar.node().attribute("data-value").as_llong();
  }
  long counted = 0;
  for (const auto& [indicator, count] : json["summary"]["indicators"].items()) counted += count.get<long>();
  CHECK(drawn == counted);
  CHECK(html.select_nodes("//*[@id='top-table']//*[local-name()='tr'][@data-kvk]").size() == 5);
}

TEST_CASE("bibob scan without imported lists: the list indicator is not verified, exit 4", "[scan][e2e]") {
  TempDir dir;
  const auto result = run_bibob(
      {"--format", "json", "scan", source_path("examples/establishments.csv"), "--area", "1508"}, scan_env(dir, false));
  CHECK(result.exit_code == 4);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["sources"][0]["source"] == "lists");
  CHECK(json["sources"][0]["state"] == "not_verified");
  CHECK(json["summary"]["not_verified"]["list_hit"] == json["summary"]["scored"]);
  CHECK(json["exit_code"] == 4);
  for (const auto& area : json["areas"]) CHECK(area["area"] == "1508");
  CHECK(json["summary"]["outside_area"].get<long>() > 2000);
  CHECK(files_in(dir.path()) == std::vector<std::string>{"cache.db"});  // nothing left behind
}

TEST_CASE("bibob scan with a bad line: exit 3, the line named, nothing written or replaced", "[scan][e2e]") {
  TempDir dir;
  const auto env = scan_env(dir);
  std::ifstream bundled(source_path("examples/establishments.csv"));
  std::string header;
  std::string first;
  std::getline(bundled, header);
  std::getline(bundled, first);
  const auto extract = dir.write("extract.csv", header + "\n" + first + "\n" + "1234567," + first.substr(9) + "\n");
  const auto old_json = dir.write("old.json", "earlier scan\n");
  const auto result = run_bibob({"scan", extract.string(), "--out-json", old_json.string(), "--out-csv",
                                 (dir / "scan.csv").string(), "--out-html", (dir / "scan.html").string()},
                                env);
  CHECK(result.exit_code == 3);
  CHECK(result.err == "bibob: error: " + extract.string() +
                          ": 1 line is not as the scan needs them; nothing was scanned or written:\n  " +
                          extract.string() + ":3: kvk: \"1234567\" is not a KvK number of 8 digits\n");
  CHECK(result.out.empty());
  CHECK(slurp(old_json) == "earlier scan\n");
  CHECK(files_in(dir.path()) == std::vector<std::string>{"cache.db", "extract.csv", "lists.db", "old.json"});

  const auto usage = run_bibob({"--format", "json", "scan", extract.string(), "--area", "15"}, env);
  CHECK(usage.exit_code == 2);
  CHECK(nlohmann::json::parse(usage.out)["error"]["message"] ==
        "--area: \"15\" is not a postcode area (four digits, 1506) or a range of them (1500-1509)");
  CHECK(run_bibob({"scan", (dir / "missing.csv").string()}, env).err ==
        "bibob: error: " + (dir / "missing.csv").string() + ": no such file\n");
}

TEST_CASE("bibob config keys lists the scan's keys", "[scan][e2e]") {
  const auto keys = run_bibob({"config", "keys"}).out;
  CHECK(keys.find("scan.risk_sectors  (a list of text)") != std::string::npos);
  CHECK(keys.find("scan.weights.list_hit  (a number)\n    area scan: points the indicator list_hit adds to an "
                  "establishment's score\n") != std::string::npos);
  CHECK(keys.find("scan.top  (a whole number)") != std::string::npos);
}
