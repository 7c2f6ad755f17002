#pragma once

#include <array>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "model/scan_indicator.hpp"
#include "screening/indicators.hpp"

namespace bibob::scan {

// What the scan weighs: the checks' thresholds (checks.*.params, the same lines a screening
// draws) and the scan's own part of the configuration (scan.* in config/bibob.yaml).
struct ScanSettings {
  screening::IndicatorThresholds thresholds;
  std::vector<std::string> risk_sectors;  // SBI code prefixes: "56", "9602", "4742"
  int signals_min = 2;  // signals about one establishment that make a cluster
  std::array<double, k_indicator_count> weights{};
  int top = 20;

  double weight(ScanIndicator indicator) const { return weights[static_cast<std::size_t>(indicator)]; }
  // The risk sector an SBI code falls in (the longest matching prefix), or empty.
  std::string risk_sector(const std::string& sbi) const;
};

// Reads scan.* from the effective configuration (already checked against the key table) beside
// the checks' thresholds.
ScanSettings scan_settings(const configuration::Config& config, screening::IndicatorThresholds thresholds);

}  // namespace bibob::scan
