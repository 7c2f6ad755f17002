#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scan/establishment.hpp"

namespace bibob::lists {
class CsvReader;
}

namespace bibob::scan {

// A column of the register extract: its header name, whether it must be there, its meaning.
struct ExtractColumn {
  std::string name;
  bool required;
  std::string description;
};

// The columns the scan reads (README "bibob scan"); other columns are left alone.
const std::vector<ExtractColumn>& extract_columns();

// One line of the extract: the establishment, or what is wrong with the line
// ("establishments.csv:14: registered_on: \"2026-13-01\" is not a date YYYY-MM-DD").
struct ExtractLine {
  std::optional<Establishment> establishment;
  std::vector<std::string> problems;
};

// Reads a register extract (CSV, comma-separated, a header row naming the columns) one line
// at a time, so that an extract of any length takes the memory of one line.
class ExtractReader {
 public:
  // Opens the file and reads the header; InputError when it cannot be read or lacks a column.
  explicit ExtractReader(const std::filesystem::path& file);
  ~ExtractReader();

  // The next line, or nothing at the end of the file.
  std::optional<ExtractLine> next();
  const std::string& file() const { return m_label; }

 private:
  std::string field(const std::vector<std::string>& record, const std::string& column) const;

  std::string m_label;
  std::ifstream m_in;
  std::unique_ptr<lists::CsvReader> m_reader;
  std::map<std::string, std::size_t> m_columns;  // header name -> position
  std::size_t m_width = 0;
};

// "1506CH", "1506 ch" or "1506 CH" as "1506 CH"; nothing when it is no Dutch postcode.
std::optional<std::string> normalise_postcode(const std::string& text);

// "Jan de Vries|1970-01-01|2026-03-01;Piet Jansen|1965-05-05": the officers field, or why
// it cannot be read.
std::vector<ExtractOfficer> parse_officers(const std::string& text, std::vector<std::string>& problems);

}  // namespace bibob::scan
