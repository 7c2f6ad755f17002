#pragma once

#include <array>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "scan/indicator.hpp"

namespace bibob::scan {

// The scan's part of the configuration (scan.* in config/bibob.yaml; `bibob config keys`).
struct ScanSettings {
  std::vector<std::string> risk_sectors;  // SBI code prefixes: "56", "9602", "4742"
  int young_company_months = 12;
  int address_cluster_min = 5;         // active establishments at one address
  int officer_min_establishments = 3;  // one person officer of this many establishments
  int officer_change_months = 6;       // an officer who took office this recently
  int signal_window_months = 24;
  int signals_min = 2;  // signals about one establishment that make a cluster
  int insolvency_window_years = 5;
  std::vector<std::string> refusal_kinds = {"geweigerd", "ingetrokken"};
  std::array<double, k_indicator_count> weights{};
  int top = 20;

  double weight(Indicator indicator) const { return weights[static_cast<std::size_t>(indicator)]; }
  // The risk sector an SBI code falls in (the longest matching prefix), or empty.
  std::string risk_sector(const std::string& sbi) const;
};

// Reads scan.* from the effective configuration (already checked against the key table).
ScanSettings scan_settings(const Config& config);

}  // namespace bibob::scan
