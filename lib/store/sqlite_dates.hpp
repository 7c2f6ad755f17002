#pragma once

// What the SQLite store's files (sqlite_*.cpp) share, and no one else: dates as the register
// keeps them, ISO text (YYYY-MM-DD), NULL for a date that is not there.
#include <optional>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "util/date.hpp"
#include "util/errors.hpp"

namespace bibob::store::sqlite_detail {

// A date the register must hold; one it cannot read means the file is broken, not the input.
inline Date date_of(const SQLite::Column& column) {
  const auto parsed = Date::parse(column.getString());
  if (!parsed) throw Error(ExitCode::internal, "the case register holds an invalid date \"" + column.getString() + "\"");
  return *parsed;
}

inline std::optional<Date> optional_date(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return date_of(column);
}

inline void bind_optional(SQLite::Statement& statement, int index, const std::optional<Date>& date) {
  if (date) {
    statement.bind(index, date->iso());
  } else {
    statement.bind(index);
  }
}

}  // namespace bibob::store::sqlite_detail
