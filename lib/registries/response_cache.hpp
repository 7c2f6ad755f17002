#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "registries/raw_answer.hpp"

namespace SQLite {
class Database;
}

namespace bibob::registries {

// Every registry answer bibob used, kept in SQLite (owner-only) with its registry, request
// (without credentials), status, retrieval time, body hash and body: the provenance record
// that a finding cites. Safe to use from several threads.
class ResponseCache {
 public:
  explicit ResponseCache(const std::filesystem::path& database,
                         std::chrono::milliseconds busy_timeout = std::chrono::seconds(10));
  ~ResponseCache();

  // Keeps an answer as received; it is served again only once confirmed.
  std::int64_t store(const std::string& request_key, const RawAnswer& answer);
  void confirm(std::int64_t row);

  // The newest confirmed answer to this request, if it was retrieved after not_before.
  std::optional<RawAnswer> find(const std::string& registry, const std::string& request_key,
                                std::optional<std::chrono::sys_seconds> not_before) const;

  // The newest answer to every request, for exporting a snapshot.
  std::vector<std::pair<std::string, RawAnswer>> newest_answers() const;

  // Answers retrieved before the cutoff: removed (or only counted, for a dry run); returns how
  // many. Retention: a finding keeps the hash of the answer it cites, not the cache.
  long remove_retrieved_before(std::chrono::sys_seconds cutoff, bool dry_run);

  // When the newest answer of a registry was retrieved.
  std::optional<std::string> last_retrieved(const std::string& registry) const;

  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
  std::unique_ptr<SQLite::Database> m_database;
  mutable std::mutex m_mutex;
};

// The cache database in force: BIBOB_CACHE_DB, else the user's cache folder.
std::filesystem::path default_cache_path();

}  // namespace bibob::registries
