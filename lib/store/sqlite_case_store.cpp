#include "store/sqlite_case_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "store/screening_integrity.hpp"
#include "store/sqlite_errors.hpp"
#include "store/sqlite_schema.hpp"
#include "util/clock.hpp"
#include "util/errors.hpp"
#include "util/private_files.hpp"

namespace bibob::store {
namespace {

Date date_of(const SQLite::Column& column) {
  const auto parsed = Date::parse(column.getString());
  if (!parsed) throw Error(ExitCode::internal, "the case register holds an invalid date \"" + column.getString() + "\"");
  return *parsed;
}

std::optional<Date> optional_date(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return date_of(column);
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<Date>& date) {
  if (date) {
    statement.bind(index, date->iso());
  } else {
    statement.bind(index);
  }
}

CaseRecord read_header(SQLite::Statement& row) {
  CaseRecord record;
  record.id = row.getColumn("id").getString();
  record.decision_type = row.getColumn("decision_type").getString();
  record.municipality = row.getColumn("municipality").getString();
  record.state = parse_case_state(row.getColumn("state").getString()).value_or(CaseState::intake);
  record.received_on = optional_date(row.getColumn("received_on"));
  record.created_at = row.getColumn("created_at").getString();
  record.updated_at = row.getColumn("updated_at").getString();
  record.case_file = row.getColumn("case_file").getString();
  record.case_file_sha256 = row.getColumn("case_file_sha256").getString();
  return record;
}

Deadline read_deadline(SQLite::Statement& row) {
  Deadline deadline;
  deadline.kind = row.getColumn("kind").getString();
  deadline.starts_on = date_of(row.getColumn("starts_on"));
  deadline.due_on = date_of(row.getColumn("due_on"));
  deadline.latest_on = optional_date(row.getColumn("latest_on"));
  deadline.met_on = optional_date(row.getColumn("met_on"));
  return deadline;
}

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

long count(SQLite::Database& database, const std::string& sql, const std::string& cutoff) {
  SQLite::Statement query(database, sql);
  query.bind(1, cutoff);
  query.executeStep();
  return static_cast<long>(query.getColumn(0).getInt64());
}

// Cases whose newest decision lies before the cutoff date.
constexpr const char* k_expired_cases =
    "SELECT case_id FROM decisions GROUP BY case_id HAVING MAX(decided_on) < ?1";

// The schema from which every case and screening is covered by name in the audit trail.
constexpr int k_coverage_schema = 4;

}  // namespace

SqliteCaseStore::SqliteCaseStore(const std::filesystem::path& database, AuditActor actor,
                                 std::chrono::milliseconds busy_timeout)
    : m_path(database), m_actor(std::move(actor)) {
  guarded(m_path, [&] {
    m_database = sqlite_database::open(database, busy_timeout);
    m_database->exec("PRAGMA synchronous=FULL");
    const int before = m_database->execAndGet("PRAGMA user_version").getInt();
    migrate(*m_database, database.string());
    if (before > 0 && before < k_coverage_schema) attest_existing();
  });
}

// A register from before the coverage marks: what it holds is attested as it stands, in one
// record, so that from now on anything added outside bibob shows.
void SqliteCaseStore::attest_existing() {
  SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
  std::vector<std::string> cases;
  SQLite::Statement case_ids(*m_database, "SELECT id FROM cases ORDER BY id");
  while (case_ids.executeStep()) cases.push_back(case_ids.getColumn(0).getString());
  std::vector<CoveredScreening> screenings;
  SQLite::Statement screening_rows(*m_database, "SELECT id, json_sha256 FROM screenings ORDER BY id");
  while (screening_rows.executeStep()) {
    screenings.push_back({screening_rows.getColumn(0).getInt64(), screening_rows.getColumn(1).getString()});
  }
  append("", "write",
         "audit coverage begins: " + std::to_string(cases.size()) + " cases and " + std::to_string(screenings.size()) +
             " screenings registered before are attested as they stand",
         coverage_marks(cases, screenings));
  transaction.commit();
}

SqliteCaseStore::~SqliteCaseStore() = default;

int SqliteCaseStore::schema_version() const { return m_database->execAndGet("PRAGMA user_version").getInt(); }

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

std::optional<CaseState> SqliteCaseStore::current_state(const std::string& case_id) {
  return guarded(m_path, [&]() -> std::optional<CaseState> {
    SQLite::Statement query(*m_database, "SELECT state FROM cases WHERE id = ?");
    query.bind(1, case_id);
    if (!query.executeStep()) return std::nullopt;
    return parse_case_state(query.getColumn(0).getString());
  });
}

void SqliteCaseStore::insert_parties(const std::string& case_id, const std::vector<PartyRecord>& parties) {
  SQLite::Statement insert(*m_database, "INSERT INTO parties (case_id, party_id, kind, name) VALUES (?, ?, ?, ?)");
  for (const auto& party : parties) {
    insert.reset();
    insert.bind(1, case_id);
    insert.bind(2, party.party_id);
    insert.bind(3, party.kind);
    insert.bind(4, party.name);
    insert.exec();
  }
}

void SqliteCaseStore::insert_deadline(const std::string& case_id, const Deadline& deadline) {
  SQLite::Statement insert(*m_database,
                           "INSERT INTO deadlines (case_id, kind, starts_on, due_on, latest_on, met_on)"
                           " VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, case_id);
  insert.bind(2, deadline.kind);
  insert.bind(3, deadline.starts_on.iso());
  insert.bind(4, deadline.due_on.iso());
  bind_optional(insert, 5, deadline.latest_on);
  bind_optional(insert, 6, deadline.met_on);
  insert.exec();
}

std::int64_t SqliteCaseStore::insert_screening(const std::string& case_id, const ScreeningRecord& screening) {
  // What the register keeps beside the JSON must say what the JSON says (an archive may lie).
  if (auto problem = screening_problem(screening)) throw InputError("case " + case_id + ": " + *problem);
  SQLite::Statement insert(*m_database,
                           "INSERT INTO screenings (case_id, screened_on, proposed, exit_code, json, json_sha256,"
                           " stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, case_id);
  insert.bind(2, screening.screened_on.iso());
  insert.bind(3, screening.proposed);
  insert.bind(4, screening.exit_code);
  insert.bind(5, screening.json);
  insert.bind(6, screening.json_sha256);
  insert.bind(7, screening.stored_at.empty() ? clock::utc_now_iso() : screening.stored_at);
  insert.exec();
  const std::int64_t id = m_database->getLastInsertRowid();
  SQLite::Statement finding(*m_database,
                            "INSERT INTO findings (screening_id, check_name, theme, severity, status, statement,"
                            " sources) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const auto& item : screening.findings) {
    finding.reset();
    finding.bind(1, id);
    finding.bind(2, item.check);
    finding.bind(3, item.theme);
    finding.bind(4, item.severity);
    finding.bind(5, item.status);
    finding.bind(6, item.statement);
    finding.bind(7, item.sources_json);
    finding.exec();
  }
  return id;
}

std::vector<CoveredScreening> SqliteCaseStore::insert_case(const CaseBundle& bundle) {
  const CaseRecord& header = bundle.header;
  const std::string now = clock::utc_now_iso();
  SQLite::Statement insert(*m_database,
                           "INSERT INTO cases (id, decision_type, municipality, state, received_on, created_at,"
                           " updated_at, case_file, case_file_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, header.id);
  insert.bind(2, header.decision_type);
  insert.bind(3, header.municipality);
  insert.bind(4, std::string(to_string(header.state)));
  bind_optional(insert, 5, header.received_on);
  insert.bind(6, header.created_at.empty() ? now : header.created_at);
  insert.bind(7, header.updated_at.empty() ? now : header.updated_at);
  insert.bind(8, header.case_file);
  insert.bind(9, header.case_file_sha256);
  insert.exec();
  insert_parties(header.id, bundle.parties);
  SQLite::Statement change(*m_database,
                           "INSERT INTO state_changes (case_id, from_state, to_state, on_date, at, note)"
                           " VALUES (?, ?, ?, ?, ?, ?)");
  for (const auto& step : bundle.history) {
    change.reset();
    change.bind(1, header.id);
    change.bind(2, step.from);
    change.bind(3, step.to);
    change.bind(4, step.on.iso());
    change.bind(5, step.at.empty() ? now : step.at);
    change.bind(6, step.note);
    change.exec();
  }
  for (const auto& deadline : bundle.deadlines) insert_deadline(header.id, deadline);
  std::vector<CoveredScreening> covered;
  for (const auto& screening : bundle.screenings) {
    covered.push_back({insert_screening(header.id, screening), screening.json_sha256});
  }
  for (const auto& decision : bundle.decisions) {
    SQLite::Statement row(*m_database,
                          "INSERT INTO decisions (case_id, kind, decided_on, grounds, danger, report_to_register,"
                          " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    row.bind(1, header.id);
    row.bind(2, decision.kind);
    row.bind(3, decision.decided_on.iso());
    row.bind(4, decision.grounds);
    row.bind(5, decision.danger);
    row.bind(6, decision.report_to_register ? 1 : 0);
    row.bind(7, decision.recorded_at.empty() ? now : decision.recorded_at);
    row.exec();
  }
  for (const auto& document : bundle.documents) {
    SQLite::Statement row(*m_database,
                          "INSERT INTO documents (case_id, path, template, sha256, created_at) VALUES (?, ?, ?, ?, ?)");
    row.bind(1, header.id);
    row.bind(2, document.path);
    row.bind(3, document.template_name);
    row.bind(4, document.sha256);
    row.bind(5, document.created_at);
    row.exec();
  }
  for (const auto& note : bundle.notes) {
    SQLite::Statement row(*m_database, "INSERT INTO notes (case_id, author, written_at, text) VALUES (?, ?, ?, ?)");
    row.bind(1, header.id);
    row.bind(2, note.author);
    row.bind(3, note.written_at);
    row.bind(4, note.text);
    row.exec();
  }
  return covered;
}

void SqliteCaseStore::create_case(const CaseBundle& bundle, const std::string& what) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement exists(*m_database, "SELECT 1 FROM cases WHERE id = ?");
    exists.bind(1, bundle.header.id);
    if (exists.executeStep()) throw InputError("case " + bundle.header.id + " is already in the register");
    const auto screenings = insert_case(bundle);
    append(bundle.header.id, "write", what, coverage_marks({bundle.header.id}, screenings));
    transaction.commit();
  });
}

void SqliteCaseStore::replace_case_file(const CaseRecord& header, const std::vector<PartyRecord>& parties) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement old(*m_database, "SELECT case_file_sha256 FROM cases WHERE id = ?");
    old.bind(1, header.id);
    if (!old.executeStep()) throw InputError("case " + header.id + " is not in the register");
    const std::string previous = old.getColumn(0).getString();
    SQLite::Statement update(*m_database,
                             "UPDATE cases SET decision_type = ?, municipality = ?, received_on = ?, case_file = ?,"
                             " case_file_sha256 = ?, updated_at = ? WHERE id = ?");
    update.bind(1, header.decision_type);
    update.bind(2, header.municipality);
    bind_optional(update, 3, header.received_on);
    update.bind(4, header.case_file);
    update.bind(5, header.case_file_sha256);
    update.bind(6, clock::utc_now_iso());
    update.bind(7, header.id);
    update.exec();
    SQLite::Statement remove(*m_database, "DELETE FROM parties WHERE case_id = ?");
    remove.bind(1, header.id);
    remove.exec();
    insert_parties(header.id, parties);
    append(header.id, "write",
           "case file replaced (sha256 " + previous.substr(0, 12) + " -> " + header.case_file_sha256.substr(0, 12) +
               ", " + std::to_string(parties.size()) + " parties)");
    transaction.commit();
  });
}

std::optional<CaseBundle> SqliteCaseStore::read_case(const std::string& case_id, const std::string& what) {
  return guarded(m_path, [&]() -> std::optional<CaseBundle> {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement header(*m_database, "SELECT * FROM cases WHERE id = ?");
    header.bind(1, case_id);
    if (!header.executeStep()) return std::nullopt;
    CaseBundle bundle;
    bundle.header = read_header(header);
    SQLite::Statement parties(*m_database, "SELECT party_id, kind, name FROM parties WHERE case_id = ? ORDER BY rowid");
    parties.bind(1, case_id);
    while (parties.executeStep()) {
      bundle.parties.push_back(
          {parties.getColumn(0).getString(), parties.getColumn(1).getString(), parties.getColumn(2).getString()});
    }
    SQLite::Statement history(*m_database,
                              "SELECT from_state, to_state, on_date, at, note FROM state_changes WHERE case_id = ?"
                              " ORDER BY id");
    history.bind(1, case_id);
    while (history.executeStep()) {
      bundle.history.push_back({history.getColumn(0).getString(), history.getColumn(1).getString(),
                                date_of(history.getColumn(2)), history.getColumn(3).getString(),
                                history.getColumn(4).getString()});
    }
    SQLite::Statement deadlines(*m_database, "SELECT * FROM deadlines WHERE case_id = ? ORDER BY id");
    deadlines.bind(1, case_id);
    while (deadlines.executeStep()) bundle.deadlines.push_back(read_deadline(deadlines));
    bundle.screenings = read_screenings(case_id);
    // Nothing is shown or exported that the audit trail does not vouch for.
    const Coverage coverage = read_coverage(case_id);
    if (!coverage.cases.contains(case_id)) {
      throw Error(ExitCode::internal, location() + ": case " + case_id +
                                          " has no audit record that registered it: it was written outside bibob; "
                                          "run 'bibob audit verify'");
    }
    for (const auto& screening : bundle.screenings) {
      if (auto problem = screening_untrusted(screening, coverage)) {
        throw Error(ExitCode::internal, location() + ": case " + case_id + ", " + *problem + "; run 'bibob audit verify'");
      }
    }
    SQLite::Statement decisions(*m_database, "SELECT * FROM decisions WHERE case_id = ? ORDER BY id");
    decisions.bind(1, case_id);
    while (decisions.executeStep()) {
      DecisionRecord decision;
      decision.kind = decisions.getColumn("kind").getString();
      decision.decided_on = date_of(decisions.getColumn("decided_on"));
      decision.grounds = decisions.getColumn("grounds").getString();
      decision.danger = decisions.getColumn("danger").getString();
      decision.report_to_register = decisions.getColumn("report_to_register").getInt() != 0;
      decision.recorded_at = decisions.getColumn("recorded_at").getString();
      bundle.decisions.push_back(std::move(decision));
    }
    SQLite::Statement documents(*m_database,
                                "SELECT path, template, sha256, created_at FROM documents WHERE case_id = ? ORDER BY id");
    documents.bind(1, case_id);
    while (documents.executeStep()) {
      bundle.documents.push_back({documents.getColumn(0).getString(), documents.getColumn(1).getString(),
                                  documents.getColumn(2).getString(), documents.getColumn(3).getString()});
    }
    SQLite::Statement notes(*m_database, "SELECT author, written_at, text FROM notes WHERE case_id = ? ORDER BY id");
    notes.bind(1, case_id);
    while (notes.executeStep()) {
      bundle.notes.push_back(
          {notes.getColumn(0).getString(), notes.getColumn(1).getString(), notes.getColumn(2).getString()});
    }
    append(case_id, "read", what);
    transaction.commit();
    return bundle;
  });
}

std::vector<DecidedCase> SqliteCaseStore::decided_cases(const std::string& why) {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement query(*m_database,
                            "SELECT c.*, d.kind AS d_kind, d.decided_on AS d_on, d.grounds AS d_grounds, d.danger AS "
                            "d_danger, d.report_to_register AS d_report, d.recorded_at AS d_recorded FROM cases c JOIN "
                            "decisions d ON d.case_id = c.id WHERE d.id = (SELECT MAX(id) FROM decisions WHERE case_id = "
                            "c.id) ORDER BY c.id");
    std::vector<DecidedCase> out;
    while (query.executeStep()) {
      const CaseRecord header = read_header(query);
      out.push_back({header.id, header.decision_type, header.case_file, query.getColumn("d_kind").getString(),
                     date_of(query.getColumn("d_on")), query.getColumn("d_danger").getString()});
    }
    append("", "read", "decided cases (" + std::to_string(out.size()) + ") " + why);
    transaction.commit();
    return out;
  });
}

std::vector<ScreeningRecord> SqliteCaseStore::read_screenings(const std::optional<std::string>& case_id) {
  SQLite::Statement screenings(*m_database, case_id ? "SELECT * FROM screenings WHERE case_id = ? ORDER BY id"
                                                    : "SELECT * FROM screenings ORDER BY id");
  if (case_id) screenings.bind(1, *case_id);
  SQLite::Statement findings(*m_database,
                             "SELECT check_name, theme, severity, status, statement, sources FROM findings"
                             " WHERE screening_id = ? ORDER BY id");
  std::vector<ScreeningRecord> out;
  while (screenings.executeStep()) {
    ScreeningRecord screening;
    screening.id = screenings.getColumn("id").getInt64();
    screening.screened_on = date_of(screenings.getColumn("screened_on"));
    screening.proposed = screenings.getColumn("proposed").getString();
    screening.exit_code = screenings.getColumn("exit_code").getInt();
    screening.json = screenings.getColumn("json").getString();
    screening.json_sha256 = screenings.getColumn("json_sha256").getString();
    screening.stored_at = screenings.getColumn("stored_at").getString();
    findings.reset();
    findings.bind(1, screening.id);
    while (findings.executeStep()) {
      screening.findings.push_back({findings.getColumn(0).getString(), findings.getColumn(1).getString(),
                                    findings.getColumn(2).getString(), findings.getColumn(3).getString(),
                                    findings.getColumn(4).getString(), findings.getColumn(5).getString()});
    }
    out.push_back(std::move(screening));
  }
  return out;
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

std::vector<CaseRecord> SqliteCaseStore::list_cases() {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement query(*m_database, "SELECT * FROM cases ORDER BY id");
    std::vector<CaseRecord> cases;
    while (query.executeStep()) {
      cases.push_back(read_header(query));
      cases.back().case_file.clear();  // a list needs no file text
    }
    append("", "read", "list of cases (" + std::to_string(cases.size()) + ")");
    transaction.commit();
    return cases;
  });
}

void SqliteCaseStore::change_state(const std::string& case_id, CaseState from, CaseState to, const Date& on,
                                   const std::string& note, const std::vector<Deadline>& opened) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement update(*m_database, "UPDATE cases SET state = ?, updated_at = ? WHERE id = ? AND state = ?");
    update.bind(1, std::string(to_string(to)));
    update.bind(2, clock::utc_now_iso());
    update.bind(3, case_id);
    update.bind(4, std::string(to_string(from)));
    if (update.exec() != 1) {
      throw InputError("case " + case_id + " is no longer in state " + std::string(to_string(from)) +
                       " (changed meanwhile); nothing was written");
    }
    if (auto kind = deadline_kind_of(from)) {
      SQLite::Statement met(*m_database,
                            "UPDATE deadlines SET met_on = ? WHERE case_id = ? AND kind = ? AND met_on IS NULL");
      met.bind(1, on.iso());
      met.bind(2, case_id);
      met.bind(3, *kind);
      met.exec();
    }
    for (const auto& deadline : opened) insert_deadline(case_id, deadline);
    SQLite::Statement change(*m_database,
                             "INSERT INTO state_changes (case_id, from_state, to_state, on_date, at, note)"
                             " VALUES (?, ?, ?, ?, ?, ?)");
    change.bind(1, case_id);
    change.bind(2, std::string(to_string(from)));
    change.bind(3, std::string(to_string(to)));
    change.bind(4, on.iso());
    change.bind(5, clock::utc_now_iso());
    change.bind(6, note);
    change.exec();
    std::string what = "state " + std::string(to_string(from)) + " -> " + std::string(to_string(to)) + " on " + on.iso();
    for (const auto& deadline : opened) what += ", " + deadline.kind + " term due " + deadline.due_on.iso();
    append(case_id, "write", what);
    transaction.commit();
  });
}

void SqliteCaseStore::record_decision(const std::string& case_id, const DecisionRecord& decision) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement row(*m_database,
                          "INSERT INTO decisions (case_id, kind, decided_on, grounds, danger, report_to_register,"
                          " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    row.bind(1, case_id);
    row.bind(2, decision.kind);
    row.bind(3, decision.decided_on.iso());
    row.bind(4, decision.grounds);
    row.bind(5, decision.danger);
    row.bind(6, decision.report_to_register ? 1 : 0);
    row.bind(7, clock::utc_now_iso());
    row.exec();
    append(case_id, "write",
           "decision " + decision.kind + " on " + decision.decided_on.iso() + ", danger " + decision.danger +
               (decision.report_to_register ? ", to be reported to the Bibob-register" : ""));
    transaction.commit();
  });
}

void SqliteCaseStore::add_note(const std::string& case_id, const NoteRecord& note) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement row(*m_database, "INSERT INTO notes (case_id, author, written_at, text) VALUES (?, ?, ?, ?)");
    row.bind(1, case_id);
    row.bind(2, note.author);
    row.bind(3, note.written_at.empty() ? clock::utc_now_iso() : note.written_at);
    row.bind(4, note.text);
    row.exec();
    append(case_id, "write", "reviewer note added (" + std::to_string(note.text.size()) + " characters)");
    transaction.commit();
  });
}

std::int64_t SqliteCaseStore::add_screening(const std::string& case_id, const ScreeningRecord& screening,
                                            const std::optional<CaseBundle>& import_if_absent) {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement exists(*m_database, "SELECT 1 FROM cases WHERE id = ?");
    exists.bind(1, case_id);
    if (!exists.executeStep()) {
      if (!import_if_absent) throw InputError("case " + case_id + " is not in the register");
      const auto screenings = insert_case(*import_if_absent);
      append(case_id, "write",
             "case imported with its screening (case file sha256 " +
                 import_if_absent->header.case_file_sha256.substr(0, 12) + ")",
             coverage_marks({case_id}, screenings));
    }
    const std::int64_t id = insert_screening(case_id, screening);
    append(case_id, "write",
           "screening " + std::to_string(id) + " stored (" + screening.proposed + ", " +
               std::to_string(screening.findings.size()) + " findings, exit " + std::to_string(screening.exit_code) +
               ")",
           coverage_marks({}, {{id, screening.json_sha256}}));
    transaction.commit();
    return id;
  });
}

void SqliteCaseStore::add_document(const std::string& case_id, const DocumentRecord& document) {
  guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement row(*m_database,
                          "INSERT INTO documents (case_id, path, template, sha256, created_at) VALUES (?, ?, ?, ?, ?)");
    row.bind(1, case_id);
    row.bind(2, document.path);
    row.bind(3, document.template_name);
    row.bind(4, document.sha256);
    row.bind(5, document.created_at.empty() ? clock::utc_now_iso() : document.created_at);
    row.exec();
    append(case_id, "generate", "document " + document.template_name + " (sha256 " + document.sha256.substr(0, 12) + ")");
    transaction.commit();
  });
}

std::vector<DueDeadline> SqliteCaseStore::open_deadlines() {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement query(*m_database, "SELECT * FROM deadlines WHERE met_on IS NULL ORDER BY due_on, case_id, id");
    std::vector<DueDeadline> out;
    while (query.executeStep()) out.push_back({query.getColumn("case_id").getString(), read_deadline(query)});
    append("", "read", "open deadlines (" + std::to_string(out.size()) + ")");
    transaction.commit();
    return out;
  });
}

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

std::optional<AuditBase> SqliteCaseStore::read_audit_base() {
  SQLite::Statement query(*m_database, "SELECT seq, hash FROM audit_base");
  if (!query.executeStep()) return std::nullopt;
  return AuditBase{query.getColumn(0).getInt64(), query.getColumn(1).getString()};
}

std::optional<AuditBase> SqliteCaseStore::audit_base() {
  return guarded(m_path, [&] { return read_audit_base(); });
}

std::string PurgeCounts::describe() const {
  return std::to_string(cases) + " cases (" + std::to_string(parties) + " parties, " + std::to_string(screenings) +
         " screenings, " + std::to_string(findings) + " findings, " + std::to_string(decisions) + " decisions, " +
         std::to_string(documents) + " documents, " + std::to_string(notes) + " notes, " + std::to_string(deadlines) +
         " deadlines), " + std::to_string(signals) + " signals, " + std::to_string(audit_records) + " audit records";
}

std::filesystem::path register_path(const Config& config) {
  if (!config.database.empty()) return config.database;
  return private_files::data_home() / "bibob.db";
}

std::unique_ptr<CaseStore> open_case_store(const Config& config, const AuditActor& actor) {
  return std::make_unique<SqliteCaseStore>(register_path(config), actor,
                                           std::chrono::seconds(config.busy_timeout_seconds));
}

}  // namespace bibob::store
