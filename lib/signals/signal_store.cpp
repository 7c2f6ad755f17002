#include "signals/signal_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdlib>

#include "util/clock.hpp"
#include "util/errors.hpp"
#include "util/identifiers.hpp"
#include "util/private_files.hpp"
#include "util/text.hpp"

namespace bibob::signals {
namespace {

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

Signal read_row(SQLite::Statement& row) {
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
  signal.recorded_at = row.getColumn("recorded_at").getString();
  signal.retracted = row.getColumn("retracted").getInt() != 0;
  signal.retract_reason = row.getColumn("retract_reason").getString();
  return signal;
}

std::int64_t number_of(const std::string& id) {
  if (!id.starts_with("SIG-")) return -1;
  try {
    return std::stoll(id.substr(4));
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace

std::string Signal::subject_text() const {
  if (subject_kind == "address") return "adres " + postcode + " " + number;
  if (subject_kind == "company") return "onderneming " + name + (kvk.empty() ? "" : " (KvK " + kvk + ")");
  return "persoon " + name + (birth_date ? " (geboren " + birth_date->dutch() + ")" : "");
}

std::filesystem::path signal_store_path(const Config& config) {
  if (!config.signals_database.empty()) return config.signals_database;
  if (const char* path = std::getenv("BIBOB_SIGNALS_DB"); path != nullptr && *path != '\0') return path;
  return private_files::data_home() / "signals.db";
}

std::vector<std::string> signal_problems(const Signal& signal, const std::vector<std::string>& categories) {
  std::vector<std::string> problems;
  if (!contains(k_subject_kinds, signal.subject_kind)) {
    problems.push_back("subject_kind " + text::quoted(signal.subject_kind) + " is not address, company or person");
  } else if (signal.subject_kind == "address" &&
             (!identifiers::is_valid_postcode(signal.postcode) || signal.number.empty())) {
    problems.push_back("an address needs a postcode of the form 1234 AB and a house number");
  } else if (signal.subject_kind == "company" && signal.kvk.empty() && signal.name.empty()) {
    problems.push_back("a company needs a KvK number or a name");
  } else if (signal.subject_kind == "company" && !signal.kvk.empty() && !identifiers::is_valid_kvk_number(signal.kvk)) {
    problems.push_back(text::quoted(signal.kvk) + " is not a KvK number of 8 digits");
  } else if (signal.subject_kind == "person" && (signal.name.empty() || !signal.birth_date)) {
    problems.push_back("a person needs a name and a date of birth");
  }
  if (!contains(categories, signal.category)) {
    problems.push_back("category " + text::quoted(signal.category) + " is not in the taxonomy (signals.categories)" +
                       text::did_you_mean(signal.category, categories));
  }
  if (signal.observation.empty()) problems.push_back("the observation is empty");
  if (signal.reporter_role.empty()) problems.push_back("the reporter's role is missing");
  if (!contains(k_source_grades, signal.source_grade)) problems.push_back("source grade must be A, B, C or X");
  if (!contains(k_information_grades, signal.information_grade)) {
    problems.push_back("information grade must be 1, 2, 3 or 4");
  }
  return problems;
}

SignalStore::SignalStore(const std::filesystem::path& database) {
  private_files::ensure_file(database);
  m_database = std::make_unique<SQLite::Database>(database.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  m_database->setBusyTimeout(5000);
  m_database->exec("PRAGMA journal_mode=WAL");
  if (m_database->execAndGet("PRAGMA user_version").getInt() > 1) {
    throw Error(ExitCode::invalid_input, database.string() + ": the signals register was written by a newer bibob");
  }
  m_database->exec(
      "CREATE TABLE IF NOT EXISTS signals (id INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL, postcode TEXT NOT NULL,"
      " number TEXT NOT NULL, kvk TEXT NOT NULL, name TEXT NOT NULL, birth_date TEXT NOT NULL, observed_on TEXT NOT NULL,"
      " category TEXT NOT NULL, observation TEXT NOT NULL, reporter_role TEXT NOT NULL, anonymous INTEGER NOT NULL,"
      " source_grade TEXT NOT NULL, information_grade TEXT NOT NULL, recorded_at TEXT NOT NULL,"
      " retracted INTEGER NOT NULL DEFAULT 0, retract_reason TEXT NOT NULL DEFAULT '')");
  m_database->exec("PRAGMA user_version = 1");
}

SignalStore::~SignalStore() = default;

std::vector<std::string> SignalStore::add(const std::vector<Signal>& signals) {
  std::vector<std::string> ids;
  SQLite::Transaction transaction(*m_database);
  SQLite::Statement insert(*m_database,
                           "INSERT INTO signals (subject_kind, postcode, number, kvk, name, birth_date, observed_on,"
                           " category, observation, reporter_role, anonymous, source_grade, information_grade,"
                           " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
    insert.bind(10, signal.anonymous ? std::string("anoniem") : signal.reporter_role);
    insert.bind(11, signal.anonymous ? 1 : 0);
    insert.bind(12, signal.source_grade);
    insert.bind(13, signal.information_grade);
    insert.bind(14, clock::utc_now_iso());
    insert.exec();
    ids.push_back("SIG-" + std::to_string(m_database->getLastInsertRowid()));
  }
  transaction.commit();
  return ids;
}

std::vector<Signal> SignalStore::all(bool include_retracted) const {
  SQLite::Statement query(*m_database, include_retracted ? "SELECT * FROM signals ORDER BY id"
                                                         : "SELECT * FROM signals WHERE retracted = 0 ORDER BY id");
  std::vector<Signal> out;
  while (query.executeStep()) out.push_back(read_row(query));
  return out;
}

std::optional<Signal> SignalStore::find(const std::string& id) const {
  SQLite::Statement query(*m_database, "SELECT * FROM signals WHERE id = ?");
  query.bind(1, static_cast<int64_t>(number_of(id)));
  if (!query.executeStep()) return std::nullopt;
  return read_row(query);
}

bool SignalStore::retract(const std::string& id, const std::string& reason) {
  SQLite::Statement update(*m_database, "UPDATE signals SET retracted = 1, retract_reason = ? WHERE id = ?");
  update.bind(1, reason);
  update.bind(2, static_cast<int64_t>(number_of(id)));
  return update.exec() == 1;
}

}  // namespace bibob::signals
