#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace bibob {

// The indicators the area scan computes per establishment, in the order reports show them; the
// configuration names them too (scan.weights.<name>).
enum class ScanIndicator : std::size_t {
  address_cluster,
  young_risk_sector,
  officer_churn,
  list_hit,
  insolvency,
  signals,
  earlier_refusal,
};

inline constexpr std::size_t k_indicator_count = 7;

inline constexpr std::array<std::string_view, k_indicator_count> k_indicator_names = {
    "address_cluster", "young_risk_sector", "officer_churn", "list_hit", "insolvency", "signals", "earlier_refusal"};

// As a person reads it in a report.
inline constexpr std::array<std::string_view, k_indicator_count> k_indicator_titles = {
    "adrescluster",    "jong bedrijf in risicobranche", "wisselende of gedeelde bestuurders", "treffer op een lijst",
    "faillissementen", "signalen (zachte informatie)",  "eerdere weigering of intrekking"};

inline std::string_view name_of(ScanIndicator indicator) { return k_indicator_names[static_cast<std::size_t>(indicator)]; }
inline std::string_view title_of(ScanIndicator indicator) {
  return k_indicator_titles[static_cast<std::size_t>(indicator)];
}

inline std::optional<ScanIndicator> indicator_named(std::string_view name) {
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    if (k_indicator_names[i] == name) return static_cast<ScanIndicator>(i);
  }
  return std::nullopt;
}

}  // namespace bibob
