#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace bibob::lists {

// Reads delimited text record by record: quoted fields may hold the delimiter, doubled
// quotes and line breaks; a UTF-8 byte-order mark at the start is skipped.
class CsvReader {
 public:
  CsvReader(std::istream& in, std::string file, char delimiter = ',');

  // The next record, or nothing at the end. Throws InputError naming file and line for an
  // unterminated quote.
  std::optional<std::vector<std::string>> next();

  // The line the last record returned started on (from 1).
  int line() const { return m_record_line; }
  const std::string& file() const { return m_file; }

 private:
  std::istream& m_in;
  std::string m_file;
  char m_delimiter;
  int m_line = 1;
  int m_record_line = 0;
  bool m_started = false;
};

}  // namespace bibob::lists
