#include "matching/partial_date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace bibob::matching {
namespace {

std::optional<int> number(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool plausible_year(int year) { return year >= 1850 && year <= 2100; }

}  // namespace

std::string PartialDate::text() const {
  std::array<char, 32> buffer{};
  if (year_to != year) {
    std::snprintf(buffer.data(), buffer.size(), "%04d/%04d", year, year_to);
  } else if (day != 0) {
    std::snprintf(buffer.data(), buffer.size(), "%s%04d-%02d-%02d", approximate ? "~" : "", year, month, day);
  } else if (month != 0) {
    std::snprintf(buffer.data(), buffer.size(), "%s%04d-%02d", approximate ? "~" : "", year, month);
  } else {
    std::snprintf(buffer.data(), buffer.size(), "%s%04d", approximate ? "~" : "", year);
  }
  return buffer.data();
}

std::optional<PartialDate> parse_partial_date(std::string_view text) {
  PartialDate date;
  if (text.starts_with("~")) {
    date.approximate = true;
    text.remove_prefix(1);
  }
  if (const auto slash = text.find('/'); slash != std::string_view::npos) {
    const auto from = number(text.substr(0, slash), 4);
    const auto to = number(text.substr(slash + 1), 4);
    if (!from || !to || !plausible_year(*from) || !plausible_year(*to) || *to < *from) return std::nullopt;
    date.year = *from;
    date.year_to = *to;
    return date;
  }
  const auto year = number(text.substr(0, 4), 4);
  if (!year || !plausible_year(*year)) return std::nullopt;
  date.year = date.year_to = *year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const auto month = number(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto day = number(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > 31) return std::nullopt;
  date.day = *day;
  return date;
}

}  // namespace bibob::matching
