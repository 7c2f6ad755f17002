#include "lists/list_store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include "lists/importers.hpp"
#include "matching/normalise.hpp"
#include "util/errors.hpp"
#include "util/sqlite_database.hpp"
#include "util/text.hpp"

namespace bibob::lists {
namespace {

using Json = nlohmann::json;

constexpr int k_schema_version = 1;

// Folders made for the store are private to the user, and so is the file.

Json to_json(const std::vector<std::string>& values) { return Json(values); }

std::vector<std::string> strings(const std::string& text) {
  std::vector<std::string> out;
  const Json json = Json::parse(text, nullptr, false);
  if (json.is_array()) {
    for (const auto& value : json) {
      if (value.is_string()) out.push_back(value.get<std::string>());
    }
  }
  return out;
}

ListEntry read_entry_row(SQLite::Statement& row) {
  ListEntry entry;
  entry.id = row.getColumn("entry_id").getString();
  entry.kind = matching::parse_entity_kind(row.getColumn("kind").getString()).value_or(matching::EntityKind::other);
  entry.dates_of_birth = strings(row.getColumn("dates_of_birth").getString());
  entry.nationalities = strings(row.getColumn("nationalities").getString());
  entry.countries = strings(row.getColumn("countries").getString());
  const Json details = Json::parse(row.getColumn("details").getString(), nullptr, false);
  if (details.is_object()) {
    for (const auto& [key, value] : details.items()) entry.details[key] = strings(value.dump());
  }
  entry.remarks = row.getColumn("remarks").getString();
  return entry;
}

}  // namespace

ListStore::ListStore(const std::string& path, std::chrono::milliseconds busy_timeout) : m_path(path) {
  sqlite_database::guarded(m_path, "the list store", [&] {
    m_db = sqlite_database::open(path, busy_timeout);
    m_db->exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    SQLite::Statement version(*m_db, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (version.executeStep()) {
      const int found = std::stoi(version.getColumn(0).getString());
      if (found > k_schema_version) {
        throw InputError(path + ": the list store has schema version " + std::to_string(found) +
                         ", newer than this bibob knows (" + std::to_string(k_schema_version) + "); upgrade bibob");
      }
      return;
    }
    // IMMEDIATE: two bibobs creating the store at once take turns instead of failing.
    SQLite::Transaction transaction(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement again(*m_db, "SELECT 1 FROM meta WHERE key = 'schema_version'");
    if (again.executeStep()) return;
    m_db->exec(R"sql(
      CREATE TABLE lists (
        name TEXT PRIMARY KEY, published TEXT NOT NULL, imported_at TEXT NOT NULL,
        content_hash TEXT NOT NULL, files TEXT NOT NULL, entry_count INTEGER NOT NULL);
      CREATE TABLE entries (
        list TEXT NOT NULL, entry_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
        dates_of_birth TEXT NOT NULL, nationalities TEXT NOT NULL, countries TEXT NOT NULL,
        details TEXT NOT NULL, remarks TEXT NOT NULL,
        PRIMARY KEY (list, entry_id));
      CREATE TABLE names (
        list TEXT NOT NULL, entry_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
        quality TEXT NOT NULL,
        FOREIGN KEY (list, entry_id) REFERENCES entries (list, entry_id) ON DELETE CASCADE);
      CREATE INDEX names_by_entry ON names (list, entry_id);
      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT, list TEXT NOT NULL, entry_id TEXT NOT NULL,
        party_key TEXT NOT NULL, party_name TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL,
        decided_at TEXT NOT NULL, reviewer TEXT NOT NULL);
      CREATE INDEX decisions_by_party ON decisions (party_key);
    )sql");
    SQLite::Statement insert(*m_db, "INSERT INTO meta (key, value) VALUES ('schema_version', ?)");
    insert.bind(1, std::to_string(k_schema_version));
    insert.exec();
    transaction.commit();
  });
}

ListStore::~ListStore() = default;

long long ListStore::store(const ListImport& import, const std::string& imported_at) {
  return sqlite_database::guarded(m_path, "the list store", [&] {
    SQLite::Transaction transaction(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
    if (!import.delta) {
      SQLite::Statement clear(*m_db, "DELETE FROM entries WHERE list = ?");
      clear.bind(1, import.list);
      clear.exec();
    }
    SQLite::Statement remove(*m_db, "DELETE FROM entries WHERE list = ? AND entry_id = ?");
    for (const auto& id : import.deleted) {
      remove.bind(1, import.list);
      remove.bind(2, id);
      remove.exec();
      remove.reset();
    }
    SQLite::Statement insert(*m_db,
                             "INSERT OR REPLACE INTO entries (list, entry_id, kind, name, dates_of_birth, nationalities, "
                             "countries, details, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement clear_names(*m_db, "DELETE FROM names WHERE list = ? AND entry_id = ?");
    SQLite::Statement insert_name(*m_db,
                                  "INSERT INTO names (list, entry_id, position, name, quality) VALUES (?, ?, ?, ?, ?)");
    for (const auto& entry : import.entries) {
      if (import.delta) {
        clear_names.bind(1, import.list);
        clear_names.bind(2, entry.id);
        clear_names.exec();
        clear_names.reset();
      }
      Json details = Json::object();
      for (const auto& [key, values] : entry.details) details[key] = values;
      insert.bind(1, import.list);
      insert.bind(2, entry.id);
      insert.bind(3, std::string(matching::to_string(entry.kind)));
      insert.bind(4, entry.primary_name());
      insert.bind(5, to_json(entry.dates_of_birth).dump());
      insert.bind(6, to_json(entry.nationalities).dump());
      insert.bind(7, to_json(entry.countries).dump());
      insert.bind(8, details.dump());
      insert.bind(9, entry.remarks);
      insert.exec();
      insert.reset();
      for (std::size_t i = 0; i < entry.names.size(); ++i) {
        insert_name.bind(1, import.list);
        insert_name.bind(2, entry.id);
        insert_name.bind(3, static_cast<std::int64_t>(i));
        insert_name.bind(4, entry.names[i].name);
        insert_name.bind(5, entry.names[i].quality);
        insert_name.exec();
        insert_name.reset();
      }
    }
    SQLite::Statement count(*m_db, "SELECT COUNT(*) FROM entries WHERE list = ?");
    count.bind(1, import.list);
    count.executeStep();
    const long long entries = count.getColumn(0).getInt64();
    SQLite::Statement record(*m_db,
                             "INSERT OR REPLACE INTO lists (name, published, imported_at, content_hash, files, entry_count) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    record.bind(1, import.list);
    record.bind(2, import.published);
    record.bind(3, imported_at);
    record.bind(4, import.content_hash);
    record.bind(5, to_json(import.files).dump());
    record.bind(6, static_cast<std::int64_t>(entries));
    record.exec();
    transaction.commit();
    return entries;
  });
}

std::vector<ListInfo> ListStore::lists() const {
  return sqlite_database::guarded(m_path, "the list store", [&] {
    std::vector<ListInfo> out;
    SQLite::Statement query(*m_db,
                            "SELECT name, published, imported_at, content_hash, files, entry_count FROM lists ORDER BY name");
    while (query.executeStep()) {
      out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                     query.getColumn(3).getString(), strings(query.getColumn(4).getString()),
                     query.getColumn(5).getInt64()});
    }
    return out;
  });
}

std::vector<StoredEntry> ListStore::entries() const {
  return sqlite_database::guarded(m_path, "the list store", [&] {
    std::vector<StoredEntry> out;
    SQLite::Statement query(*m_db,
                            "SELECT list, entry_id, kind, name, dates_of_birth, nationalities, countries, details, remarks "
                            "FROM entries ORDER BY list, entry_id");
    while (query.executeStep()) out.push_back({query.getColumn("list").getString(), read_entry_row(query)});
    // Names in one pass, matched to their entries by (list, id).
    std::map<std::pair<std::string, std::string>, std::size_t> position;
    for (std::size_t i = 0; i < out.size(); ++i) position[{out[i].list, out[i].entry.id}] = i;
    SQLite::Statement names(*m_db, "SELECT list, entry_id, name, quality FROM names ORDER BY list, entry_id, position");
    while (names.executeStep()) {
      const auto it = position.find({names.getColumn(0).getString(), names.getColumn(1).getString()});
      if (it != position.end()) out[it->second].entry.names.push_back({names.getColumn(2).getString(), names.getColumn(3).getString()});
    }
    std::erase_if(out, [](const StoredEntry& e) { return e.entry.names.empty(); });
    return out;
  });
}

std::optional<ListEntry> ListStore::entry(const std::string& list, const std::string& id) const {
  return sqlite_database::guarded(m_path, "the list store", [&]() -> std::optional<ListEntry> {
    SQLite::Statement query(*m_db,
                            "SELECT list, entry_id, kind, name, dates_of_birth, nationalities, countries, details, remarks "
                            "FROM entries WHERE list = ? AND entry_id = ?");
    query.bind(1, list);
    query.bind(2, id);
    if (!query.executeStep()) return std::nullopt;
    ListEntry entry = read_entry_row(query);
    SQLite::Statement names(*m_db, "SELECT name, quality FROM names WHERE list = ? AND entry_id = ? ORDER BY position");
    names.bind(1, list);
    names.bind(2, id);
    while (names.executeStep()) entry.names.push_back({names.getColumn(0).getString(), names.getColumn(1).getString()});
    return entry;
  });
}

void ListStore::record(const ReviewDecision& decision) {
  sqlite_database::guarded(m_path, "the list store", [&] {
    SQLite::Transaction transaction(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement insert(*m_db,
                             "INSERT INTO decisions (list, entry_id, party_key, party_name, decision, reason, decided_at, "
                             "reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, decision.list);
    insert.bind(2, decision.entry_id);
    insert.bind(3, decision.party_key);
    insert.bind(4, decision.party_name);
    insert.bind(5, decision.decision);
    insert.bind(6, decision.reason);
    insert.bind(7, decision.decided_at);
    insert.bind(8, decision.reviewer);
    insert.exec();
    transaction.commit();
  });
}

std::vector<ReviewDecision> ListStore::decisions(const std::string& key) const {
  return sqlite_database::guarded(m_path, "the list store", [&] {
    std::vector<ReviewDecision> out;
    SQLite::Statement query(*m_db,
                            "SELECT list, entry_id, party_key, party_name, decision, reason, decided_at, reviewer "
                            "FROM decisions WHERE party_key = ? ORDER BY id");
    query.bind(1, key);
    while (query.executeStep()) {
      out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                     query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getString(),
                     query.getColumn(6).getString(), query.getColumn(7).getString()});
    }
    return out;
  });
}

std::string party_key(const std::string& name, const std::string& birth_date) {
  return matching::normalise(name) + "|" + birth_date;
}

std::string default_list_store_path() {
  if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0') {
    return (std::filesystem::path(data) / "bibob" / "lists.db").string();
  }
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') {
    throw UsageError("no place for the list store: set BIBOB_LISTS_DB, XDG_DATA_HOME or HOME, or give --lists-db");
  }
  return (std::filesystem::path(home) / ".local" / "share" / "bibob" / "lists.db").string();
}

std::string entry_reference(const std::string& list, const std::string& id) { return list + ":" + id; }

std::pair<std::string, std::string> parse_entry_reference(const std::string& reference) {
  const auto colon = reference.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == reference.size()) {
    throw UsageError("list entry " + text::quoted(reference) + " is not LIST:ID, e.g. ofac:36");
  }
  std::string list = reference.substr(0, colon);
  const auto& kinds = list_kinds();
  if (std::find(kinds.begin(), kinds.end(), list) == kinds.end()) {
    throw UsageError("list entry " + text::quoted(reference) + ": " + text::quoted(list) + " is not one of " +
                     text::join(kinds, ", "));
  }
  return {list, reference.substr(colon + 1)};
}

}  // namespace bibob::lists
