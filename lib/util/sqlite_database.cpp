#include "util/sqlite_database.hpp"

#include "util/private_files.hpp"

namespace bibob::sqlite_database {

std::unique_ptr<SQLite::Database> open(const std::filesystem::path& file, std::chrono::milliseconds busy_timeout) {
  private_files::ensure_file(file);
  auto database = std::make_unique<SQLite::Database>(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  database->setBusyTimeout(static_cast<int>(busy_timeout.count()));
  // Switching to WAL takes a lock of its own; once a file is in WAL mode it stays so.
  if (database->execAndGet("PRAGMA journal_mode").getString() != "wal") database->exec("PRAGMA journal_mode=WAL");
  database->exec("PRAGMA foreign_keys=ON");
  return database;
}

}  // namespace bibob::sqlite_database
