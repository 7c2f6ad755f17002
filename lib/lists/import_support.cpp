#include "lists/import_support.hpp"

#include <sys/stat.h>

#include <ctime>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <chrono>
#include <filesystem>

#include "matching/countries.hpp"
#include "util/errors.hpp"

namespace bibob::lists {
namespace {

std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  if (text.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int month_number(std::string_view name) {
  static constexpr std::array<std::string_view, 12> k_months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower;
  for (char c : name.substr(0, 3)) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::size_t i = 0; i < k_months.size(); ++i) {
    if (k_months[i] == lower) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    while (start < text.size() && text[start] == ' ') ++start;
    std::size_t end = start;
    while (end < text.size() && text[end] != ' ') ++end;
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

// "10 Dec 1948", "Dec 1948", "1948".
std::optional<matching::PartialDate> ofac_single(const std::vector<std::string_view>& parts) {
  matching::PartialDate date;
  if (parts.size() == 1) {
    const auto year = whole_number(parts[0]);
    if (!year) return std::nullopt;
    date.year = date.year_to = *year;
  } else if (parts.size() == 2) {
    const auto year = whole_number(parts[1]);
    date.month = month_number(parts[0]);
    if (!year || date.month == 0) return std::nullopt;
    date.year = date.year_to = *year;
  } else if (parts.size() == 3) {
    const auto day = whole_number(parts[0]);
    const auto year = whole_number(parts[2]);
    date.month = month_number(parts[1]);
    if (!day || !year || date.month == 0) return std::nullopt;
    date.day = *day;
    date.year = date.year_to = *year;
  } else {
    return std::nullopt;
  }
  return matching::parse_partial_date(date.text());
}

}  // namespace

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

void fail(const std::string& file, int line, const std::string& message) {
  throw InputError(file + ":" + std::to_string(line) + ": " + message);
}

CsvColumns::CsvColumns(const std::vector<std::string>& header) {
  for (std::size_t i = 0; i < header.size(); ++i) m_index[trim(header[i])] = i;
}

std::string CsvColumns::value(const std::vector<std::string>& row, const std::string& name) const {
  const auto it = m_index.find(name);
  return it == m_index.end() || it->second >= row.size() ? "" : trim(row[it->second]);
}

void add_unique(std::vector<std::string>& values, const std::string& value) {
  if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

void add_name(ListEntry& entry, const std::string& name, const std::string& quality) {
  const std::string clean = trim(name);
  if (clean.empty()) return;
  for (const auto& existing : entry.names) {
    if (existing.name == clean) return;
  }
  entry.names.push_back({clean, quality});
}

std::optional<matching::PartialDate> parse_list_date(std::string_view raw) {
  std::string text = trim(raw);
  while (!text.empty() && text.back() == '.') text.pop_back();
  if (text.empty()) return std::nullopt;
  if (auto iso = matching::parse_partial_date(text)) return iso;
  // dd/mm/yyyy (UK, 00 when unknown) and dd-mm-yyyy (Dutch).
  if (text.size() == 10 && (text[2] == '/' || text[2] == '-') && text[5] == text[2]) {
    const auto day = whole_number(std::string_view(text).substr(0, 2));
    const auto month = whole_number(std::string_view(text).substr(3, 2));
    const auto year = whole_number(std::string_view(text).substr(6, 4));
    if (!day || !month || !year || *year == 0) return std::nullopt;
    matching::PartialDate date;
    date.year = date.year_to = *year;
    date.month = *month;
    date.day = *month == 0 ? 0 : *day;
    return matching::parse_partial_date(date.text());
  }
  std::string lower = text;
  for (auto& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  bool approximate = false;
  for (std::string_view prefix : {"circa ", "approximately ", "about ", "ca. "}) {
    if (std::string_view(lower).starts_with(prefix)) {
      approximate = true;
      lower.erase(0, prefix.size());
      text.erase(0, prefix.size());
      break;
    }
  }
  if (const auto to = lower.find(" to "); to != std::string::npos) {
    const auto from_date = ofac_single(words(std::string_view(text).substr(0, to)));
    const auto to_date = ofac_single(words(std::string_view(text).substr(to + 4)));
    if (!from_date || !to_date || to_date->year < from_date->year) return std::nullopt;
    matching::PartialDate range;
    range.year = from_date->year;
    range.year_to = to_date->year;
    if (range.year == range.year_to) return from_date;
    return range;
  }
  auto date = ofac_single(words(text));
  if (date) date->approximate = approximate;
  return date;
}

void add_country(std::vector<std::string>& codes, std::string_view text) {
  if (const auto code = matching::country_code(trim(text))) add_unique(codes, *code);
}

std::string file_date(const std::string& file) {
  struct stat info {};
  if (stat(file.c_str(), &info) != 0) return "";
  std::tm utc{};
  gmtime_r(&info.st_mtime, &utc);
  std::array<char, 16> buffer{};
  std::strftime(buffer.data(), buffer.size(), "%Y-%m-%d", &utc);
  return buffer.data();
}

}  // namespace bibob::lists
