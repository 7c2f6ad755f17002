#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "casefile/case_builder.hpp"
#include "checks/indicator_thresholds.hpp"
#include "scan/scanner.hpp"
#include "support/temp_dir.hpp"

// Tests build lines with designated initializers that name only the fields they are about;
// the others keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace bibob::testing {

inline const std::string k_extract_header =
    "kvk,name,legal_form,registered_on,sbi,street,number,suffix,postcode,city,deregistered_on,officers\n";

// One line of an extract; the fields not given are those of an unremarkable old business.
struct Line {
  std::string kvk;
  std::string name = "Bedrijf";
  std::string registered_on = "2010-01-01";
  std::string sbi = "6201";
  std::string street = "Dorpsstraat";
  std::string number = "1";
  std::string postcode = "1506 AB";
  std::string officers;
  std::string deregistered_on;
  std::string suffix;
  std::string legal_form = "B.V.";

  std::string csv() const {
    auto quoted = [](const std::string& value) {
      return value.find_first_of(",\"") == std::string::npos ? value : "\"" + value + "\"";
    };
    return kvk + "," + quoted(name) + "," + legal_form + "," + registered_on + "," + sbi + "," + street + "," + number +
           "," + suffix + "," + postcode + ",Zaandam," + deregistered_on + "," + quoted(officers) + "\n";
  }
};

inline std::string extract(const std::vector<Line>& lines) {
  std::string text = k_extract_header;
  for (const auto& line : lines) text += line.csv();
  return text;
}

struct ScanRun {
  scan::ScanReport report;
  std::vector<scan::EstablishmentResult> all;  // every scored establishment, in extract order

  const scan::EstablishmentResult& at(const std::string& kvk) const {
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& r) { return r.kvk == kvk; });
    if (it == all.end()) throw std::runtime_error("not scored: " + kvk);
    return *it;
  }
  bool has(const std::string& kvk, ScanIndicator indicator) const {
    return at(kvk).triggered[static_cast<std::size_t>(indicator)];
  }
  std::string reasons(const std::string& kvk, ScanIndicator indicator) const {
    std::string text;
    for (const auto& reason : at(kvk).reasons) {
      if (reason.indicator == indicator) text += (text.empty() ? "" : "\n") + reason.text;
    }
    return text;
  }
};

inline scan::ScanSettings default_scan_settings() { return scan::scan_settings(default_config(), checks::indicator_thresholds(default_config())); }

// Scans extract text written to a file, as of 2026-11-28.
inline ScanRun scan_lines(const std::vector<Line>& lines, const scan::ScanSources& sources = {},
                          const scan::ScanSettings& settings = default_scan_settings(),
                          const scan::AreaFilter& area = {}) {
  TempDir dir;
  scan::ScanRequest request;
  request.extract = dir.write("extract.csv", extract(lines));
  request.area = area;
  request.today = *Date::parse("2026-11-28");
  request.settings = settings;
  ScanRun run;
  run.report = scan::run_scan(request, sources, [&](const scan::EstablishmentResult& r) { run.all.push_back(r); });
  return run;
}

}  // namespace bibob::testing
