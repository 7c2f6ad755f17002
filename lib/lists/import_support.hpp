#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lists/list_entry.hpp"
#include "matching/partial_date.hpp"

// Small pieces every importer uses.
namespace bibob::lists {

std::string trim(std::string_view text);

// "file:line: message" as an InputError (exit code 3).
[[noreturn]] void fail(const std::string& file, int line, const std::string& message);

// The columns of a CSV header row by their (trimmed) names.
class CsvColumns {
 public:
  explicit CsvColumns(const std::vector<std::string>& header);
  bool has(const std::string& name) const { return m_index.contains(name); }
  // The trimmed field of the named column, or empty when the row or the header lacks it.
  std::string value(const std::vector<std::string>& row, const std::string& name) const;

 private:
  std::map<std::string, std::size_t> m_index;
};

// Adds a value unless it is empty or already there.
void add_unique(std::vector<std::string>& values, const std::string& value);
void add_name(ListEntry& entry, const std::string& name, const std::string& quality);

// Dates as lists write them, to matching::PartialDate text:
// "10 Dec 1948", "Dec 1948", "1948", "circa 1948", "1960 to 1962" (OFAC);
// "1971-01-22", "1971-01", "1971" (ISO); "22/01/1971" with 00 for an unknown part (UK);
// "22-01-1971" (Dutch).
std::optional<matching::PartialDate> parse_list_date(std::string_view text);

// ISO code of a country name or code, added to the list when known.
void add_country(std::vector<std::string>& codes, std::string_view text);

// The date a file was last written, YYYY-MM-DD, for lists that do not carry their own.
std::string file_date(const std::string& file);

}  // namespace bibob::lists
