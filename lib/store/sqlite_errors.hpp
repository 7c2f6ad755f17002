#pragma once

#include <filesystem>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "util/errors.hpp"

namespace bibob::store {

// Runs SQLite work on the register and turns SQLite's errors into bibob's: a database another
// process kept locked past the busy timeout is "busy" (exit 6: try again), anything else is
// an environment failure (exit 5). Both name the database.
template <typename F>
auto guarded(const std::filesystem::path& database, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) {
      throw Error(ExitCode::busy,
                  database.string() + ": the case register is busy (another bibob is writing it); try again");
    }
    throw Error(ExitCode::internal, database.string() + ": case register: " + e.what());
  }
}

}  // namespace bibob::store
