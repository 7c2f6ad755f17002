// Retention: what is past its cutoff is counted, and (unless a dry run) removed in the same
// transaction, with the audit chain's oldest records and a base from which the kept chain
// continues.
#include <SQLiteCpp/SQLiteCpp.h>

#include "store/sqlite_case_store.hpp"
#include "store/sqlite_errors.hpp"

namespace bibob::store {
namespace {

long count(SQLite::Database& database, const std::string& sql, const std::string& cutoff) {
  SQLite::Statement query(database, sql);
  query.bind(1, cutoff);
  query.executeStep();
  return static_cast<long>(query.getColumn(0).getInt64());
}

// Cases whose newest decision lies before the cutoff date.
constexpr const char* k_expired_cases =
    "SELECT case_id FROM decisions GROUP BY case_id HAVING MAX(decided_on) < ?1";

}  // namespace

PurgeCounts SqliteCaseStore::purge(const RetentionCutoffs& cutoffs, bool dry_run) {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string expired = std::string("(") + k_expired_cases + ")";
    const std::string c = cutoffs.cases_decided_before.iso();
    PurgeCounts counts;
    counts.cases = count(*m_database, "SELECT COUNT(*) FROM cases WHERE id IN " + expired, c);
    counts.parties = count(*m_database, "SELECT COUNT(*) FROM parties WHERE case_id IN " + expired, c);
    counts.screenings = count(*m_database, "SELECT COUNT(*) FROM screenings WHERE case_id IN " + expired, c);
    counts.findings = count(*m_database,
                            "SELECT COUNT(*) FROM findings WHERE screening_id IN (SELECT id FROM screenings WHERE"
                            " case_id IN " + expired + ")", c);
    counts.decisions = count(*m_database, "SELECT COUNT(*) FROM decisions WHERE case_id IN " + expired, c);
    counts.documents = count(*m_database, "SELECT COUNT(*) FROM documents WHERE case_id IN " + expired, c);
    counts.notes = count(*m_database, "SELECT COUNT(*) FROM notes WHERE case_id IN " + expired, c);
    counts.deadlines = count(*m_database, "SELECT COUNT(*) FROM deadlines WHERE case_id IN " + expired, c);
    const std::string s = cutoffs.signals_observed_before.iso();
    counts.signals = count(*m_database, "SELECT COUNT(*) FROM signals WHERE observed_on < ?1", s);
    // The oldest audit records: up to the last one written before the cutoff day, so that
    // what is kept is one unbroken chain continuing from the new base.
    std::optional<AuditBase> new_base;
    SQLite::Statement last_old(*m_database, "SELECT seq, hash FROM audit_log WHERE at < ? ORDER BY seq DESC LIMIT 1");
    last_old.bind(1, cutoffs.audit_written_before.iso());
    if (last_old.executeStep()) new_base = AuditBase{last_old.getColumn(0).getInt64(), last_old.getColumn(1).getString()};
    const auto old_base = read_audit_base();
    if (new_base) counts.audit_records = new_base->seq - (old_base ? old_base->seq : 0);
    const std::string scope = "cases decided before " + c + ", signals observed before " + s +
                              ", audit records written before " + cutoffs.audit_written_before.iso();
    if (dry_run) {
      append("", "read", "purge dry run (" + scope + "): would remove " + counts.describe());
    } else {
      SQLite::Statement remove_cases(*m_database, "DELETE FROM cases WHERE id IN " + expired);
      remove_cases.bind(1, c);
      remove_cases.exec();
      SQLite::Statement remove_signals(*m_database, "DELETE FROM signals WHERE observed_on < ?");
      remove_signals.bind(1, s);
      remove_signals.exec();
      std::string what = "removed (" + scope + "): " + counts.describe();
      std::string marks;
      if (new_base) {
        SQLite::Statement set_base(*m_database,
                                   "INSERT INTO audit_base (only, seq, hash) VALUES (1, ?, ?)"
                                   " ON CONFLICT (only) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
        set_base.bind(1, new_base->seq);
        set_base.bind(2, new_base->hash);
        set_base.exec();
        // What the removed records covered and the register keeps is covered again by this one.
        Coverage removed;
        SQLite::Statement old_records(*m_database, "SELECT what FROM audit_log WHERE seq <= ? AND what LIKE '%[covers %'");
        old_records.bind(1, new_base->seq);
        while (old_records.executeStep()) removed.add(old_records.getColumn(0).getString());
        std::vector<std::string> kept_cases;
        SQLite::Statement kept(*m_database, "SELECT 1 FROM cases WHERE id = ?");
        for (const auto& id : removed.cases) {
          kept.reset();
          kept.bind(1, id);
          if (kept.executeStep()) kept_cases.push_back(id);
        }
        std::vector<CoveredScreening> kept_screenings;
        SQLite::Statement kept_screening(*m_database, "SELECT 1 FROM screenings WHERE id = ?");
        for (const auto& [id, sha] : removed.screenings) {
          kept_screening.reset();
          kept_screening.bind(1, id);
          if (kept_screening.executeStep()) kept_screenings.push_back({id, sha});
        }
        SQLite::Statement remove_audit(*m_database, "DELETE FROM audit_log WHERE seq <= ?");
        remove_audit.bind(1, new_base->seq);
        remove_audit.exec();
        what += "; " + audit_base_statement(*new_base);
        if (!kept_cases.empty() || !kept_screenings.empty()) {
          what += "; covered still: " + std::to_string(kept_cases.size()) + " cases and " +
                  std::to_string(kept_screenings.size()) + " screenings";
          marks = coverage_marks(kept_cases, kept_screenings);
        }
      }
      append("", "purge", what, marks);
    }
    transaction.commit();
    return counts;
  });
}

std::string PurgeCounts::describe() const {
  return std::to_string(cases) + " cases (" + std::to_string(parties) + " parties, " + std::to_string(screenings) +
         " screenings, " + std::to_string(findings) + " findings, " + std::to_string(decisions) + " decisions, " +
         std::to_string(documents) + " documents, " + std::to_string(notes) + " notes, " + std::to_string(deadlines) +
         " deadlines), " + std::to_string(signals) + " signals, " + std::to_string(audit_records) + " audit records";
}

}  // namespace bibob::store
