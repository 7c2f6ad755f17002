#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/fake_registry.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

// A list store holding the small test list, and the environment pointing at it and at a
// private cache.
std::map<std::string, std::string> environment(const TempDir& dir) {
  std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()},
                                            {"BIBOB_CACHE_DB", (dir / "cache.db").string()},
                                            {"BIBOB_TODAY", "2026-11-28"}};
  const auto imported =
      run_bibob({"lists", "import", "--source", "ofac", source_path("tests/data/screening/sdn.csv")}, env);
  if (imported.exit_code != 0) throw std::runtime_error(imported.err);
  return env;
}

nlohmann::json screen_json(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                           int* exit_code = nullptr) {
  std::vector<std::string> all = {"--format", "json", "screen"};
  all.insert(all.end(), args.begin(), args.end());
  const auto result = run_bibob(all, env);
  if (exit_code != nullptr) *exit_code = result.exit_code;
  return nlohmann::json::parse(result.out);
}

std::vector<std::string> checks_with(const nlohmann::json& screening, const std::string& severity) {
  std::vector<std::string> out;
  for (const auto& finding : screening["findings"]) {
    if (finding["severity"] == severity && finding["status"] == "established") out.push_back(finding["check"]);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("screen against live (fake) registries: the cash-abroad case", "[screen][e2e]") {
  FakeRegistry fake;
  TempDir dir;
  auto env = environment(dir);
  for (const auto& [name, value] : fake.environment()) env[name] = value;
  int code = 0;
  const auto json = screen_json({source_path("examples/horeca-cash-abroad.yaml")}, env, &code);
  CHECK(code == 1);
  CHECK(json["schema"] == "bibob-screening/1");
  CHECK(json["registry_mode"] == "normal");
  // The cash loan from abroad of unknown origin carries serious danger on a. The financier's
  // name resembles a listed one, unconfirmed: doubt on b, never serious danger on a possible
  // match alone. The register names an officer the form leaves out: a false answer, so a
  // suspicion on art. 3 lid 6.
  CHECK(json["assessment"]["proposed"] == "ernstig_gevaar");
  const auto& grounds = json["assessment"]["grounds"];
  CHECK(grounds[0]["conclusion"] == "ernstig_gevaar");
  CHECK(grounds[1]["conclusion"] == "twijfel");
  CHECK(grounds[2]["conclusion"] == "vermoeden");
  const auto high = checks_with(json, "high");
  for (const char* check : {"officers", "financing", "insolvencies", "earlier_decisions"}) {
    INFO(check);
    CHECK(contains(high, check));
  }
  bool unconfirmed_hit = false;
  for (const auto& finding : json["findings"]) {
    unconfirmed_hit = unconfirmed_hit || (finding["check"] == "sanctions" && finding["severity"] == "high" &&
                                          finding["status"] == "unconfirmed");
  }
  CHECK(unconfirmed_hit);
  CHECK(contains(checks_with(json, "medium"), "address_cluster"));
  // Every registry-based finding cites its source as retrieved live; officers, whose KvK
  // product has no public contract, come from the snapshot only.
  for (const auto& finding : json["findings"]) {
    for (const auto& source : finding["sources"]) {
      const bool officers = source["request"].get<std::string>().find("/functionarissen/") != std::string::npos;
      CHECK(source["source"] == (officers ? "snapshot" : "live"));
    }
  }
  CHECK(json["sources"].size() >= 8);
  CHECK(fake.request_count() > 10);
}

TEST_CASE("screen the clean case: no danger, exit 0", "[screen][e2e]") {
  FakeRegistry fake;
  TempDir dir;
  auto env = environment(dir);
  for (const auto& [name, value] : fake.environment()) env[name] = value;
  int code = 0;
  const auto json = screen_json({source_path("examples/horeca-clean.yaml")}, env, &code);
  CHECK(code == 0);
  CHECK(json["assessment"]["proposed"] == "geen_gevaar");
  CHECK(checks_with(json, "high").empty());
  CHECK(checks_with(json, "medium").empty());
}

TEST_CASE("screen the real-estate and incomplete cases", "[screen][e2e]") {
  FakeRegistry fake;
  TempDir dir;
  auto env = environment(dir);
  for (const auto& [name, value] : fake.environment()) env[name] = value;
  int code = 0;
  const auto holding = screen_json({source_path("examples/vastgoed-holding.yaml")}, env, &code);
  CHECK(code == 1);
  // A foreign shareholder, a loan without security and an owner other than declared are red
  // flags: reasons for questions, with no fact that points to crimes or criminal money.
  CHECK(holding["assessment"]["proposed"] == "geen_gevaar");
  const auto& ground_a = holding["assessment"]["grounds"][0];
  CHECK(ground_a["ground"] == "a");
  CHECK(ground_a["reasons"][0].get<std::string>().find("aanleiding voor nader onderzoek") != std::string::npos);
  CHECK_FALSE(ground_a["questions"].empty());
  bool reached_cyprus = false;
  for (const auto& party : holding["parties"]) reached_cyprus = reached_cyprus || party["id"] == "org-cyprus";
  CHECK(reached_cyprus);

  const auto incomplete = screen_json({source_path("examples/horeca-incomplete.yaml")}, env, &code);
  CHECK(code == 1);
  CHECK(contains(checks_with(incomplete, "high"), "completeness"));
}

TEST_CASE("a registry outage gives not-verified findings and exit 4, never a clean result", "[screen][e2e]") {
  FakeRegistry fake;
  fake.fail_next(FakeRegistry::Fault::server_error, 100000);
  TempDir dir;
  auto env = environment(dir);
  for (const auto& [name, value] : fake.environment()) env[name] = value;
  env["BIBOB_CONFIG"] = dir.write("fast.yaml", "schema: bibob-config/1\nregistries:\n  kvk: {retries: 0}\n  bag: {retries: 0}\n"
                                              "  brp: {retries: 0}\n  brk: {retries: 0}\n  cir: {retries: 0}\n")
                            .string();
  int code = 0;
  const auto json = screen_json({source_path("examples/horeca-clean.yaml")}, env, &code);
  CHECK(code == 4);
  std::size_t unverified = 0;
  for (const auto& finding : json["findings"]) {
    if (finding["status"] == "not_verified") {
      ++unverified;
      CHECK(finding["statement"].get<std::string>().find("Niet geverifieerd: ") == 0);
    }
    // Nothing a registry should have said is stated as established.
    if (finding["check"] == "registration" || finding["check"] == "premises") CHECK(finding["status"] == "not_verified");
  }
  CHECK(unverified >= 5);
  CHECK(json["assessment"]["proposed"] != "geen_gevaar");
  CHECK_FALSE(json["assessment"]["not_verified"].empty());
}

TEST_CASE("screen --offline writes JSON and text files, owner-only, and is reproducible", "[screen][e2e]") {
  TempDir dir;
  const auto env = environment(dir);
  const auto first = run_bibob({"screen", "--offline", source_path("examples/horeca-cash-abroad.yaml"), "--out-json",
                                (dir / "s.json").string(), "--out-text", (dir / "s.txt").string()},
                               env);
  INFO(first.err);
  CHECK(first.exit_code == 1);
  CHECK(first.out.find("Screening BIB-2026-0042 (exploitatievergunning_horeca, Zaanstad) on 2026-11-28, registries "
                       "offline") == 0);
  CHECK(first.out.find("Proposed assessment. Dit is een voorstel voor de afweging") != std::string::npos);
  struct stat info {};
  REQUIRE(stat((dir / "s.json").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  std::ifstream in(dir / "s.json");
  std::stringstream written;
  written << in.rdbuf();
  const auto again = run_bibob({"--format", "json", "screen", "--offline", source_path("examples/horeca-cash-abroad.yaml")},
                               env);
  CHECK(again.out == written.str());
}

TEST_CASE("screen --input screens a folder or JSON lines, one line per case, worst exit code", "[screen][e2e]") {
  TempDir dir;
  const auto env = environment(dir);
  const auto folder = run_bibob({"screen", "--offline", "--input", source_path("examples")}, env);
  INFO(folder.out << folder.err);
  CHECK(folder.exit_code == 1);
  CHECK(std::count(folder.out.begin(), folder.out.end(), '\n') == 4);
  CHECK(folder.out.find("horeca-clean.yaml: BIB-2026-0101 geen_gevaar") != std::string::npos);

  const auto lines = dir.write("cases.jsonl",
                               R"({"schema":"bibob-case/1","case":{"id":"J-1","authority":"college","municipality":"Zaanstad","decision_type":"subsidie","received_on":"2026-10-01"},"applicant":"p","parties":[{"id":"p","kind":"person","name":{"family":"Jansen"}}]})"
                               "\n{\"schema\": \"bibob-case/1\"}\n");
  const auto jsonl = run_bibob({"--format", "json", "screen", "--offline", "--input", lines.string()}, env);
  CHECK(jsonl.exit_code == 3);
  std::istringstream results(jsonl.out);
  std::string first_line;
  std::string second_line;
  std::getline(results, first_line);
  std::getline(results, second_line);
  CHECK(nlohmann::json::parse(first_line)["case"]["id"] == "J-1");
  CHECK(nlohmann::json::parse(second_line)["validation"]["valid"] == false);
  CHECK(nlohmann::json::parse(second_line)["validation"]["file"] == lines.string() + ":2");
}

TEST_CASE("screen refuses an invalid case with exit 3 and names the error", "[screen]") {
  TempDir dir;
  const auto result = run_bibob({"screen", "--offline", source_path("tests/data/bad/invalid-identifiers.yaml")},
                                {{"BIBOB_CACHE_DB", (dir / "cache.db").string()}});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("parties[1].bsn: \"123456789\" fails the elfproef for a BSN") != std::string::npos);
  CHECK(result.out.find("invalid case file; nothing was screened") != std::string::npos);
}

TEST_CASE("checks list and explain print the declarations", "[checks][cli]") {
  const auto list = run_bibob({"checks", "list"});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("young_company  [structuur_zeggenschap; grounds a, b]") != std::string::npos);
  const auto explain = run_bibob({"checks", "explain", "young_company"});
  CHECK(explain.out.find("parameter months (integer, default 12)") != std::string::npos);
  const auto typo = run_bibob({"checks", "explain", "young_compny"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("(did you mean \"young_company\"?)") != std::string::npos);
}

TEST_CASE("the configuration is validated against the check declarations", "[checks][config]") {
  TempDir dir;
  const auto file = dir.write("bad.yaml", "schema: bibob-config/1\nchecks:\n  young_compny: {enabled: false}\n"
                                          "  young_company:\n    params: {monthz: 3}\n  rent_price:\n    params: "
                                          "{rent_range_per_m2: 12}\ndecision_types:\n  subsidie:\n    checks: [financing, "
                                          "financin]\n");
  const auto result = run_bibob({"config", "check", file.string()});
  INFO(result.out);
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("bad.yaml:3:3: checks.young_compny: unknown check \"young_compny\" (did you mean "
                        "\"young_company\"?)") != std::string::npos);
  CHECK(result.out.find("bad.yaml:5:14: checks.young_company.params.monthz: check young_company has no parameter "
                        "\"monthz\" (did you mean \"months\"?)") != std::string::npos);
  CHECK(result.out.find("checks.rent_price.params.rent_range_per_m2: expected mapping of lists, found \"12\"") !=
        std::string::npos);
  CHECK(result.out.find("decision_types.subsidie.checks[1]: unknown check \"financin\"") != std::string::npos);
}

TEST_CASE("the municipality's own earlier decisions about the same person are found", "[screen][store]") {
  TempDir dir;
  auto env = environment(dir);
  env["BIBOB_DB"] = (dir / "register.db").string();
  // An earlier case of the same director, refused with a serious danger, registered and decided.
  std::ifstream in(source_path("examples/horeca-cash-abroad.yaml"));
  std::stringstream text;
  text << in.rdbuf();
  std::string earlier = text.str();
  earlier.replace(earlier.find("id: BIB-2026-0042"), 17, "id: BIB-2025-0007");
  const auto file = dir.write("earlier.yaml", earlier);
  REQUIRE(run_bibob({"case", "import", file.string()}, env).exit_code <= 1);
  for (const char* state : {"eigen_onderzoek", "voornemen", "zienswijze", "besluit"}) {
    const auto moved = run_bibob({"case", "set", "BIB-2025-0007", "--state", state, "--on", "2025-05-01"}, env);
    INFO(moved.out << moved.err);
    REQUIRE(moved.exit_code == 0);
  }
  const auto decided = run_bibob({"case", "set", "BIB-2025-0007", "--decision", "geweigerd", "--on", "2025-06-01",
                                  "--grounds", "ernstig gevaar, grond a", "--danger", "ernstig_gevaar"},
                                 env);
  INFO(decided.out << decided.err);
  REQUIRE(decided.exit_code == 0);

  int code = 0;
  const auto json = screen_json({"--offline", source_path("examples/horeca-clean.yaml")}, env, &code);
  bool none = true;
  for (const auto& finding : json["findings"]) none = none && finding["statement"].get<std::string>().find("BIB-2025-0007") == std::string::npos;
  CHECK(none);  // another applicant, other people, another address

  const auto same = screen_json({"--offline", source_path("examples/horeca-cash-abroad.yaml")}, env, &code);
  bool found = false;
  for (const auto& finding : same["findings"]) {
    const std::string statement = finding["statement"];
    if (statement.find("In het eigen zakenregister staat zaak BIB-2025-0007") != std::string::npos &&
        statement.find("Johannes Petrus van der Berg (zelfde BSN)") != std::string::npos) {
      found = true;
      CHECK(finding["severity"] == "high");
    }
  }
  CHECK(found);
}

TEST_CASE("the BRP is asked only when a check reads what it answers", "[screen][e2e][identity]") {
  FakeRegistry fake;
  TempDir dir;
  auto env = environment(dir);
  for (const auto& [name, value] : fake.environment()) env[name] = value;
  auto asked_brp = [&] {
    const auto received = fake.received();
    return std::count_if(received.begin(), received.end(), [](const auto& r) { return r.target.starts_with("/brp"); });
  };
  run_bibob({"screen", "--no-cache", source_path("examples/horeca-clean.yaml")}, env);
  CHECK(asked_brp() == 1);
  const auto config = dir.write("no-identity.yaml", "schema: bibob-config/1\nchecks:\n  identity:\n    enabled: false\n");
  const auto result = run_bibob({"--config", config.string(), "--format", "json", "screen", "--no-cache",
                                 source_path("examples/horeca-clean.yaml")},
                                env);
  INFO(result.err);
  CHECK(asked_brp() == 1);  // no new question
  const auto json = nlohmann::json::parse(result.out);
  for (const auto& source : json["sources"]) CHECK(source["registry"] != "brp");
}

TEST_CASE("a list older than lists.max_age_days is used, warned about, and not verified", "[screen][lists]") {
  TempDir dir;
  auto env = environment(dir);
  env["BIBOB_TODAY"] = "2027-06-01";  // the list imported today is then half a year old
  int code = 0;
  const auto json = screen_json({source_path("examples/horeca-clean.yaml")}, env, &code);
  CHECK(code == 4);
  bool stale = false;
  for (const auto& finding : json["findings"]) {
    const std::string statement = finding["statement"];
    if (finding["status"] == "not_verified" && statement.find("dagen oud, ouder dan 7 dagen") != std::string::npos) {
      stale = true;
      CHECK(finding["severity"] == "low");
      CHECK(statement.find("kan de conclusie op grond a en grond b veranderen") != std::string::npos);
    }
  }
  CHECK(stale);
  // Alone it makes no doubt: the clean case stays without danger.
  CHECK(json["assessment"]["grounds"][1]["conclusion"] == "geen_gevaar");
  const auto text = run_bibob({"screen", "--offline", source_path("examples/horeca-clean.yaml")}, env);
  CHECK(text.err.find("bibob: warning: list ofac is ") != std::string::npos);
  CHECK(text.err.find("days old (lists.max_age_days 7)") != std::string::npos);
}
