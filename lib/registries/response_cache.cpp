#include "registries/response_cache.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <cstdlib>

#include "util/clock.hpp"
#include "util/errors.hpp"
#include "util/private_files.hpp"
#include "util/sqlite_database.hpp"

namespace bibob::registries {
namespace {

constexpr int k_schema_version = 2;

RawAnswer read_row(SQLite::Statement& row) {
  RawAnswer answer;
  answer.provenance.registry = row.getColumn("registry").getString();
  answer.provenance.request = row.getColumn("request").getString();
  answer.status = row.getColumn("status").getInt();
  answer.provenance.status = answer.status;
  answer.provenance.retrieved_at = row.getColumn("retrieved_at").getString();
  answer.provenance.body_sha256 = row.getColumn("body_sha256").getString();
  answer.content_type = row.getColumn("content_type").getString();
  answer.body = row.getColumn("body").getString();
  answer.provenance.source = "cache";
  return answer;
}

}  // namespace

std::filesystem::path default_cache_path() {
  if (const char* path = std::getenv("BIBOB_CACHE_DB"); path != nullptr && *path != '\0') return path;
  return private_files::cache_home() / "registry-cache.db";
}

ResponseCache::ResponseCache(const std::filesystem::path& database, std::chrono::milliseconds busy_timeout)
    : m_path(database) {
  sqlite_database::guarded(m_path, "the registry cache", [&] {
    m_database = sqlite_database::open(database, busy_timeout);
    const int version = m_database->execAndGet("PRAGMA user_version").getInt();
    if (version > k_schema_version) {
      throw Error(ExitCode::invalid_input, database.string() + ": the registry cache was written by a newer bibob "
                                                               "(schema " + std::to_string(version) + ")");
    }
    if (version == k_schema_version) return;
    // IMMEDIATE: a transaction that reads and then writes would fail at once, without
    // waiting, when another bibob writes meanwhile.
    SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
    // Another bibob may have brought the schema up to date while this one waited.
    const int current = m_database->execAndGet("PRAGMA user_version").getInt();
    if (current == k_schema_version) return;
    m_database->exec(
        "CREATE TABLE IF NOT EXISTS responses ("
        " id INTEGER PRIMARY KEY,"
        " registry TEXT NOT NULL,"
        " request_key TEXT NOT NULL,"
        " request TEXT NOT NULL,"
        " status INTEGER NOT NULL,"
        " content_type TEXT NOT NULL,"
        " retrieved_at TEXT NOT NULL,"
        " retrieved_epoch INTEGER NOT NULL,"
        " body_sha256 TEXT NOT NULL,"
        " body BLOB NOT NULL,"
        " confirmed INTEGER NOT NULL DEFAULT 0)");
    // Version 1 served every answer again; version 2 only answers an adapter confirmed.
    if (current == 1) m_database->exec("ALTER TABLE responses ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0");
    m_database->exec(
        "CREATE INDEX IF NOT EXISTS responses_by_request ON responses (registry, request_key, retrieved_epoch)");
    m_database->exec("PRAGMA user_version = " + std::to_string(k_schema_version));
    transaction.commit();
  });
}

ResponseCache::~ResponseCache() = default;

std::int64_t ResponseCache::store(const std::string& request_key, const RawAnswer& answer) {
  std::lock_guard lock(m_mutex);
  return sqlite_database::guarded(m_path, "the registry cache", [&] {
    SQLite::Statement insert(*m_database,
                             "INSERT INTO responses (registry, request_key, request, status, content_type, retrieved_at,"
                             " retrieved_epoch, body_sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, answer.provenance.registry);
    insert.bind(2, request_key);
    insert.bind(3, answer.provenance.request);
    insert.bind(4, static_cast<int64_t>(answer.status));
    insert.bind(5, answer.content_type);
    insert.bind(6, answer.provenance.retrieved_at);
    insert.bind(7, static_cast<int64_t>(clock::now_seconds().time_since_epoch().count()));
    insert.bind(8, answer.provenance.body_sha256);
    insert.bind(9, answer.body.data(), static_cast<int>(answer.body.size()));
    insert.exec();
    return m_database->getLastInsertRowid();
  });
}

void ResponseCache::confirm(std::int64_t row) {
  std::lock_guard lock(m_mutex);
  sqlite_database::guarded(m_path, "the registry cache", [&] {
    SQLite::Statement update(*m_database, "UPDATE responses SET confirmed = 1 WHERE id = ?");
    update.bind(1, row);
    update.exec();
  });
}

std::optional<RawAnswer> ResponseCache::find(const std::string& registry, const std::string& request_key,
                                             std::optional<std::chrono::sys_seconds> not_before) const {
  std::lock_guard lock(m_mutex);
  return sqlite_database::guarded(m_path, "the registry cache", [&]() -> std::optional<RawAnswer> {
    SQLite::Statement query(*m_database,
                            "SELECT * FROM responses WHERE registry = ? AND request_key = ? AND retrieved_epoch >= ? AND confirmed = 1"
                            " ORDER BY retrieved_epoch DESC, id DESC LIMIT 1");
    query.bind(1, registry);
    query.bind(2, request_key);
    query.bind(3, static_cast<int64_t>(not_before ? not_before->time_since_epoch().count() : 0));
    if (!query.executeStep()) return std::nullopt;
    return read_row(query);
  });
}

std::vector<std::pair<std::string, RawAnswer>> ResponseCache::newest_answers() const {
  std::lock_guard lock(m_mutex);
  return sqlite_database::guarded(m_path, "the registry cache", [&] {
    SQLite::Statement query(*m_database,
                            "SELECT * FROM responses r WHERE id = (SELECT id FROM responses s WHERE s.registry = r.registry"
                            " AND s.request_key = r.request_key AND s.confirmed = 1"
                            " ORDER BY retrieved_epoch DESC, id DESC LIMIT 1)"
                            " ORDER BY registry, request_key");
    std::vector<std::pair<std::string, RawAnswer>> out;
    while (query.executeStep()) out.emplace_back(query.getColumn("request_key").getString(), read_row(query));
    return out;
  });
}

long ResponseCache::remove_retrieved_before(std::chrono::sys_seconds cutoff, bool dry_run) {
  std::lock_guard lock(m_mutex);
  return sqlite_database::guarded(m_path, "the registry cache", [&] {
    const auto epoch = static_cast<std::int64_t>(cutoff.time_since_epoch().count());
    SQLite::Statement count(*m_database, "SELECT COUNT(*) FROM responses WHERE retrieved_epoch < ?");
    count.bind(1, epoch);
    count.executeStep();
    const long expired = static_cast<long>(count.getColumn(0).getInt64());
    if (!dry_run && expired > 0) {
      SQLite::Statement remove(*m_database, "DELETE FROM responses WHERE retrieved_epoch < ?");
      remove.bind(1, epoch);
      remove.exec();
    }
    return expired;
  });
}

std::optional<std::string> ResponseCache::last_retrieved(const std::string& registry) const {
  std::lock_guard lock(m_mutex);
  return sqlite_database::guarded(m_path, "the registry cache", [&]() -> std::optional<std::string> {
    SQLite::Statement query(*m_database, "SELECT MAX(retrieved_at) FROM responses WHERE registry = ?");
    query.bind(1, registry);
    if (!query.executeStep() || query.getColumn(0).isNull()) return std::nullopt;
    return query.getColumn(0).getString();
  });
}

}  // namespace bibob::registries
