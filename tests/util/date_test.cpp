#include <cstdlib>

#include <catch2/catch.hpp>

#include "util/date.hpp"
#include "util/errors.hpp"

using bibob::Date;

TEST_CASE("dates parse only in the form YYYY-MM-DD and only when they exist", "[date]") {
  CHECK(Date::parse("2026-10-01").has_value());
  CHECK(Date::parse("2024-02-29").has_value());  // leap year
  CHECK_FALSE(Date::parse("2026-02-29").has_value());
  CHECK_FALSE(Date::parse("2026-02-30").has_value());
  CHECK_FALSE(Date::parse("2026-13-01").has_value());
  CHECK_FALSE(Date::parse("2026-1-01").has_value());
  CHECK_FALSE(Date::parse("01-10-2026").has_value());
  CHECK_FALSE(Date::parse("2026-10-01T00:00").has_value());
  CHECK_FALSE(Date::parse("1700-01-01").has_value());
  CHECK(Date::parse("2026-10-01")->iso() == "2026-10-01");
}

TEST_CASE("date arithmetic follows the calendar", "[date]") {
  const Date start = *Date::parse("2026-01-31");
  CHECK(start.plus_months(1).iso() == "2026-02-28");
  CHECK(start.plus_days(1).iso() == "2026-02-01");
  CHECK(start.days_until(*Date::parse("2026-03-02")) == 30);
  CHECK(*Date::parse("2026-01-01") < *Date::parse("2026-01-02"));
}

TEST_CASE("BIBOB_TODAY fixes today's date, and a bad value is refused", "[date]") {
  setenv("BIBOB_TODAY", "2025-06-30", 1);
  CHECK(Date::today().iso() == "2025-06-30");
  setenv("BIBOB_TODAY", "30-06-2025", 1);
  CHECK_THROWS_AS(Date::today(), bibob::UsageError);
  unsetenv("BIBOB_TODAY");
  CHECK(Date::today().year() >= 2026);
}
