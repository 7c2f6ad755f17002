#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bibob::matching {

// A date of birth as lists give it: full, year and month, year only, "circa" a year, or a
// range of years. Stored as text: "1971-01-22", "1971-01", "1971", "~1971", "1960/1962".
struct PartialDate {
  int year = 0;
  int month = 0;  // 0: unknown
  int day = 0;    // 0: unknown
  int year_to = 0;  // last year of a range, else equal to year
  bool approximate = false;

  bool full() const { return month != 0 && day != 0 && year_to == year && !approximate; }
  std::string text() const;
};

std::optional<PartialDate> parse_partial_date(std::string_view text);

}  // namespace bibob::matching
