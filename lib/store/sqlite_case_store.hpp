#pragma once

#include <chrono>
#include <filesystem>
#include <memory>

#include "store/audit_coverage.hpp"
#include "store/case_store.hpp"
#include "store/signal_store.hpp"

namespace SQLite {
class Database;
}

namespace bibob::store {

// The case register in one SQLite file, with the signals register beside the cases: WAL
// (readers never wait for a writer), a busy timeout so that processes share it, every write
// an IMMEDIATE transaction that includes its audit record, foreign keys on so that removing a
// case removes all it holds. One class for both interfaces, because signals share the cases'
// connection, transactions and audit chain.
// Its methods live by concern: opening and the schema here (sqlite_case_store.cpp), cases
// with their terms (sqlite_cases.cpp), screenings and documents (sqlite_screenings.cpp),
// signals (sqlite_signals.cpp), retention (sqlite_retention.cpp), the audit trail
// (sqlite_audit.cpp).
class SqliteCaseStore final : public CaseStore, public SignalStore {
 public:
  SqliteCaseStore(const std::filesystem::path& database, AuditActor actor,
                  std::chrono::milliseconds busy_timeout = std::chrono::seconds(10));
  ~SqliteCaseStore() override;

  std::string location() const override { return m_path.string(); }
  int schema_version() const override;

  // Cases, their state and terms.
  std::optional<CaseState> current_state(const std::string& case_id) override;
  void create_case(const CaseBundle& bundle, const std::string& what) override;
  void replace_case_file(const CaseRecord& header, const std::vector<PartyRecord>& parties) override;
  std::optional<CaseBundle> read_case(const std::string& case_id, const std::string& what) override;
  std::vector<CaseRecord> list_cases() override;
  std::vector<DecidedCase> decided_cases(const std::string& why) override;
  void change_state(const std::string& case_id, CaseState from, CaseState to, const Date& on, const std::string& note,
                    const std::vector<Deadline>& opened) override;
  void record_decision(const std::string& case_id, const DecisionRecord& decision) override;
  void add_note(const std::string& case_id, const NoteRecord& note) override;
  std::vector<DueDeadline> open_deadlines() override;

  // Screenings and documents.
  std::int64_t add_screening(const std::string& case_id, const ScreeningRecord& screening,
                             const std::optional<CaseBundle>& import_if_absent) override;
  void add_document(const std::string& case_id, const DocumentRecord& document) override;

  // Signals.
  std::vector<std::string> add_signals(const std::vector<Signal>& signals, const std::string& what) override;
  std::vector<Signal> read_signals(bool include_retracted, const std::string& why) override;
  std::optional<Signal> read_signal(const std::string& id) override;
  bool retract_signal(const std::string& id, const std::string& reason) override;

  // Retention.
  PurgeCounts purge(const RetentionCutoffs& cutoffs, bool dry_run) override;

  // The audit trail.
  void append_audit(const std::string& case_id, const std::string& action, const std::string& what) override;
  std::vector<AuditRecord> audit_records(const std::optional<std::string>& case_id) override;
  std::optional<AuditBase> audit_base() override;
  std::vector<std::string> integrity_problems() override;

 private:
  // Opening.
  void attest_existing();

  // Cases.
  // The screenings it inserted, for the coverage marks of the record that registers them.
  std::vector<CoveredScreening> insert_case(const CaseBundle& bundle);
  void insert_parties(const std::string& case_id, const std::vector<PartyRecord>& parties);
  void insert_deadline(const std::string& case_id, const Deadline& deadline);

  // Screenings.
  std::int64_t insert_screening(const std::string& case_id, const ScreeningRecord& screening);
  std::vector<ScreeningRecord> read_screenings(const std::optional<std::string>& case_id);

  // The audit trail.
  std::optional<AuditBase> read_audit_base();
  // marks: coverage_marks() of what the record brings into the register.
  void append(const std::string& case_id, const std::string& action, const std::string& what,
              const std::string& marks = {});
  // What the kept audit records say of one case (or, with none, of all): for reads and verify.
  Coverage read_coverage(const std::optional<std::string>& case_id);
  // Why a stored case or screening cannot be trusted, or nothing.
  std::optional<std::string> screening_untrusted(const ScreeningRecord& screening, const Coverage& coverage) const;

  std::filesystem::path m_path;
  AuditActor m_actor;
  std::unique_ptr<SQLite::Database> m_database;
};

}  // namespace bibob::store
