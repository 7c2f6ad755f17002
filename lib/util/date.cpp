#include "util/date.hpp"

#include <cstdlib>
#include <cstdio>
#include <string>

#include "util/errors.hpp"

namespace bibob {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (!is_digit(text[i])) return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{digits(text.substr(0, 4))},
                                        std::chrono::month{static_cast<unsigned>(digits(text.substr(5, 2)))},
                                        std::chrono::day{static_cast<unsigned>(digits(text.substr(8, 2)))}};
  if (!ymd.ok() || ymd.year() < std::chrono::year{1800}) return std::nullopt;
  return Date(ymd);
}

Date Date::today() {
  if (const char* fixed = std::getenv("BIBOB_TODAY"); fixed != nullptr && *fixed != '\0') {
    if (auto date = parse(fixed)) return *date;
    throw UsageError("BIBOB_TODAY: \"" + std::string(fixed) + "\" is not a date of the form YYYY-MM-DD");
  }
  return Date(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())});
}

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(m_ymd.year()),
                static_cast<unsigned>(m_ymd.month()), static_cast<unsigned>(m_ymd.day()));
  return buffer;
}

std::string Date::dutch() const {
  static const char* months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                 "juli",    "augustus", "september", "oktober", "november", "december"};
  return std::to_string(static_cast<unsigned>(m_ymd.day())) + " " +
         months[static_cast<unsigned>(m_ymd.month()) - 1] + " " + std::to_string(static_cast<int>(m_ymd.year()));
}

Date Date::plus_days(int days) const { return Date(std::chrono::year_month_day{this->days() + std::chrono::days{days}}); }

Date Date::plus_months(int months) const {
  auto ymd = m_ymd + std::chrono::months{months};
  // 31 January plus one month is the last day of February, as in Awb term computation.
  if (!ymd.ok()) ymd = ymd.year() / ymd.month() / std::chrono::last;
  return Date(std::chrono::year_month_day{ymd});
}

long Date::days_until(const Date& other) const { return (other.days() - days()).count(); }

}  // namespace bibob
