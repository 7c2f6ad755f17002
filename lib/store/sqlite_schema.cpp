#include "store/sqlite_schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "util/errors.hpp"

namespace bibob::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> steps = {
      {1,
       "cases, parties, states, deadlines, screenings, findings, decisions, documents, notes, audit log",
       {
           "CREATE TABLE cases (id TEXT PRIMARY KEY, decision_type TEXT NOT NULL, municipality TEXT NOT NULL,"
           " state TEXT NOT NULL, received_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
           " case_file TEXT NOT NULL, case_file_sha256 TEXT NOT NULL)",
           "CREATE TABLE parties (case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
           " party_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (case_id, party_id))",
           "CREATE TABLE state_changes (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id)"
           " ON DELETE CASCADE, from_state TEXT NOT NULL, to_state TEXT NOT NULL, on_date TEXT NOT NULL,"
           " at TEXT NOT NULL, note TEXT NOT NULL)",
           "CREATE TABLE deadlines (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id)"
           " ON DELETE CASCADE, kind TEXT NOT NULL, starts_on TEXT NOT NULL, due_on TEXT NOT NULL, met_on TEXT)",
           "CREATE TABLE screenings (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id)"
           " ON DELETE CASCADE, screened_on TEXT NOT NULL, proposed TEXT NOT NULL, exit_code INTEGER NOT NULL,"
           " json TEXT NOT NULL, json_sha256 TEXT NOT NULL, stored_at TEXT NOT NULL)",
           "CREATE TABLE findings (id INTEGER PRIMARY KEY, screening_id INTEGER NOT NULL REFERENCES screenings(id)"
           " ON DELETE CASCADE, check_name TEXT NOT NULL, theme TEXT NOT NULL, severity TEXT NOT NULL,"
           " status TEXT NOT NULL, statement TEXT NOT NULL, sources TEXT NOT NULL)",
           "CREATE TABLE decisions (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id)"
           " ON DELETE CASCADE, kind TEXT NOT NULL, decided_on TEXT NOT NULL, grounds TEXT NOT NULL,"
           " danger TEXT NOT NULL, report_to_register INTEGER NOT NULL, recorded_at TEXT NOT NULL)",
           "CREATE TABLE documents (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id)"
           " ON DELETE CASCADE, path TEXT NOT NULL, template TEXT NOT NULL, sha256 TEXT NOT NULL,"
           " created_at TEXT NOT NULL)",
           "CREATE TABLE notes (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id)"
           " ON DELETE CASCADE, author TEXT NOT NULL, written_at TEXT NOT NULL, text TEXT NOT NULL)",
           "CREATE INDEX findings_by_screening ON findings (screening_id)",
           "CREATE INDEX deadlines_open ON deadlines (met_on, due_on)",
           // Append-only: the register itself never changes or removes an audit record.
           "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, os_user TEXT NOT NULL,"
           " command TEXT NOT NULL, case_id TEXT NOT NULL, action TEXT NOT NULL, what TEXT NOT NULL,"
           " reason TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
           "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
           "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
       }},
      // The LBB may extend its term by at most 4 weeks: the latest date is kept beside the due date.
      {2,
       "deadlines.latest_on: the latest date an extension may reach",
       {"ALTER TABLE deadlines ADD COLUMN latest_on TEXT",
        "UPDATE deadlines SET latest_on = date(due_on, '+28 days') WHERE kind = 'lbb_advies'"}},
      // Signals join the register (audited like case data); retention may remove the oldest audit
      // records, and only those a recorded base already covers.
      {3,
       "signals; audit base for retention",
       {"CREATE TABLE signals (id INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL, postcode TEXT NOT NULL,"
        " number TEXT NOT NULL, kvk TEXT NOT NULL, name TEXT NOT NULL, birth_date TEXT NOT NULL,"
        " observed_on TEXT NOT NULL, category TEXT NOT NULL, observation TEXT NOT NULL, reporter_role TEXT NOT NULL,"
        " anonymous INTEGER NOT NULL, source_grade TEXT NOT NULL, information_grade TEXT NOT NULL,"
        " linked_id TEXT NOT NULL, link_status TEXT NOT NULL, recorded_at TEXT NOT NULL,"
        " retracted INTEGER NOT NULL DEFAULT 0, retract_reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX signals_by_observed_on ON signals (observed_on)",
        "CREATE TABLE audit_base (only INTEGER PRIMARY KEY CHECK (only = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL)",
        "CREATE TRIGGER audit_base_forward BEFORE UPDATE ON audit_base WHEN NEW.seq <= OLD.seq"
        " BEGIN SELECT RAISE(ABORT, 'the audit base only moves forward'); END",
        "CREATE TRIGGER audit_base_kept BEFORE DELETE ON audit_base"
        " BEGIN SELECT RAISE(ABORT, 'the audit base is kept'); END",
        "DROP TRIGGER audit_log_no_delete",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
        " WHEN OLD.seq > COALESCE((SELECT seq FROM audit_base), 0)"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"}},
      // The audit trail covers every case and screening by name (store/audit_coverage.hpp);
      // the store attests what an older register already holds when it first opens it at 4.
      {4,
       "audit records found by case, for the coverage of cases and screenings",
       {"CREATE INDEX audit_log_by_case ON audit_log (case_id)"}},
  };
  return steps;
}

int current_schema_version() { return migrations().back().version; }

void migrate(SQLite::Database& database, const std::string& label) {
  const int version = database.execAndGet("PRAGMA user_version").getInt();
  if (version > current_schema_version()) {
    throw InputError(label + ": the case register was written by a newer bibob (schema " + std::to_string(version) +
                     "; this bibob knows up to " + std::to_string(current_schema_version()) +
                     "); use that bibob or a newer one");
  }
  for (const auto& step : migrations()) {
    if (step.version <= version) continue;
    SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while this one waited for the lock.
    if (database.execAndGet("PRAGMA user_version").getInt() >= step.version) continue;
    for (const auto& statement : step.statements) database.exec(statement);
    database.exec("PRAGMA user_version = " + std::to_string(step.version));
    transaction.commit();
  }
}

}  // namespace bibob::store
