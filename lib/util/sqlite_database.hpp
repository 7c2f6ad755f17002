#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "util/errors.hpp"

// What every SQLite file bibob keeps (the case register, the list store, the registry cache)
// shares: opened owner-only, in WAL mode so that readers never wait for a writer, with a busy
// timeout so that several bibobs can use one file; and SQLite's errors as bibob's.
namespace bibob::sqlite_database {

inline constexpr std::chrono::seconds k_default_busy_timeout{10};

// Opens the file (created with mode 0600, its folder 0700, when absent).
std::unique_ptr<SQLite::Database> open(const std::filesystem::path& file,
                                       std::chrono::milliseconds busy_timeout = k_default_busy_timeout);

// Runs SQLite work on one file: a database another process kept locked past the busy
// timeout is "busy" (exit 6: try again), any other SQLite error an environment failure
// (exit 5). Both name the file and what it is ("the list store").
template <typename F>
auto guarded(const std::filesystem::path& file, std::string_view what, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) {
      throw Error(ExitCode::busy, file.string() + ": " + std::string(what) +
                                      " is busy (another bibob kept it locked longer than the busy timeout, "
                                      "store.busy_timeout_seconds); try again");
    }
    throw Error(ExitCode::internal, file.string() + ": " + std::string(what) + ": " + e.what());
  }
}

}  // namespace bibob::sqlite_database
