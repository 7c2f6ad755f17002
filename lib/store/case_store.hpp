#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "store/audit_record.hpp"
#include "store/records.hpp"

namespace bibob::store {

// The case register behind one interface: SQLite now, a region's shared PostgreSQL later.
// Every method that reads or writes case data appends an audit record, stamped with the actor,
// in the same transaction as the change; a multi-row write is whole or absent.
// Errors: bibob::InputError for what the caller asked wrongly (unknown case, state changed
// meanwhile), bibob::Error(internal) for a busy or broken database.
// The signals kept in the same register have their own interface (store/signal_store.hpp).
class CaseStore {
 public:
  virtual ~CaseStore() = default;

  virtual std::string location() const = 0;
  virtual int schema_version() const = 0;

  // Whether a case exists and its state; not audited (it reveals no case data).
  virtual std::optional<CaseState> current_state(const std::string& case_id) = 0;

  // A new case with its parties (and, when restoring an archive, everything else it holds).
  virtual void create_case(const CaseBundle& bundle, const std::string& what) = 0;
  // A newer case file for a case already registered; its parties are replaced.
  virtual void replace_case_file(const CaseRecord& header, const std::vector<PartyRecord>& parties) = 0;

  virtual std::optional<CaseBundle> read_case(const std::string& case_id, const std::string& what) = 0;
  virtual std::vector<CaseRecord> list_cases() = 0;
  // Every case with a decision, with its case file and latest decision; one audit record
  // says why they were read.
  virtual std::vector<DecidedCase> decided_cases(const std::string& why) = 0;

  // Moves the case from `from` to `to` (refused when the stored state is no longer `from`),
  // ends the running term of `from` and opens the given ones.
  virtual void change_state(const std::string& case_id, CaseState from, CaseState to, const Date& on,
                            const std::string& note, const std::vector<Deadline>& opened) = 0;
  virtual void record_decision(const std::string& case_id, const DecisionRecord& decision) = 0;
  virtual void add_note(const std::string& case_id, const NoteRecord& note) = 0;
  // Stores a screening with its findings; `import_if_absent` registers the case first.
  virtual std::int64_t add_screening(const std::string& case_id, const ScreeningRecord& screening,
                                     const std::optional<CaseBundle>& import_if_absent) = 0;
  virtual void add_document(const std::string& case_id, const DocumentRecord& document) = 0;

  // Terms not yet met, of every case, ordered by due date.
  virtual std::vector<DueDeadline> open_deadlines() = 0;

  // Everything past its retention: cases decided before their cutoff with all they hold,
  // signals observed before theirs, and the oldest audit records (the chain then continues
  // from the audit base). One transaction, or only counted for a dry run; one audit record
  // says what kind and how much, never the data.
  virtual PurgeCounts purge(const RetentionCutoffs& cutoffs, bool dry_run) = 0;

  // An audit record for an action done outside the store (an export, a generated document).
  virtual void append_audit(const std::string& case_id, const std::string& action, const std::string& what) = 0;
  virtual std::vector<AuditRecord> audit_records(const std::optional<std::string>& case_id) = 0;
  // The last record retention removed, from which the chain continues; none before a purge.
  virtual std::optional<AuditBase> audit_base() = 0;
  // What the audit chain does not vouch for: a case or screening no kept record covers (written
  // outside bibob), a screening changed since it was stored. Empty when everything is covered.
  virtual std::vector<std::string> integrity_problems() = 0;
};

// Where the register lives: store.database (or BIBOB_DB), else $XDG_DATA_HOME/bibob/bibob.db.
std::filesystem::path register_path(const configuration::Config& config);

// Opens (creating or migrating) the register for the actor.
std::unique_ptr<CaseStore> open_case_store(const configuration::Config& config, const AuditActor& actor);

}  // namespace bibob::store
