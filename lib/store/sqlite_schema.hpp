#pragma once

#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace bibob::store {

// One step of the register's schema: applied in order, each in the transaction that sets
// PRAGMA user_version to its version.
struct Migration {
  int version;
  const char* description;
  std::vector<std::string> statements;
};

const std::vector<Migration>& migrations();
int current_schema_version();

// Brings the database to the current version; refuses one written by a newer bibob
// (InputError naming the file and both versions).
void migrate(SQLite::Database& database, const std::string& label);

}  // namespace bibob::store
