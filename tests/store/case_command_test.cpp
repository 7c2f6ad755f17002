#include <sys/stat.h>

#include <fstream>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "registries/response_cache.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::map<std::string, std::string> register_env(const TempDir& dir) {
  return {{"BIBOB_DB", (dir / "register/bibob.db").string()},
          {"BIBOB_CACHE_DB", (dir / "cache.db").string()},
          {"BIBOB_LISTS_DB", (dir / "lists.db").string()},
          {"BIBOB_TODAY", "2026-11-28"}};
}

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777U;
}

RunResult ok(const std::vector<std::string>& args, const std::map<std::string, std::string>& env, int code = 0) {
  auto result = run_bibob(args, env);
  INFO(result.err);
  REQUIRE(result.exit_code == code);
  return result;
}

}  // namespace

TEST_CASE("bibob case: import, move through the procedure, decide, close", "[store][e2e]") {
  TempDir dir;
  auto env = register_env(dir);
  const auto imported = ok({"case", "import", source_path("examples/horeca-clean.yaml")}, env);
  CHECK(imported.out == "case BIB-2026-0101 registered in intake\n");
  CHECK(mode_of(dir / "register/bibob.db") == 0600);
  CHECK(mode_of(dir / "register") == 0700);

  CHECK(ok({"case", "list"}, env).out.starts_with("BIB-2026-0101  intake  "));
  ok({"case", "set", "BIB-2026-0101", "--state", "herstelverzuim", "--on", "2026-11-20", "--reason", "formulier"}, env);
  auto due = run_bibob({"case", "due"}, env);
  CHECK(due.exit_code == 0);
  CHECK(due.out == "2026-12-04  BIB-2026-0101  herstel  in 6 days\n");

  const auto refused = run_bibob({"case", "set", "BIB-2026-0101", "--state", "besluit"}, env);
  CHECK(refused.exit_code == 3);
  CHECK(refused.err == "bibob: error: case BIB-2026-0101 cannot move from herstelverzuim to besluit; from "
                       "herstelverzuim it may move to eigen_onderzoek, buiten_behandeling; nothing was written\n");

  ok({"case", "set", "BIB-2026-0101", "--state", "eigen_onderzoek", "--on", "2026-11-25"}, env);
  ok({"case", "set", "BIB-2026-0101", "--state", "lbb_advies", "--on", "2026-11-26"}, env);
  auto status = nlohmann::json::parse(ok({"--format", "json", "case", "status", "BIB-2026-0101"}, env).out);
  CHECK(status["state"] == "lbb_advies");
  CHECK(status["may_move_to"] == nlohmann::json({"voornemen", "besluit"}));
  CHECK(status["running_terms"][0] == "lbb_advies due 2027-01-21 (extendable to 2027-02-18), in 54 days");

  ok({"case", "set", "BIB-2026-0101", "--state", "voornemen", "--on", "2026-12-01"}, env);
  ok({"case", "set", "BIB-2026-0101", "--state", "zienswijze", "--on", "2026-12-02"}, env);
  auto later = env;
  later["BIBOB_TODAY"] = "2026-12-20";
  due = run_bibob({"case", "due", "--within", "2w"}, later);
  CHECK(due.exit_code == 1);
  CHECK(due.out == "2026-12-16  BIB-2026-0101  zienswijze  PASSED 4 days ago\n");

  ok({"case", "set", "BIB-2026-0101", "--state", "besluit", "--on", "2026-12-20"}, env);
  const auto no_decision = run_bibob({"case", "set", "BIB-2026-0101", "--state", "gesloten"}, env);
  CHECK(no_decision.exit_code == 3);
  const auto decided = ok({"case", "set", "BIB-2026-0101", "--decision", "geweigerd", "--on", "2026-12-21",
                           "--grounds", "ernstig gevaar (art. 3 lid 1 sub a)", "--danger", "ernstig_gevaar"},
                          env);
  CHECK(decided.out == "case BIB-2026-0101: decision geweigerd recorded; the danger conclusion is to be reported to "
                       "the Bibob-register\n");
  ok({"case", "set", "BIB-2026-0101", "--state", "gesloten"}, env);

  const auto show = ok({"case", "show", "BIB-2026-0101"}, env).out;
  CHECK(show.find("  state:      gesloten\n") != std::string::npos);
  CHECK(show.find("decision:   geweigerd on 2026-12-21, danger ernstig_gevaar (report to the Bibob-register)") !=
        std::string::npos);
  const auto history = ok({"case", "history", "BIB-2026-0101"}, env).out;
  CHECK(history.find("2026-11-20  intake -> herstelverzuim") != std::string::npos);
  CHECK(history.find("2026-12-21  decision geweigerd") != std::string::npos);

  const auto audit = ok({"audit", "show", "--case", "BIB-2026-0101"}, env).out;
  CHECK(audit.find("case set  BIB-2026-0101  write  state intake -> herstelverzuim on 2026-11-20, herstel term due "
                   "2026-12-04  (reason: formulier)") != std::string::npos);
  CHECK(audit.find("case show  BIB-2026-0101  read  case shown") != std::string::npos);
  CHECK(ok({"audit", "verify"}, env).out.starts_with("audit trail intact: "));
}

TEST_CASE("bibob case import refuses an invalid case file and writes nothing", "[store][e2e]") {
  TempDir dir;
  auto env = register_env(dir);
  const auto result = run_bibob({"case", "import", source_path("tests/data/bad/invalid-identifiers.yaml")}, env);
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("fails the elfproef") != std::string::npos);
  CHECK(result.err.find("the case file is invalid; nothing was registered") != std::string::npos);
  CHECK(result.err.find("123456789") == std::string::npos);
  CHECK(ok({"case", "list"}, env).out.empty());
}

TEST_CASE("bibob case new, notes, and usage errors", "[store][e2e]") {
  TempDir dir;
  auto env = register_env(dir);
  CHECK(ok({"case", "new", "BIB-2026-0900", "--decision-type", "exploitatievergunning_horeca"}, env).out ==
        "case BIB-2026-0900 opened in intake\n");
  CHECK(run_bibob({"case", "new", "BIB-2026-0900", "--decision-type", "exploitatievergunning_horeca"}, env).exit_code ==
        3);
  CHECK(run_bibob({"case", "new", "X", "--decision-type", "kapvergunning"}, env).exit_code == 2);
  CHECK(ok({"case", "set", "BIB-2026-0900", "--note", "aanvrager gebeld"}, env).out ==
        "case BIB-2026-0900: note added\n");
  CHECK(run_bibob({"case", "set", "BIB-2026-0900", "--state", "geweigerd"}, env).exit_code == 2);
  CHECK(run_bibob({"case", "set", "BIB-2026-0900", "--decision", "verleend"}, env).exit_code == 2);  // no grounds
  CHECK(run_bibob({"case", "show", "BIB-0000"}, env).exit_code == 3);
  CHECK(run_bibob({"case", "due", "--within", "soon"}, env).exit_code == 2);
  CHECK(ok({"case", "due"}, env).out == "no terms due within 14 days, none passed\n");
}

TEST_CASE("bibob case export writes a private archive that import restores", "[store][e2e]") {
  TempDir dir;
  auto env = register_env(dir);
  ok({"case", "import", source_path("examples/horeca-clean.yaml")}, env);
  ok({"case", "set", "BIB-2026-0101", "--state", "eigen_onderzoek", "--on", "2026-11-21"}, env);
  ok({"case", "set", "BIB-2026-0101", "--note", "KvK-uittreksel opgevraagd"}, env);
  const auto archive = dir / "out/BIB-2026-0101.zip";
  const auto exported = ok({"case", "export", "BIB-2026-0101", "--out", archive.string(), "--reason", "beroep"}, env);
  CHECK(exported.out.starts_with("case BIB-2026-0101 exported to " + archive.string()));
  CHECK(mode_of(archive) == 0600);
  CHECK(mode_of(dir / "out") == 0700);

  // Restored into another register, with its state, history and notes.
  auto other = env;
  other["BIBOB_DB"] = (dir / "other.db").string();
  CHECK(ok({"case", "import", "--archive", archive.string()}, other).out ==
        "case BIB-2026-0101 restored in state eigen_onderzoek\n");
  const auto shown = nlohmann::json::parse(ok({"--format", "json", "case", "show", "BIB-2026-0101"}, other).out);
  CHECK(shown["state"] == "eigen_onderzoek");
  CHECK(shown["history"].size() == 2);
  CHECK(shown["notes"][0]["text"] == "KvK-uittreksel opgevraagd");
  CHECK(shown["parties"].size() > 0);
  // Restoring twice is refused.
  CHECK(run_bibob({"case", "import", "--archive", archive.string()}, other).exit_code == 3);
  const auto audit = ok({"audit", "show", "--case", "BIB-2026-0101"}, env).out;
  CHECK(audit.find("export  archive written (sha256 ") != std::string::npos);
  CHECK(audit.find("(reason: beroep)") != std::string::npos);
}

TEST_CASE("bibob screen --store records the screening against its case", "[store][e2e]") {
  TempDir dir;
  auto env = register_env(dir);
  const auto screened = run_bibob({"screen", "--offline", "--store", source_path("examples/horeca-cash-abroad.yaml")}, env);
  INFO(screened.err);
  CHECK(screened.exit_code != 3);
  CHECK(screened.exit_code != 5);
  const auto shown = nlohmann::json::parse(ok({"--format", "json", "case", "show", "BIB-2026-0042"}, env).out);
  REQUIRE(shown["screenings"].size() == 1);
  CHECK(shown["screenings"][0]["exit_code"] == screened.exit_code);
  CHECK(shown["screenings"][0]["findings"].size() > 0);
  CHECK(shown["state"] == "intake");
  // A second screening of the same case is added, the case is not imported again.
  run_bibob({"screen", "--offline", "--store", source_path("examples/horeca-cash-abroad.yaml")}, env);
  const auto again = nlohmann::json::parse(ok({"--format", "json", "case", "show", "BIB-2026-0042"}, env).out);
  CHECK(again["screenings"].size() == 2);
}

TEST_CASE("bibob audit verify and anchor detect tampering and truncation", "[store][e2e][audit]") {
  TempDir dir;
  auto env = register_env(dir);
  ok({"case", "new", "BIB-2026-0900", "--decision-type", "exploitatievergunning_horeca"}, env);
  ok({"case", "show", "BIB-2026-0900"}, env);
  const auto anchor = dir / "anchor.json";
  ok({"audit", "anchor", anchor.string()}, env);
  CHECK(mode_of(anchor) == 0600);
  CHECK(ok({"audit", "verify", "--anchor", anchor.string()}, env).out ==
        "audit trail intact: 2 records, anchor " + anchor.string() + " matches; every case and screening is covered\n");
  {
    SQLite::Database raw((dir / "register/bibob.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER audit_log_no_delete");
    raw.exec("DELETE FROM audit_log WHERE seq = 2");
  }
  // Removing the last record leaves a valid chain; the anchor shows it, and so does the trigger gone.
  const auto without_trigger = run_bibob({"audit", "verify"}, env);
  CHECK(without_trigger.exit_code == 1);
  CHECK(without_trigger.out ==
        "audit trail BROKEN at the trigger audit_log_no_delete that keeps the audit log append-only is gone\n");
  const auto broken = run_bibob({"--format", "json", "audit", "verify", "--anchor", anchor.string()}, env);
  CHECK(broken.exit_code == 1);
  const auto json = nlohmann::json::parse(broken.out);
  CHECK(json["intact"] == false);
  CHECK(json["first_bad"] == 2);
}

TEST_CASE("bibob purge removes expired cases and says how much", "[store][e2e][retention]") {
  TempDir dir;
  auto env = register_env(dir);
  env["BIBOB_TODAY"] = "2021-06-01";
  ok({"case", "new", "BIB-2021-0001", "--decision-type", "exploitatievergunning_horeca"}, env);
  ok({"case", "set", "BIB-2021-0001", "--state", "buiten_behandeling"}, env);
  ok({"case", "set", "BIB-2021-0001", "--decision", "buiten_behandeling", "--grounds", "niet hersteld"}, env);
  env["BIBOB_TODAY"] = "2026-06-01";
  CHECK(ok({"purge", "--dry-run"}, env).out ==
        "would remove 0 cases (0 parties, 0 screenings, 0 findings, 0 decisions, 0 documents, 0 notes, 0 deadlines), "
        "0 signals, 0 audit records; cases decided before 2021-06-01 (retention 5 years), signals observed before "
        "2024-06-01 (2 years), audit records written before 2019-06-01 (7 years)\n"
        "would remove 0 registry answers retrieved before 2026-05-02 (30 days)\n");
  env["BIBOB_TODAY"] = "2026-06-02";
  CHECK(ok({"purge", "--dry-run"}, env).out.starts_with("would remove 1 cases"));
  CHECK(ok({"case", "list"}, env).out.starts_with("BIB-2021-0001"));
  CHECK(ok({"purge", "--reason", "jaarlijkse opschoning"}, env).out.starts_with("removed 1 cases (0 parties"));
  CHECK(ok({"case", "list"}, env).out.empty());
  const auto audit = ok({"audit", "show"}, env).out;
  CHECK(audit.find("purge  -  purge  removed (cases decided before 2021-06-02, signals observed before 2024-06-02, "
                   "audit records written before 2019-06-02): 1 cases") != std::string::npos);
  CHECK(ok({"audit", "verify"}, env).exit_code == 0);
}

TEST_CASE("bibob purge removes old signals, old registry answers and old audit records; the trail still verifies",
          "[store][e2e][retention]") {
  TempDir dir;
  auto env = register_env(dir);
  ok({"signals", "import", "--offline", source_path("tests/data/signals/handhaving-export.csv")}, env);
  {
    // One answer in the registry cache, retrieved now.
    bibob::registries::ResponseCache cache(dir / "cache.db");
    bibob::registries::RawAnswer answer;
    answer.status = 200;
    answer.body = "{}";
    answer.provenance = {"kvk", "GET /v1/basisprofielen/68750110", 200, "2026-11-28T09:00:00Z", "ab", "live"};
    cache.confirm(cache.store("kvk GET /v1/basisprofielen/68750110", answer));
  }
  // Seven weeks on: the answer is past 30 days; SIG-4 (observed 2023-01-10) past 2 years.
  env["BIBOB_TODAY"] = "2027-01-15";
  const auto purged = ok({"purge"}, env).out;
  CHECK(purged.find(", 1 signals, 0 audit records;") != std::string::npos);
  CHECK(purged.ends_with("removed 1 registry answers retrieved before 2026-12-16 (30 days)\n"));
  CHECK(ok({"signals", "list", "--all"}, env).out.find("SIG-4") == std::string::npos);
  {
    SQLite::Database cache((dir / "cache.db").string(), SQLite::OPEN_READONLY);
    CHECK(cache.execAndGet("SELECT COUNT(*) FROM responses").getInt() == 0);
  }
  const auto audit = ok({"audit", "show"}, env).out;
  CHECK(audit.find("purge  -  purge  removed 1 registry answers retrieved before 2026-12-16") != std::string::npos);
  // Eight years on every audit record so far is past 7 years: the trail continues from a base.
  env["BIBOB_TODAY"] = "2034-12-01";
  const auto json = nlohmann::json::parse(ok({"--format", "json", "purge"}, env).out);
  CHECK(json["schema"] == "bibob-purge/2");
  CHECK(json["signals"] == 3);
  CHECK(json["audit_records"].get<int>() >= 6);
  const auto verified = ok({"audit", "verify"}, env).out;
  CHECK(verified.starts_with("audit trail intact: 1 records (continuing after record "));
}

TEST_CASE("a register another bibob keeps locked gives a busy error, exit 6", "[store][e2e][concurrency]") {
  TempDir dir;
  auto env = register_env(dir);
  ok({"case", "new", "BIB-2026-0901", "--decision-type", "exploitatievergunning_horeca"}, env);
  const auto config = dir / "bibob.yaml";
  std::ofstream(config) << "store:\n  busy_timeout_seconds: 1\n";
  SQLite::Database holder((dir / "register/bibob.db").string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  const auto busy = run_bibob({"--config", config.string(), "case", "set", "BIB-2026-0901", "--note", "n"}, env);
  CHECK(busy.exit_code == 6);
  CHECK(busy.err == "bibob: error: " + (dir / "register/bibob.db").string() +
                        ": the case register is busy (another bibob kept it locked longer than the busy timeout, "
                        "store.busy_timeout_seconds); try again\n");
  holder.exec("COMMIT");
  ok({"--config", config.string(), "case", "set", "BIB-2026-0901", "--note", "n"}, env);
}

TEST_CASE("two bibob processes writing at once both succeed or report busy", "[store][e2e][concurrency]") {
  TempDir dir;
  auto env = register_env(dir);
  ok({"case", "new", "BIB-2026-0900", "--decision-type", "exploitatievergunning_horeca"}, env);
  std::vector<RunResult> results(6);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      results[i] = run_bibob({"case", "set", "BIB-2026-0900", "--note", "note " + std::to_string(i)}, env);
    });
  }
  for (auto& thread : threads) thread.join();
  int succeeded = 0;
  for (const auto& result : results) {
    INFO(result.err);
    CHECK((result.exit_code == 0 || (result.exit_code == 6 && result.err.find("is busy") != std::string::npos)));
    succeeded += result.exit_code == 0 ? 1 : 0;
  }
  CHECK(succeeded >= 1);
  const auto shown = nlohmann::json::parse(ok({"--format", "json", "case", "show", "BIB-2026-0900"}, env).out);
  CHECK(shown["notes"].size() == static_cast<std::size_t>(succeeded));
  CHECK(ok({"audit", "verify"}, env).exit_code == 0);
}

TEST_CASE("a register written by a newer bibob is refused by the commands", "[store][e2e][migration]") {
  TempDir dir;
  auto env = register_env(dir);
  std::filesystem::create_directories(dir / "register");
  {
    SQLite::Database newer((dir / "register/bibob.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    newer.exec("PRAGMA user_version = 7");
  }
  const auto result = run_bibob({"case", "list"}, env);
  CHECK(result.exit_code == 3);
  CHECK(result.err.find("the case register was written by a newer bibob (schema 7; this bibob knows up to 4)") !=
        std::string::npos);
}

TEST_CASE("audit verify finds an emptied log, records written outside bibob and a register that is not there",
          "[store][e2e][audit][hostile]") {
  TempDir dir;
  auto env = register_env(dir);
  const auto missing = run_bibob({"audit", "verify"}, env);
  CHECK(missing.exit_code == 3);
  CHECK(missing.err == "bibob: error: " + (dir / "register/bibob.db").string() +
                           ": no case register here; nothing to verify (store.database or BIBOB_DB names it)\n");
  CHECK_FALSE(std::filesystem::exists(dir / "register/bibob.db"));

  run_bibob({"screen", "--offline", "--store", source_path("examples/horeca-cash-abroad.yaml")}, env);
  CHECK(ok({"audit", "verify"}, env).out.ends_with("; every case and screening is covered\n"));
  {
    SQLite::Database raw((dir / "register/bibob.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER audit_log_no_delete");
    raw.exec("DELETE FROM audit_log");
    raw.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
             " WHEN OLD.seq > COALESCE((SELECT seq FROM audit_base), 0)"
             " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
  }
  const auto emptied = run_bibob({"audit", "verify"}, env);
  CHECK(emptied.exit_code == 1);
  CHECK(emptied.out.find("audit trail BROKEN at case BIB-2026-0042 has no audit record that registered it") == 0);
  CHECK(emptied.out.find("  also: screening 1 has no audit record that stored it") != std::string::npos);
  // Neither shown nor exported while the trail does not vouch for it.
  const auto shown = run_bibob({"case", "show", "BIB-2026-0042"}, env);
  CHECK(shown.exit_code == 5);
  CHECK(shown.err.find("case BIB-2026-0042 has no audit record that registered it") != std::string::npos);
  const auto exported = run_bibob({"case", "export", "BIB-2026-0042", "--out", (dir / "x.zip").string()}, env);
  CHECK(exported.exit_code == 5);
  CHECK_FALSE(std::filesystem::exists(dir / "x.zip"));
}

TEST_CASE("a stored screening edited outside bibob is found on show, export and verify", "[store][e2e][audit][hostile]") {
  TempDir dir;
  auto env = register_env(dir);
  run_bibob({"screen", "--offline", "--store", source_path("examples/horeca-cash-abroad.yaml")}, env);
  {
    SQLite::Database raw((dir / "register/bibob.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE screenings SET proposed = 'geen_gevaar'");
  }
  const auto verify = run_bibob({"--format", "json", "audit", "verify"}, env);
  CHECK(verify.exit_code == 1);
  const auto json = nlohmann::json::parse(verify.out);
  CHECK(json["intact"] == false);
  CHECK(json["problem"].get<std::string>().find("screening 1: the proposal kept beside it (geen_gevaar) is not the one "
                                                "in its JSON") == 0);
  CHECK(run_bibob({"case", "show", "BIB-2026-0042"}, env).exit_code == 5);
  CHECK(run_bibob({"case", "export", "BIB-2026-0042", "--out", (dir / "x.zip").string()}, env).exit_code == 5);
}
