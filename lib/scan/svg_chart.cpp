#include "scan/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "util/text.hpp"

namespace bibob::scan {
namespace {

constexpr int k_width = 760;
constexpr int k_label_width = 120;
constexpr int k_total_width = 60;
constexpr int k_row_height = 22;
constexpr int k_bar_height = 16;
constexpr int k_top = 10;
constexpr int k_scale_height = 24;
constexpr int k_legend_row = 20;

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// A round step for the scale: 1, 2 or 5 times a power of ten, giving at most six ticks.
long tick_step(long maximum) {
  long step = 1;
  while (true) {
    for (long factor : {1L, 2L, 5L}) {
      if (maximum / (step * factor) <= 5) return step * factor;
    }
    step *= 10;
  }
}

}  // namespace

std::string stacked_bar_chart(const std::string& id, const std::string& title, const std::vector<ChartSeries>& series,
                              const std::vector<ChartRow>& rows) {
  long maximum = 0;
  for (const auto& row : rows) {
    long total = 0;
    for (long value : row.values) total += value;
    maximum = std::max(maximum, total);
  }
  const int bar_area = k_width - k_label_width - k_total_width;
  const int bars_height = static_cast<int>(rows.size()) * k_row_height;
  const int legend_top = k_top + bars_height + k_scale_height + 8;
  const int legend_rows = static_cast<int>((series.size() + 2) / 3);
  const int height = legend_top + legend_rows * k_legend_row + 4;
  const long step = tick_step(std::max(1L, maximum));
  const long scale_max = std::max(1L, ((maximum + step - 1) / step) * step);
  auto x_of = [&](double value) { return k_label_width + value / static_cast<double>(scale_max) * bar_area; };

  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" << text::xml_escape(id) << "\" class=\"chart\" role=\"img\" "
      << "width=\"" << k_width << "\" height=\"" << height << "\" viewBox=\"0 0 " << k_width << ' ' << height
      << "\" font-family=\"sans-serif\" font-size=\"12\">";
  svg << "<title>" << text::xml_escape(title) << "</title>";
  // Scale: grid lines and their numbers.
  svg << "<g class=\"scale\">";
  for (long tick = 0; tick <= scale_max; tick += step) {
    const std::string x = number(x_of(static_cast<double>(tick)));
    svg << "<line x1=\"" << x << "\" y1=\"" << k_top << "\" x2=\"" << x << "\" y2=\"" << k_top + bars_height
        << "\" stroke=\"#dddddd\"/>";
    svg << "<text x=\"" << x << "\" y=\"" << k_top + bars_height + 16 << "\" text-anchor=\"middle\" fill=\"#555555\">"
        << tick << "</text>";
  }
  svg << "</g>";
  int y = k_top;
  for (const auto& row : rows) {
    const std::string label = text::xml_escape(row.label);
    long total = 0;
    svg << "<g class=\"row\" data-row=\"" << label << "\">";
    svg << "<text x=\"" << k_label_width - 6 << "\" y=\"" << y + 13 << "\" text-anchor=\"end\">" << label << "</text>";
    double x = k_label_width;
    for (std::size_t i = 0; i < series.size() && i < row.values.size(); ++i) {
      const long value = row.values[i];
      total += value;
      if (value == 0) continue;
      const double width = static_cast<double>(value) / static_cast<double>(scale_max) * bar_area;
      svg << "<rect class=\"bar\" data-row=\"" << label << "\" data-series=\"" << text::xml_escape(series[i].key)
          << "\" data-value=\"" << value << "\" x=\"" << number(x) << "\" y=\"" << y + 3 << "\" width=\""
          << number(width) << "\" height=\"" << k_bar_height << "\" fill=\"" << series[i].colour << "\"><title>"
          << label << ", " << text::xml_escape(series[i].label) << ": " << value << "</title></rect>";
      x += width;
    }
    svg << "<text class=\"total\" data-row=\"" << label << "\" x=\"" << number(x + 4) << "\" y=\"" << y + 15 << "\">"
        << total << "</text>";
    svg << "</g>";
    y += k_row_height;
  }
  if (rows.empty()) {
    svg << "<text x=\"" << k_label_width << "\" y=\"" << k_top + 14 << "\">geen gegevens</text>";
  }
  // Legend, three to a row.
  svg << "<g class=\"legend\">";
  for (std::size_t i = 0; i < series.size(); ++i) {
    const int lx = 10 + static_cast<int>(i % 3) * 250;
    const int ly = legend_top + static_cast<int>(i / 3) * k_legend_row;
    svg << "<rect x=\"" << lx << "\" y=\"" << ly << "\" width=\"12\" height=\"12\" fill=\"" << series[i].colour
        << "\"/><text x=\"" << lx + 18 << "\" y=\"" << ly + 11 << "\">" << text::xml_escape(series[i].label) << "</text>";
  }
  svg << "</g></svg>";
  return svg.str();
}

}  // namespace bibob::scan
