#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "signals/signal.hpp"

namespace SQLite {
class Database;
}

namespace bibob::signals {

// The signals register: an owner-only SQLite database of signals, each added or imported
// whole, retracted (kept, marked) rather than deleted.
class SignalStore {
 public:
  explicit SignalStore(const std::filesystem::path& database);
  ~SignalStore();

  // Adds signals in one transaction: all of them or none. Returns their ids.
  std::vector<std::string> add(const std::vector<Signal>& signals);
  std::vector<Signal> all(bool include_retracted) const;
  std::optional<Signal> find(const std::string& id) const;
  // Marks a signal retracted with the reason; false when there is no such signal.
  bool retract(const std::string& id, const std::string& reason);

 private:
  std::unique_ptr<SQLite::Database> m_database;
};

// signals.database, else BIBOB_SIGNALS_DB, else $XDG_DATA_HOME/bibob/signals.db.
std::filesystem::path signal_store_path(const Config& config);

// Checks a signal against the taxonomy and the gradings; an empty list when it is sound.
std::vector<std::string> signal_problems(const Signal& signal, const std::vector<std::string>& categories);

}  // namespace bibob::signals
