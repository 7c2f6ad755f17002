#pragma once

#include <string>
#include <vector>

namespace bibob::scan {

struct ChartSeries {
  std::string key;     // "address_cluster": in data-series
  std::string label;   // in the legend
  std::string colour;  // "#E69F00"
};

struct ChartRow {
  std::string label;         // "1506": in data-row and beside the bar
  std::vector<long> values;  // one per series
};

// A horizontal stacked bar chart as inline SVG, drawn without any library or external
// resource: one bar per row, one segment per series, the row's total at its end, a scale
// and a legend. Every segment carries data-row, data-series and data-value, and a <title>
// that a browser shows on hovering.
std::string stacked_bar_chart(const std::string& id, const std::string& title, const std::vector<ChartSeries>& series,
                              const std::vector<ChartRow>& rows);

}  // namespace bibob::scan
