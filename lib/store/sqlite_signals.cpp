// The signals register (SignalStore) inside the case register: the same database, transactions
// and audit trail as the cases, so that reading soft information leaves the same trace as
// reading a case.
#include <SQLiteCpp/SQLiteCpp.h>

#include "store/sqlite_case_store.hpp"
#include "store/sqlite_errors.hpp"
#include "util/clock.hpp"

namespace bibob::store {
namespace {

Signal read_signal_row(SQLite::Statement& row) {
  Signal signal;
  signal.id = "SIG-" + std::to_string(row.getColumn("id").getInt64());
  signal.subject_kind = row.getColumn("subject_kind").getString();
  signal.postcode = row.getColumn("postcode").getString();
  signal.number = row.getColumn("number").getString();
  signal.kvk = row.getColumn("kvk").getString();
  signal.name = row.getColumn("name").getString();
  signal.birth_date = Date::parse(row.getColumn("birth_date").getString());
  signal.observed_on = Date::parse(row.getColumn("observed_on").getString()).value_or(Date());
  signal.category = row.getColumn("category").getString();
  signal.observation = row.getColumn("observation").getString();
  signal.reporter_role = row.getColumn("reporter_role").getString();
  signal.anonymous = row.getColumn("anonymous").getInt() != 0;
  signal.source_grade = row.getColumn("source_grade").getString();
  signal.information_grade = row.getColumn("information_grade").getString();
  signal.linked_id = row.getColumn("linked_id").getString();
  signal.link_status = row.getColumn("link_status").getString();
  signal.recorded_at = row.getColumn("recorded_at").getString();
  signal.retracted = row.getColumn("retracted").getInt() != 0;
  signal.retract_reason = row.getColumn("retract_reason").getString();
  return signal;
}

// "SIG-12" -> 12; -1 (no such row) for anything else.
std::int64_t signal_number(const std::string& id) {
  if (!id.starts_with("SIG-") || id.size() > 22) return -1;
  std::int64_t number = 0;
  for (const char c : id.substr(4)) {
    if (c < '0' || c > '9') return -1;
    number = number * 10 + (c - '0');
  }
  return id.size() > 4 ? number : -1;
}

}  // namespace

std::vector<std::string> SqliteCaseStore::add_signals(const std::vector<Signal>& signals,
                                                      const std::string& what) {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement insert(*m_database,
                             "INSERT INTO signals (subject_kind, postcode, number, kvk, name, birth_date, observed_on,"
                             " category, observation, reporter_role, anonymous, source_grade, information_grade,"
                             " linked_id, link_status, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::vector<std::string> ids;
    for (const auto& signal : signals) {
      insert.reset();
      insert.bind(1, signal.subject_kind);
      insert.bind(2, signal.postcode);
      insert.bind(3, signal.number);
      insert.bind(4, signal.kvk);
      insert.bind(5, signal.name);
      insert.bind(6, signal.birth_date ? signal.birth_date->iso() : std::string());
      insert.bind(7, signal.observed_on.iso());
      insert.bind(8, signal.category);
      insert.bind(9, signal.observation);
      // An anonymous reporter is kept as nothing but that.
      insert.bind(10, signal.anonymous ? std::string("anoniem") : signal.reporter_role);
      insert.bind(11, signal.anonymous ? 1 : 0);
      insert.bind(12, signal.source_grade);
      insert.bind(13, signal.information_grade);
      insert.bind(14, signal.linked_id);
      insert.bind(15, signal.link_status);
      insert.bind(16, clock::utc_now_iso());
      insert.exec();
      ids.push_back("SIG-" + std::to_string(m_database->getLastInsertRowid()));
    }
    const std::string range = ids.empty() ? "none" : ids.front() + (ids.size() > 1 ? ".." + ids.back() : "");
    append("", "write", what + ": " + std::to_string(ids.size()) + " signals (" + range + ")");
    transaction.commit();
    return ids;
  });
}

std::vector<Signal> SqliteCaseStore::read_signals(bool include_retracted, const std::string& why) {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement query(*m_database, include_retracted ? "SELECT * FROM signals ORDER BY id"
                                                           : "SELECT * FROM signals WHERE retracted = 0 ORDER BY id");
    std::vector<Signal> out;
    while (query.executeStep()) out.push_back(read_signal_row(query));
    append("", "read", std::to_string(out.size()) + " signals" + (include_retracted ? " (retracted too)" : "") + ", " + why);
    transaction.commit();
    return out;
  });
}

std::optional<Signal> SqliteCaseStore::read_signal(const std::string& id) {
  return guarded(m_path, [&]() -> std::optional<Signal> {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement query(*m_database, "SELECT * FROM signals WHERE id = ?");
    query.bind(1, signal_number(id));
    if (!query.executeStep()) return std::nullopt;
    auto signal = read_signal_row(query);
    append("", "read", "signal " + signal.id);
    transaction.commit();
    return signal;
  });
}

bool SqliteCaseStore::retract_signal(const std::string& id, const std::string& reason) {
  return guarded(m_path, [&] {
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement update(*m_database, "UPDATE signals SET retracted = 1, retract_reason = ? WHERE id = ?");
    update.bind(1, reason);
    update.bind(2, signal_number(id));
    if (update.exec() != 1) return false;
    append("", "write", "signal " + id + " retracted");
    transaction.commit();
    return true;
  });
}

}  // namespace bibob::store
