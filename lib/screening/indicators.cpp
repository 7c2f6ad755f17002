#include "screening/indicators.hpp"

#include <algorithm>

namespace bibob::screening {

Date window_start(const Date& reference, long months) { return reference.plus_months(static_cast<int>(-months)); }

bool within_window(const std::optional<Date>& date, const Date& reference, long months) {
  return date && *date >= window_start(reference, months);
}

bool is_address_cluster(long active_registrations, long minimum) {
  return active_registrations >= minimum;
}

bool is_young_company(const Date& registered, const Date& reference, long months) {
  return registered > window_start(reference, months);
}

bool is_concentration(long positions, long minimum) { return positions >= minimum; }

bool is_recent_change(const std::optional<Date>& since, const std::optional<Date>& company_registered,
                          const Date& reference, long months) {
  if (!within_window(since, reference, months)) return false;
  return !company_registered || *company_registered < *since;
}

bool counts_as_earlier_refusal(const std::string& decision, const std::vector<std::string>& counted) {
  return std::find(counted.begin(), counted.end(), decision) != counted.end();
}

}  // namespace bibob::screening
