#include "scan/scan_result.hpp"

namespace bibob::scan {

std::vector<std::string> EstablishmentResult::indicators() const {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    if (triggered[i]) names.emplace_back(k_indicator_names[i]);
  }
  return names;
}

std::vector<std::string> EstablishmentResult::unverified() const {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    if (not_verified[i]) names.emplace_back(k_indicator_names[i]);
  }
  return names;
}

bool ranks_before(const EstablishmentResult& a, const EstablishmentResult& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.kvk != b.kvk) return a.kvk < b.kvk;
  return a.line < b.line;
}

long GroupCounts::indicator_total() const {
  long total = 0;
  for (long count : triggered) total += count;
  return total;
}

bool ScanReport::incomplete() const {
  for (const auto& source : sources) {
    if (source.state == "not_verified") return true;
  }
  return false;
}

ExitCode ScanReport::exit_code() const {
  if (incomplete()) return ExitCode::incomplete;
  return flagged > 0 ? ExitCode::attention : ExitCode::ok;
}

}  // namespace bibob::scan
