// What bibob made for a case, kept against it: screenings with their findings (checked against
// their own JSON before they are stored) and generated documents.
#include <SQLiteCpp/SQLiteCpp.h>

#include "store/screening_integrity.hpp"
#include "store/sqlite_case_store.hpp"
#include "store/sqlite_dates.hpp"
#include "store/sqlite_errors.hpp"
#include "util/clock.hpp"
#include "util/errors.hpp"

namespace bibob::store {
using namespace sqlite_detail;

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

}  // namespace bibob::store
