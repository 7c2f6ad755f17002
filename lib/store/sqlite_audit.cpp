// The audit trail in the register: the chained record each read and write appends, the records
// and base for `audit` and verify, and what the trail vouches for (the coverage of every case
// and screening, the triggers that keep the log append-only).
#include <SQLiteCpp/SQLiteCpp.h>

#include "store/screening_integrity.hpp"
#include "store/sqlite_case_store.hpp"
#include "store/sqlite_errors.hpp"
#include "util/clock.hpp"

namespace bibob::store {
namespace {

AuditRecord read_audit(SQLite::Statement& row) {
  AuditRecord record;
  record.seq = row.getColumn("seq").getInt64();
  record.at = row.getColumn("at").getString();
  record.os_user = row.getColumn("os_user").getString();
  record.command = row.getColumn("command").getString();
  record.case_id = row.getColumn("case_id").getString();
  record.action = row.getColumn("action").getString();
  record.what = row.getColumn("what").getString();
  record.reason = row.getColumn("reason").getString();
  record.prev_hash = row.getColumn("prev_hash").getString();
  record.hash = row.getColumn("hash").getString();
  return record;
}

}  // namespace

void SqliteCaseStore::append(const std::string& case_id, const std::string& action, const std::string& what,
                             const std::string& marks) {
  AuditRecord record;
  SQLite::Statement last(*m_database, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (last.executeStep()) {
    record.seq = last.getColumn(0).getInt64() + 1;
    record.prev_hash = last.getColumn(1).getString();
  } else if (const auto base = read_audit_base()) {
    record.seq = base->seq + 1;
    record.prev_hash = base->hash;
  } else {
    record.seq = 1;
    record.prev_hash = k_genesis_hash;
  }
  record.at = clock::utc_now_iso();
  record.os_user = m_actor.os_user;
  record.command = m_actor.command;
  record.case_id = case_id;
  record.action = action;
  // Only the store writes coverage marks: text from elsewhere (a file name) cannot forge one.
  record.what = neutralise_coverage_marks(what) + marks;
  record.reason = m_actor.reason;
  record.hash = record_hash(record);
  SQLite::Statement insert(*m_database,
                           "INSERT INTO audit_log (seq, at, os_user, command, case_id, action, what, reason, prev_hash,"
                           " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, record.seq);
  insert.bind(2, record.at);
  insert.bind(3, record.os_user);
  insert.bind(4, record.command);
  insert.bind(5, record.case_id);
  insert.bind(6, record.action);
  insert.bind(7, record.what);
  insert.bind(8, record.reason);
  insert.bind(9, record.prev_hash);
  insert.bind(10, record.hash);
  insert.exec();
}

std::optional<AuditBase> SqliteCaseStore::read_audit_base() {
  SQLite::Statement query(*m_database, "SELECT seq, hash FROM audit_base");
  if (!query.executeStep()) return std::nullopt;
  return AuditBase{query.getColumn(0).getInt64(), query.getColumn(1).getString()};
}

void SqliteCaseStore::append_audit(const std::string& case_id, const std::string& action, const std::string& what) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    append(case_id, action, what);
    transaction.commit();
  });
}

std::vector<AuditRecord> SqliteCaseStore::audit_records(const std::optional<std::string>& case_id) {
  return guarded(m_path, [&] {
    SQLite::Statement query(*m_database, case_id ? "SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq"
                                                 : "SELECT * FROM audit_log ORDER BY seq");
    if (case_id) query.bind(1, *case_id);
    std::vector<AuditRecord> out;
    while (query.executeStep()) out.push_back(read_audit(query));
    return out;
  });
}

std::optional<AuditBase> SqliteCaseStore::audit_base() {
  return guarded(m_path, [&] { return read_audit_base(); });
}

Coverage SqliteCaseStore::read_coverage(const std::optional<std::string>& case_id) {
  // A case's own records, and those about no one case that cover (purges, the attestation).
  SQLite::Statement query(*m_database, case_id ? "SELECT what FROM audit_log WHERE case_id = ?"
                                                 " OR (case_id = '' AND what LIKE '%[covers %')"
                                               : "SELECT what FROM audit_log");
  if (case_id) query.bind(1, *case_id);
  Coverage coverage;
  while (query.executeStep()) coverage.add(query.getColumn(0).getString());
  return coverage;
}

std::optional<std::string> SqliteCaseStore::screening_untrusted(const ScreeningRecord& screening,
                                                                const Coverage& coverage) const {
  const std::string label = "screening " + std::to_string(screening.id);
  const auto covered = coverage.screenings.find(screening.id);
  if (covered == coverage.screenings.end()) {
    return label + " has no audit record that stored it: it was written outside bibob";
  }
  if (covered->second != screening.json_sha256) {
    return label + " is not the one the audit trail recorded (sha256 " + covered->second.substr(0, 12) + ", now " +
           screening.json_sha256.substr(0, 12) + "): it was changed outside bibob";
  }
  if (auto problem = screening_problem(screening)) return *problem + ": it was changed outside bibob";
  return std::nullopt;
}

std::vector<std::string> SqliteCaseStore::integrity_problems() {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database);  // one consistent view of the register
    const Coverage coverage = read_coverage(std::nullopt);
    std::vector<std::string> problems;
    // Without its triggers the log is append-only in name only.
    for (const char* trigger : {"audit_log_no_update", "audit_log_no_delete", "audit_base_forward", "audit_base_kept"}) {
      SQLite::Statement present(*m_database, "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?");
      present.bind(1, trigger);
      if (!present.executeStep()) {
        problems.push_back(std::string("the trigger ") + trigger + " that keeps the audit log append-only is gone");
      }
    }
    SQLite::Statement cases(*m_database, "SELECT id FROM cases ORDER BY id");
    while (cases.executeStep()) {
      const std::string id = cases.getColumn(0).getString();
      if (!coverage.cases.contains(id)) {
        problems.push_back("case " + id + " has no audit record that registered it: it was written outside bibob");
      }
    }
    for (const auto& screening : read_screenings(std::nullopt)) {
      if (auto problem = screening_untrusted(screening, coverage)) problems.push_back(*problem);
    }
    // A check of hashes shows no case data: it leaves no record, so that verifying changes nothing.
    transaction.commit();
    return problems;
  });
}

}  // namespace bibob::store
