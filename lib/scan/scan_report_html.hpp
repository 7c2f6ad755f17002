#pragma once

#include <string>

#include "scan/scan_result.hpp"

namespace bibob::scan {

// The scan as one HTML page that opens offline: inline CSS, charts drawn as inline SVG (the
// indicators per postcode area and per sector), and the ranking's first establishments with
// their reasons. Well-formed XML (XHTML), so that tools can read it back.
std::string scan_report_html(const ScanReport& report);

// The rows the charts draw: at most `rows` groups with the most indicators (in key order),
// the rest summed into "overig".
std::vector<GroupCounts> chart_groups(const std::vector<GroupCounts>& groups, std::size_t rows);

}  // namespace bibob::scan
