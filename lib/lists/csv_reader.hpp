#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace bibob::lists {

// Reads delimited text record by record: quoted fields may hold the delimiter, doubled
// quotes and line breaks; a UTF-8 byte-order mark at the start is skipped. A record is held
// in memory, so its size is bounded: no field beyond k_max_field_bytes, no more than
// k_max_fields fields, whatever the file holds.
class CsvReader {
 public:
  static constexpr std::size_t k_max_field_bytes = 64 * 1024;
  static constexpr std::size_t k_max_fields = 4096;

  // What an oversized record does: stop the reading (a list file: InputError naming file and
  // line), or come back cut short with its problem() set (a batch, whose other rows still count).
  enum class Oversized { refuse, report };

  CsvReader(std::istream& in, std::string file, char delimiter = ',', Oversized oversized = Oversized::refuse);

  // The next record, or nothing at the end. Throws InputError naming file and line for an
  // unterminated quote.
  std::optional<std::vector<std::string>> next();

  // What was wrong with the last record (Oversized::report): "field 3 is longer than 64 KiB".
  const std::optional<std::string>& problem() const { return m_problem; }

  // The line the last record returned started on (from 1).
  int line() const { return m_record_line; }
  const std::string& file() const { return m_file; }

 private:
  std::istream& m_in;
  std::string m_file;
  char m_delimiter;
  Oversized m_oversized;
  std::optional<std::string> m_problem;
  int m_line = 1;
  int m_record_line = 0;
  bool m_started = false;
};

}  // namespace bibob::lists
