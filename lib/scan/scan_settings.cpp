#include "scan/scan_settings.hpp"

namespace bibob::scan {
namespace {

YAML::Node at(const YAML::Node& node, const std::string& key) {
  if (node.IsMap()) {
    if (YAML::Node child = node[key]; child.IsDefined() && !child.IsNull()) return child;
  }
  return YAML::Node(YAML::NodeType::Null);
}

template <typename T>
T value_or(const YAML::Node& node, T fallback) {
  return node.IsNull() ? fallback : node.as<T>();
}

std::vector<std::string> text_list(const YAML::Node& node, std::vector<std::string> fallback) {
  if (!node.IsSequence()) return fallback;
  std::vector<std::string> out;
  for (const auto& item : node) out.push_back(item.Scalar());
  return out;
}

}  // namespace

std::string ScanSettings::risk_sector(const std::string& sbi) const {
  std::string best;
  for (const auto& prefix : risk_sectors) {
    if (sbi.starts_with(prefix) && prefix.size() > best.size()) best = prefix;
  }
  return best;
}

ScanSettings scan_settings(const Config& config) {
  ScanSettings settings;
  const YAML::Node scan = at(config.merged, "scan");
  settings.risk_sectors = text_list(at(scan, "risk_sectors"), {});
  settings.young_company_months = value_or<int>(at(scan, "young_company_months"), settings.young_company_months);
  settings.address_cluster_min = value_or<int>(at(scan, "address_cluster_min"), settings.address_cluster_min);
  settings.officer_min_establishments =
      value_or<int>(at(scan, "officer_min_establishments"), settings.officer_min_establishments);
  settings.officer_change_months = value_or<int>(at(scan, "officer_change_months"), settings.officer_change_months);
  settings.signal_window_months = value_or<int>(at(scan, "signal_window_months"), settings.signal_window_months);
  settings.signals_min = value_or<int>(at(scan, "signals_min"), settings.signals_min);
  settings.insolvency_window_years =
      value_or<int>(at(scan, "insolvency_window_years"), settings.insolvency_window_years);
  settings.refusal_kinds = text_list(at(scan, "refusal_kinds"), settings.refusal_kinds);
  settings.top = value_or<int>(at(scan, "top"), settings.top);
  const YAML::Node weights = at(scan, "weights");
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    settings.weights[i] = value_or<double>(at(weights, std::string(k_indicator_names[i])), 1.0);
  }
  return settings;
}

}  // namespace bibob::scan
