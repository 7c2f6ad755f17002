#pragma once

#include <filesystem>

#include "util/sqlite_database.hpp"

namespace bibob::store {

// SQLite work on the case register, its errors as bibob's (util/sqlite_database.hpp).
template <typename F>
auto guarded(const std::filesystem::path& database, F&& body) -> decltype(body()) {
  return sqlite_database::guarded(database, "the case register", std::forward<F>(body));
}

}  // namespace bibob::store
