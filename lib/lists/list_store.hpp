#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lists/list_entry.hpp"
#include "util/sqlite_database.hpp"

namespace SQLite {
class Database;
}

namespace bibob::lists {

struct ListInfo {
  std::string name;
  std::string published;    // YYYY-MM-DD, may be empty
  std::string imported_at;  // ISO 8601 UTC
  std::string content_hash;
  std::vector<std::string> files;
  long long entries = 0;
};

// An officer's decision on a hit: the list entry (by its stable id) and the party (by its
// identity), so that it survives re-imports and is shown on every later screening.
struct ReviewDecision {
  std::string list;
  std::string entry_id;
  std::string party_key;   // see party_key()
  std::string party_name;
  std::string decision;    // false_positive | confirmed
  std::string reason;
  std::string decided_at;  // ISO 8601 UTC
  std::string reviewer;
};

struct StoredEntry {
  std::string list;
  ListEntry entry;
};

// The local list store: one SQLite file (created 0600, in a folder created 0700) holding
// every imported list, its entries and the reviewers' decisions. Prepared statements only;
// every change is one transaction.
class ListStore {
 public:
  explicit ListStore(const std::string& path,
                     std::chrono::milliseconds busy_timeout = sqlite_database::k_default_busy_timeout);
  ~ListStore();
  ListStore(const ListStore&) = delete;
  ListStore& operator=(const ListStore&) = delete;

  // Replaces the list with the import (or applies a delta to it) atomically; returns the
  // number of entries the list has afterwards.
  long long store(const ListImport& import, const std::string& imported_at);

  std::vector<ListInfo> lists() const;
  std::vector<StoredEntry> entries() const;
  std::optional<ListEntry> entry(const std::string& list, const std::string& id) const;

  void record(const ReviewDecision& decision);
  // Every decision about a party, oldest first.
  std::vector<ReviewDecision> decisions(const std::string& party_key) const;

  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
  std::unique_ptr<SQLite::Database> m_db;
};

// The identity of a screened party: its normalised name and, when known, its date of birth.
std::string party_key(const std::string& name, const std::string& birth_date);

// $XDG_DATA_HOME/bibob/lists.db, else ~/.local/share/bibob/lists.db.
std::string default_list_store_path();

// "ofac:36": a list entry as commands name it.
std::string entry_reference(const std::string& list, const std::string& id);
// The list and id of a reference; UsageError when it is malformed.
std::pair<std::string, std::string> parse_entry_reference(const std::string& reference);

}  // namespace bibob::lists
