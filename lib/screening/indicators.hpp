#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/case_file.hpp"

namespace bibob::screening {

// The thresholds the checks and the area scan share. They are the checks' parameters
// (checks.<check>.params in the configuration); the scan reads the same values, so a
// building that is a cluster for a screening is a cluster for the scan.
struct IndicatorThresholds {
  long address_cluster_min = 0;          // address_cluster.min_registrations
  long young_company_months = 0;         // young_company.months
  long concentration_min = 0;            // concentration.min_businesses
  long change_window_months = 0;         // officers.change_window_months
  long signal_window_months = 0;         // signals.window_months
  long insolvency_window_years = 0;      // insolvencies.window_years
  std::vector<std::string> counted_decisions;  // earlier_decisions.counted_decisions
};

// The first day of a window of so many months that ends on the reference date.
Date window_start(const Date& reference, long months);

// Dated within the window of so many months before the reference date, or after it.
bool within_window(const std::optional<Date>& date, const Date& reference, long months);

// So many active registrations at one address make a cluster.
bool is_address_cluster(long active_registrations, long minimum);

// Registered less than so many months before the reference date (or after it).
bool is_young_company(const Date& registered, const Date& reference, long months);

// So many current positions of one person make a concentration.
bool is_concentration(long positions, long minimum);

// Someone who took a position (officer, shareholder) within the window of so many months, at a
// company registered before: a change, not a founder.
bool is_recent_change(const std::optional<Date>& since, const std::optional<Date>& company_registered,
                          const Date& reference, long months);

// An earlier decision of a kind that counts against someone (a refusal or a revocation, as configured).
bool counts_as_earlier_refusal(const std::string& decision, const std::vector<std::string>& counted);

}  // namespace bibob::screening
