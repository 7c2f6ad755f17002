// Cases in the register: created (or restored from an archive) whole, their case file
// replaced, read with all they hold, moved through their states with the terms each move opens,
// decided and annotated. Each in one transaction with its audit record.
#include <SQLiteCpp/SQLiteCpp.h>

#include "store/sqlite_case_store.hpp"
#include "store/sqlite_dates.hpp"
#include "store/sqlite_errors.hpp"
#include "util/clock.hpp"
#include "util/errors.hpp"

namespace bibob::store {
using namespace sqlite_detail;
namespace {

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

}  // namespace

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

}  // namespace bibob::store
