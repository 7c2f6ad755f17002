#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace bibob {

// A calendar date without a time zone, as written on the questionnaire (ISO YYYY-MM-DD).
class Date {
 public:
  Date() = default;
  explicit Date(std::chrono::year_month_day ymd) : m_ymd(ymd) {}

  // Only the exact form YYYY-MM-DD of a date that exists; nothing else.
  static std::optional<Date> parse(std::string_view text);

  // Today's date, or the date in BIBOB_TODAY (YYYY-MM-DD) so that an earlier screening
  // can be reproduced exactly as it was.
  static Date today();

  int year() const { return static_cast<int>(m_ymd.year()); }
  std::string iso() const;
  // As Dutch letters write it: "15 juni 2026".
  std::string dutch() const;
  std::chrono::sys_days days() const { return std::chrono::sys_days(m_ymd); }
  Date plus_days(int days) const;
  Date plus_months(int months) const;

  // Whole days from this date until the other (negative when the other lies before).
  long days_until(const Date& other) const;

  auto operator<=>(const Date&) const = default;

 private:
  std::chrono::year_month_day m_ymd{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

}  // namespace bibob
