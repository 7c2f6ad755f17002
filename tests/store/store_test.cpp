#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "store/case_workflow.hpp"
#include "store/sqlite_schema.hpp"
#include "store_fixture.hpp"
#include "util/errors.hpp"
#include "util/sha256.hpp"

using namespace bibob;
using namespace bibob::store;
using namespace bibob::testing;

namespace {

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777U;
}

Date day(const char* iso) { return *Date::parse(iso); }

// Cutoffs that remove only decided cases: nothing was observed or written in 1999.
RetentionCutoffs cases_only(const Date& decided_before) {
  return {decided_before, day("2000-01-01"), day("2000-01-01")};
}

// A register holding three audit records at least: create, read, a state change, a note.
void fill(CaseStore& store) {
  store.create_case(test_case("BIB-1"), "created");
  store.read_case("BIB-1", "read");
  store.change_state("BIB-1", CaseState::intake, CaseState::herstelverzuim, day("2026-10-02"), "",
                     deadlines_on_entering(CaseState::herstelverzuim, day("2026-10-02"), {}));
  store.add_note("BIB-1", {"tester", "", "call the applicant"});
}

long count(const std::filesystem::path& file, const char* sql) {
  SQLite::Database database(file.string(), SQLite::OPEN_READONLY);
  return static_cast<long>(database.execAndGet(sql).getInt64());
}

}  // namespace

TEST_CASE("a new register is owner-only, WAL, at the current schema", "[store]") {
  TempDir dir;
  const auto file = dir / "nested/folder/bibob.db";
  auto store = open_test_store(file);
  store->create_case(test_case("BIB-1"), "created");
  CHECK(mode_of(file) == 0600);
  CHECK(mode_of(file.parent_path()) == 0700);
  CHECK(mode_of(dir / "nested") == 0700);
  CHECK(mode_of(file.string() + "-wal") == 0600);
  CHECK(store->schema_version() == current_schema_version());
  SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("a version 1 register is migrated with its data", "[store][migration]") {
  TempDir dir;
  const auto file = dir / "v1.db";
  {
    SQLite::Database v1(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& statement : migrations().at(0).statements) v1.exec(statement);
    v1.exec("PRAGMA user_version = 1");
    v1.exec("INSERT INTO cases VALUES ('BIB-OLD', 'exploitatievergunning_horeca', 'Zaanstad', 'lbb_advies',"
            " '2026-01-05', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', '', 'ab')");
    v1.exec("INSERT INTO deadlines (case_id, kind, starts_on, due_on) VALUES ('BIB-OLD', 'lbb_advies', '2026-02-01',"
            " '2026-03-29')");
  }
  auto store = open_test_store(file);
  CHECK(store->schema_version() == current_schema_version());
  const auto bundle = store->read_case("BIB-OLD", "read");
  REQUIRE(bundle);
  CHECK(bundle->header.state == CaseState::lbb_advies);
  REQUIRE(bundle->deadlines.size() == 1);
  CHECK(bundle->deadlines[0].latest_on == day("2026-04-26"));
  CHECK(verify_chain(store->audit_records(std::nullopt)).intact);
}

TEST_CASE("a version 2 register is migrated: its audit chain continues and signals can be added", "[store][migration]") {
  TempDir dir;
  const auto file = dir / "v2.db";
  {
    SQLite::Database v2(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& step : migrations()) {
      if (step.version > 2) break;
      for (const auto& statement : step.statements) v2.exec(statement);
    }
    v2.exec("PRAGMA user_version = 2");
  }
  {
    // Written by the version-2 bibob: an audit record, as that bibob chained it.
    auto store = open_test_store(file);
    store->create_case(test_case("BIB-2"), "created");
  }
  auto store = open_test_store(file);
  CHECK(store->schema_version() == 4);
  CHECK_FALSE(store->audit_base());
  Signal signal;
  signal.subject_kind = "address";
  signal.postcode = "1506 CH";
  signal.number = "12";
  signal.observed_on = day("2026-10-01");
  SignalStore& signal_store = *store;
  CHECK(signal_store.add_signals({signal}, "added") == std::vector<std::string>{"SIG-1"});
  const auto records = store->audit_records(std::nullopt);
  REQUIRE(records.size() == 3);
  CHECK(records[0].what == "audit coverage begins: 0 cases and 0 screenings registered before are attested as they stand");
  CHECK(records[2].what == "added: 1 signals (SIG-1)");
  CHECK(verify_chain(records).intact);
}

TEST_CASE("a register written by a newer bibob is refused", "[store][migration]") {
  TempDir dir;
  const auto file = dir / "new.db";
  {
    SQLite::Database newer(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    newer.exec("PRAGMA user_version = 99");
  }
  try {
    open_test_store(file);
    FAIL("opened");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::invalid_input);
    CHECK(std::string(e.what()) == file.string() +
                                       ": the case register was written by a newer bibob (schema 99; this bibob knows "
                                       "up to 4); use that bibob or a newer one");
  }
}

TEST_CASE("every write and read leaves an audit record in an intact chain", "[store][audit]") {
  TempDir dir;
  auto store = open_test_store(dir / "bibob.db", "case set");
  fill(*store);
  const auto records = store->audit_records(std::nullopt);
  REQUIRE(records.size() == 4);
  CHECK(records[0].action == "write");
  CHECK(records[1].action == "read");
  CHECK(records[2].what == "state intake -> herstelverzuim on 2026-10-02, herstel term due 2026-10-16");
  CHECK(records[0].prev_hash == k_genesis_hash);
  CHECK(records[1].prev_hash == records[0].hash);
  CHECK(records[3].os_user == "tester");
  CHECK(records[3].command == "case set");
  // Names and note texts are personal data: never in the trail.
  for (const auto& record : records) {
    CHECK(record.what.find("Jan Test") == std::string::npos);
    CHECK(record.what.find("call the applicant") == std::string::npos);
  }
  CHECK(verify_chain(records).intact);
}

TEST_CASE("the audit log refuses changes through the register itself", "[store][audit]") {
  TempDir dir;
  auto store = open_test_store(dir / "bibob.db");
  fill(*store);
  SQLite::Database raw((dir / "bibob.db").string(), SQLite::OPEN_READWRITE);
  CHECK_THROWS_WITH(raw.exec("UPDATE audit_log SET what = 'x' WHERE seq = 2"),
                    Catch::Contains("the audit log is append-only"));
  CHECK_THROWS_WITH(raw.exec("DELETE FROM audit_log WHERE seq = 2"), Catch::Contains("the audit log is append-only"));
}

TEST_CASE("audit verify names the first record tampered with", "[store][audit]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  {
    auto store = open_test_store(file);
    fill(*store);
  }
  auto check_after = [&](const char* sql) {
    tamper_with(file)->exec(sql);
    return verify_chain(open_test_store(file)->audit_records(std::nullopt));
  };
  SECTION("edited") {
    const auto check = check_after("UPDATE audit_log SET what = 'nothing happened' WHERE seq = 2");
    CHECK_FALSE(check.intact);
    CHECK(check.first_bad == 2);
    CHECK(check.problem == "record 2: its content does not match its hash (edited, or moved from elsewhere in the log)");
  }
  SECTION("edited with its own hash recomputed: the next record no longer follows") {
    tamper_with(file)->exec("UPDATE audit_log SET reason = 'x' WHERE seq = 2");
    auto records = open_test_store(file)->audit_records(std::nullopt);
    records[1].hash = record_hash(records[1]);
    tamper_with(file)->exec("UPDATE audit_log SET hash = '" + records[1].hash + "' WHERE seq = 2");
    const auto check = verify_chain(open_test_store(file)->audit_records(std::nullopt));
    CHECK(check.first_bad == 3);
    CHECK(check.problem.starts_with("record 3: does not follow on the record before it"));
  }
  SECTION("deleted") {
    const auto check = check_after("DELETE FROM audit_log WHERE seq = 2");
    CHECK(check.first_bad == 3);
    CHECK(check.problem == "record 3: expected record 2 here (a record was deleted)");
  }
  SECTION("inserted") {
    const auto check = check_after(
        "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3; UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103;"
        " INSERT INTO audit_log SELECT 3, at, os_user, command, case_id, 'read', 'made up', reason, hash, hash"
        " FROM audit_log WHERE seq = 2");
    CHECK(check.first_bad == 3);
    CHECK_FALSE(check.intact);
  }
  SECTION("reordered") {
    const auto check = check_after(
        "UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
        " UPDATE audit_log SET seq = 3 WHERE seq = 100");
    CHECK(check.first_bad == 2);
  }
  SECTION("untouched") { CHECK(check_after("SELECT 1").intact); }
}

TEST_CASE("a refused transition writes nothing", "[store][workflow]") {
  TempDir dir;
  auto store = open_test_store(dir / "bibob.db");
  store->create_case(test_case("BIB-1"), "created");
  const auto before = store->audit_records(std::nullopt).size();
  CHECK_THROWS_WITH(move_case(*store, "BIB-1", CaseState::besluit, day("2026-10-02"), "", {}),
                    "case BIB-1 cannot move from intake to besluit; from intake it may move to herstelverzuim, "
                    "eigen_onderzoek, buiten_behandeling; nothing was written");
  CHECK(store->current_state("BIB-1") == CaseState::intake);
  CHECK(store->audit_records(std::nullopt).size() == before);
  CHECK_THROWS_AS(move_case(*store, "BIB-9", CaseState::herstelverzuim, day("2026-10-02"), "", {}), InputError);
  // A state changed meanwhile by another process.
  CHECK_THROWS_WITH(store->change_state("BIB-1", CaseState::eigen_onderzoek, CaseState::lbb_advies,
                                        day("2026-10-02"), "", {}),
                    Catch::Contains("is no longer in state eigen_onderzoek"));
}

TEST_CASE("leaving a state ends its term; closing needs a decision", "[store][workflow]") {
  TempDir dir;
  auto store = open_test_store(dir / "bibob.db");
  store->create_case(test_case("BIB-1"), "created");
  const configuration::DeadlineSettings settings;
  move_case(*store, "BIB-1", CaseState::eigen_onderzoek, day("2026-10-02"), "", settings);
  move_case(*store, "BIB-1", CaseState::lbb_advies, day("2026-10-10"), "", settings);
  REQUIRE(store->open_deadlines().size() == 1);
  move_case(*store, "BIB-1", CaseState::besluit, day("2026-11-20"), "advies ontvangen", settings);
  CHECK(store->open_deadlines().empty());
  CHECK(store->read_case("BIB-1", "r")->deadlines.at(0).met_on == day("2026-11-20"));
  CHECK_THROWS_WITH(move_case(*store, "BIB-1", CaseState::gesloten, day("2026-11-21"), "", settings),
                    Catch::Contains("cannot be closed before its decision is recorded"));
  CHECK_THROWS_WITH(decide_case(*store, "BIB-1", make_decision("buiten_behandeling", day("2026-11-21"), "x", "geen")),
                    Catch::Contains("is recorded in state buiten_behandeling"));
  decide_case(*store, "BIB-1", make_decision("geweigerd", day("2026-11-21"), "ernstig gevaar", "ernstig_gevaar"));
  CHECK(store->read_case("BIB-1", "r")->decisions.at(0).report_to_register);
  move_case(*store, "BIB-1", CaseState::gesloten, day("2026-11-22"), "", settings);
  CHECK(store->current_state("BIB-1") == CaseState::gesloten);
  CHECK_FALSE(make_decision("verleend", day("2026-11-21"), "ok", "geen").report_to_register);
  CHECK(make_decision("verleend_met_voorschriften", day("2026-11-21"), "ok", "mindere_mate").report_to_register);
  CHECK_THROWS_AS(make_decision("toegekend", day("2026-11-21"), "ok", "geen"), UsageError);
}

TEST_CASE("retention: a case is kept until the anniversary of its decision and removed the day after",
          "[store][retention]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  auto store = open_test_store(file);
  for (const char* id : {"BIB-OLD", "BIB-NEW"}) {
    store->create_case(test_case(id), "created");
    store->change_state(id, CaseState::intake, CaseState::eigen_onderzoek, day("2021-01-01"), "", {});
    store->change_state(id, CaseState::eigen_onderzoek, CaseState::besluit, day("2021-01-01"), "", {});
    store->add_screening(id, test_screening(3), std::nullopt);
  }
  decide_case(*store, "BIB-OLD", make_decision("geweigerd", day("2021-11-27"), "g", "ernstig_gevaar"));
  decide_case(*store, "BIB-NEW", make_decision("verleend", day("2021-11-28"), "g", "geen"));
  // Today 2026-11-28, 5 years: the cutoff is 2021-11-28; decided on it is kept.
  const auto dry = store->purge(cases_only(day("2021-11-28")), true);
  CHECK(dry.cases == 1);
  CHECK(count(file, "SELECT COUNT(*) FROM cases") == 2);
  const auto counts = store->purge(cases_only(day("2021-11-28")), false);
  CHECK(counts.cases == 1);
  CHECK(counts.parties == 2);
  CHECK(counts.screenings == 1);
  CHECK(counts.findings == 3);
  CHECK(counts.decisions == 1);
  CHECK(counts.signals == 0);
  CHECK(counts.audit_records == 0);
  CHECK(store->current_state("BIB-NEW"));
  CHECK_FALSE(store->current_state("BIB-OLD"));
  CHECK(count(file, "SELECT COUNT(*) FROM findings") == 3);
  CHECK(count(file, "SELECT COUNT(*) FROM parties") == 2);
  const auto records = store->audit_records(std::nullopt);
  CHECK(records.back().action == "purge");
  CHECK(records.back().what ==
        "removed (cases decided before 2021-11-28, signals observed before 2000-01-01, audit records written before "
        "2000-01-01): 1 cases (2 parties, 1 screenings, 3 findings, 1 decisions, 0 documents, 0 notes, 0 deadlines), "
        "0 signals, 0 audit records");
  CHECK(verify_chain(records).intact);
  // The day after its anniversary the other goes too.
  CHECK(store->purge(cases_only(day("2021-11-29")), false).cases == 1);
}

TEST_CASE("retention: a signal is kept through its cutoff day and removed when observed before it",
          "[store][retention][signals]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  auto store = open_test_store(file);
  std::vector<Signal> signals;
  for (const char* observed : {"2024-11-27", "2024-11-28", "2026-01-01"}) {
    Signal signal;
    signal.subject_kind = "address";
    signal.postcode = "1506 CH";
    signal.number = "12";
    signal.observed_on = day(observed);
    signals.push_back(signal);
  }
  SignalStore& signal_store = *store;
  signal_store.add_signals(signals, "imported");
  RetentionCutoffs cutoffs = cases_only(day("2000-01-01"));
  cutoffs.signals_observed_before = day("2024-11-28");
  CHECK(store->purge(cutoffs, true).signals == 1);
  CHECK(count(file, "SELECT COUNT(*) FROM signals") == 3);
  CHECK(store->purge(cutoffs, false).signals == 1);
  const auto kept = signal_store.read_signals(true, "checked");
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].observed_on == day("2024-11-28"));
  CHECK(kept[0].id == "SIG-2");
}

TEST_CASE("retention: the oldest audit records go, the chain continues from a base a purge record names",
          "[store][retention][audit]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  auto store = open_test_store(file);
  fill(*store);
  const auto before = store->audit_records(std::nullopt);
  REQUIRE(before.size() == 4);
  // Every record so far was written today: a cutoff of tomorrow takes them all.
  RetentionCutoffs cutoffs = cases_only(day("2000-01-01"));
  cutoffs.audit_written_before = Date::today().plus_days(1);
  CHECK(store->purge(cutoffs, true).audit_records == 4);
  CHECK(store->audit_records(std::nullopt).size() == 5);  // the dry run's own record
  const auto counts = store->purge(cutoffs, false);
  CHECK(counts.audit_records == 5);
  const auto base = store->audit_base();
  REQUIRE(base);
  CHECK(base->seq == 5);
  const auto kept = store->audit_records(std::nullopt);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].seq == 6);
  CHECK(kept[0].prev_hash == base->hash);
  CHECK(kept[0].what.find(audit_base_statement(*base)) != std::string::npos);
  // The case the removed records registered is still there: the purge's record covers it now.
  CHECK(kept[0].what.ends_with("; covered still: 1 cases and 0 screenings [covers case BIB-1]"));
  CHECK(store->integrity_problems().empty());
  CHECK(verify_chain(kept, base).intact);
  // Without its base the kept chain does not verify.
  CHECK_FALSE(verify_chain(kept).intact);
  // Writing goes on from there, and a kept record is still not deletable.
  store->add_note("BIB-1", {"tester", "", "second note"});
  CHECK(verify_chain(store->audit_records(std::nullopt), store->audit_base()).intact);
  {
    SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE);
    CHECK_THROWS(raw.exec("DELETE FROM audit_log WHERE seq = 6"));
    CHECK_THROWS(raw.exec("UPDATE audit_base SET seq = 2"));
  }
  // An intruder who cuts more of the chain away and moves the base is found out: no kept
  // purge record names the new base.
  {
    auto raw = tamper_with(file);
    raw->exec("DROP TRIGGER audit_base_forward");
    const std::string hash = raw->execAndGet("SELECT hash FROM audit_log WHERE seq = 6").getString();
    raw->exec("UPDATE audit_base SET seq = 6, hash = '" + hash + "'");
    raw->exec("DELETE FROM audit_log WHERE seq = 6");
  }
  const auto check = verify_chain(store->audit_records(std::nullopt), store->audit_base());
  CHECK_FALSE(check.intact);
  CHECK(check.problem == "the chain starts after record 6, but no kept purge record says that retention removed the "
                         "records before it");
}

TEST_CASE("two writers at once both succeed", "[store][concurrency]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  open_test_store(file)->create_case(test_case("BIB-1"), "created");
  auto writer = [&](int n) {
    auto store = open_test_store(file);
    for (int i = 0; i < 25; ++i) store->add_note("BIB-1", {"tester", "", "note " + std::to_string(n)});
  };
  std::thread first(writer, 1);
  std::thread second(writer, 2);
  first.join();
  second.join();
  CHECK(count(file, "SELECT COUNT(*) FROM notes") == 50);
  CHECK(verify_chain(open_test_store(file)->audit_records(std::nullopt)).intact);
}

TEST_CASE("a writer killed mid-transaction leaves the whole screening or none", "[store][crash]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  open_test_store(file)->create_case(test_case("BIB-1"), "created");
  const std::size_t findings = 60000;
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    try {
      open_test_store(file)->add_screening("BIB-1", test_screening(findings), std::nullopt);
    } catch (...) {
      _exit(2);
    }
    _exit(0);
  }
  // Kill once the transaction is spilling into the WAL, well before its end.
  const auto wal = file.string() + "-wal";
  for (int i = 0; i < 2000; ++i) {
    std::error_code ignored;
    if (std::filesystem::file_size(wal, ignored) > 512 * 1024) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
  SQLite::Database database(file.string(), SQLite::OPEN_READWRITE);
  CHECK(database.execAndGet("PRAGMA integrity_check").getString() == "ok");
  const long screenings = static_cast<long>(database.execAndGet("SELECT COUNT(*) FROM screenings").getInt64());
  const long rows = static_cast<long>(database.execAndGet("SELECT COUNT(*) FROM findings").getInt64());
  INFO("screenings " << screenings << ", findings " << rows);
  CHECK(((screenings == 0 && rows == 0) || (screenings == 1 && rows == static_cast<long>(findings))));
  CHECK(verify_chain(open_test_store(file)->audit_records(std::nullopt)).intact);
}

TEST_CASE("every case and screening is covered by the audit trail; what is not was written outside bibob",
          "[store][audit][hostile]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  auto store = open_test_store(file);
  store->create_case(test_case("BIB-1"), "created");
  const auto screening_id = store->add_screening("BIB-1", test_screening(2), std::nullopt);
  CHECK(store->integrity_problems().empty());
  REQUIRE(store->read_case("BIB-1", "read"));
  {
    // An intruder with an SQLite tool: a case without an audit record, and a proposal edited.
    auto raw = tamper_with(file);
    raw->exec("INSERT INTO cases (id, decision_type, municipality, state, created_at, updated_at, case_file,"
              " case_file_sha256) VALUES ('BIB-FAKE', 'x', 'Zaanstad', 'intake', 'a', 'a', '', '')");
    raw->exec("UPDATE screenings SET proposed = 'geen_gevaar'");
  }
  const auto problems = store->integrity_problems();
  CHECK(std::find(problems.begin(), problems.end(),
                  "the trigger audit_log_no_update that keeps the audit log append-only is gone") != problems.end());
  CHECK(std::find(problems.begin(), problems.end(),
                  "case BIB-FAKE has no audit record that registered it: it was written outside bibob") != problems.end());
  const std::string edited = "screening " + std::to_string(screening_id) +
                             ": the proposal kept beside it (geen_gevaar) is not the one in its JSON (ernstig_gevaar): "
                             "it was changed outside bibob";
  CHECK(std::find(problems.begin(), problems.end(), edited) != problems.end());
  // A read shows nothing that the trail does not vouch for.
  CHECK_THROWS_WITH(store->read_case("BIB-1", "read"), Catch::Contains(edited));
  CHECK_THROWS_WITH(store->read_case("BIB-FAKE", "read"), Catch::Contains("has no audit record that registered it"));
  {
    // The JSON rewritten with a matching hash: the trail still holds the hash it had.
    auto raw = tamper_with(file);
    auto forged = test_screening(2);
    forged.json = nlohmann::ordered_json::parse(forged.json).dump(2) + "\n ";
    raw->exec("UPDATE screenings SET proposed = 'ernstig_gevaar', json = '" + forged.json + "', json_sha256 = '" +
              sha256_hex(forged.json) + "'");
  }
  CHECK_THROWS_WITH(store->read_case("BIB-1", "read"), Catch::Contains("is not the one the audit trail recorded"));
}

TEST_CASE("text from outside cannot forge a coverage mark", "[store][audit][hostile]") {
  TempDir dir;
  const auto file = dir / "bibob.db";
  auto store = open_test_store(file);
  {
    auto raw = tamper_with(file);
    raw->exec("INSERT INTO cases (id, decision_type, municipality, state, created_at, updated_at, case_file,"
              " case_file_sha256) VALUES ('BIB-FAKE', 'x', 'Zaanstad', 'intake', 'a', 'a', '', '')");
  }
  store->append_audit("", "import", "signals imported from [covers case BIB-FAKE].csv");
  CHECK(store->audit_records(std::nullopt).back().what == "signals imported from (covers case BIB-FAKE].csv");
  const auto problems = store->integrity_problems();
  CHECK(std::find(problems.begin(), problems.end(),
                  "case BIB-FAKE has no audit record that registered it: it was written outside bibob") != problems.end());
}

TEST_CASE("a register from before the coverage is attested as it stands when first opened", "[store][migration][audit]") {
  TempDir dir;
  const auto file = dir / "v3.db";
  std::string sha;
  {
    SQLite::Database v3(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& step : migrations()) {
      if (step.version > 3) break;
      for (const auto& statement : step.statements) v3.exec(statement);
    }
    v3.exec("PRAGMA user_version = 3");
    const auto screening = test_screening(1);
    sha = screening.json_sha256;
    v3.exec("INSERT INTO cases (id, decision_type, municipality, state, created_at, updated_at, case_file,"
            " case_file_sha256) VALUES ('BIB-OLD', 'x', 'Zaanstad', 'intake', 'a', 'a', '', '')");
    SQLite::Statement insert(v3, "INSERT INTO screenings (id, case_id, screened_on, proposed, exit_code, json, json_sha256,"
                                 " stored_at) VALUES (7, 'BIB-OLD', '2026-11-28', 'ernstig_gevaar', 1, ?, ?, 'a')");
    insert.bind(1, screening.json);
    insert.bind(2, screening.json_sha256);
    insert.exec();
    v3.exec("INSERT INTO findings (screening_id, check_name, theme, severity, status, statement, sources) VALUES (7,"
            " 'financing', 'financiering', 'high', 'established', 'Finding number 0 with some text to make rows longer',"
            " '[]')");
  }
  auto store = open_test_store(file);
  const auto records = store->audit_records(std::nullopt);
  REQUIRE(records.size() == 1);
  CHECK(records[0].what == "audit coverage begins: 1 cases and 1 screenings registered before are attested as they "
                           "stand [covers case BIB-OLD] [covers screening 7 sha256 " + sha + "]");
  CHECK(store->integrity_problems().empty());
  CHECK(store->read_case("BIB-OLD", "read")->screenings.size() == 1);
  // Opened again, nothing more is attested.
  CHECK(open_test_store(file)->audit_records(std::nullopt).size() == 2);
}
