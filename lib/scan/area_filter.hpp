#pragma once

#include <string>
#include <utility>
#include <vector>

namespace bibob::scan {

// Which postcode areas (the four digits of a postcode) a scan covers: "1506,1507" or
// "1500-1509" or both mixed. Empty: every area.
class AreaFilter {
 public:
  AreaFilter() = default;
  // UsageError naming the part that is not an area or a range of areas.
  static AreaFilter parse(const std::string& text);

  bool covers(const std::string& area) const;
  bool everything() const { return m_ranges.empty(); }
  // "1500-1509, 1512", as parsed (for reports).
  std::string describe() const;
  const std::vector<std::pair<int, int>>& ranges() const { return m_ranges; }

 private:
  std::vector<std::pair<int, int>> m_ranges;  // inclusive
};

}  // namespace bibob::scan
