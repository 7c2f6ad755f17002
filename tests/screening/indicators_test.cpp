#include <catch2/catch.hpp>

#include "screening/indicators.hpp"

using namespace bibob;
using namespace bibob::screening;

namespace {

Date day(const char* iso) { return *Date::parse(iso); }

}  // namespace

TEST_CASE("indicators: a window of months ends on the reference date and includes its first day", "[indicators]") {
  const Date reference = day("2026-11-28");
  CHECK(window_start(reference, 6) == day("2026-05-28"));
  CHECK(within_window(day("2026-05-28"), reference, 6));
  CHECK_FALSE(within_window(day("2026-05-27"), reference, 6));
  CHECK(within_window(day("2027-01-01"), reference, 6));  // after the reference date counts too
  CHECK_FALSE(within_window(std::nullopt, reference, 6));
}

TEST_CASE("indicators: young is registered less than the months before, not exactly as many", "[indicators]") {
  const Date reference = day("2026-12-03");
  CHECK_FALSE(is_young_company(day("2025-12-03"), reference, 12));
  CHECK(is_young_company(day("2025-12-04"), reference, 12));
  CHECK(is_young_company(day("2027-01-01"), reference, 12));
}

TEST_CASE("indicators: a recent officer is a change at an older company, not its founder", "[indicators]") {
  const Date reference = day("2026-11-28");
  CHECK(is_recent_change(day("2026-10-01"), day("2004-09-01"), reference, 6));
  CHECK_FALSE(is_recent_change(day("2026-09-01"), day("2026-09-01"), reference, 6));  // the founder
  CHECK_FALSE(is_recent_change(day("2026-05-27"), day("2010-01-01"), reference, 6));  // too long ago
  CHECK(is_recent_change(day("2026-10-01"), std::nullopt, reference, 6));  // registration unknown
  CHECK_FALSE(is_recent_change(std::nullopt, day("2010-01-01"), reference, 6));
}

TEST_CASE("indicators: counts reach their minimum; decisions count as configured", "[indicators]") {
  CHECK(is_address_cluster(5, 5));
  CHECK_FALSE(is_address_cluster(4, 5));
  CHECK(is_concentration(3, 3));
  CHECK_FALSE(is_concentration(2, 3));
  const std::vector<std::string> counted = {"geweigerd", "ingetrokken"};
  CHECK(counts_as_earlier_refusal("ingetrokken", counted));
  CHECK_FALSE(counts_as_earlier_refusal("verleend_met_voorschriften", counted));
  CHECK_FALSE(counts_as_earlier_refusal("geweigerd", {}));
}
