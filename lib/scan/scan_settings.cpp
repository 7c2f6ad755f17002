#include "scan/scan_settings.hpp"

#include <utility>

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

ScanSettings scan_settings(const configuration::Config& config, screening::IndicatorThresholds thresholds) {
  ScanSettings settings;
  settings.thresholds = std::move(thresholds);
  const YAML::Node scan = at(config.merged, "scan");
  settings.risk_sectors = text_list(at(scan, "risk_sectors"), {});
  settings.signals_min = value_or<int>(at(scan, "signals_min"), settings.signals_min);
  settings.top = value_or<int>(at(scan, "top"), settings.top);
  const YAML::Node weights = at(scan, "weights");
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    settings.weights[i] = value_or<double>(at(weights, std::string(k_indicator_names[i])), 1.0);
  }
  return settings;
}

}  // namespace bibob::scan
