#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "scan/scan_result.hpp"

namespace bibob::scan {

using ScanJson = nlohmann::ordered_json;

inline constexpr const char* k_scan_schema = "bibob-scan/1";

// One establishment as the JSON output gives it (with its rank when it is in the ranking).
ScanJson establishment_json(const EstablishmentResult& result, int rank = 0);

// The bibob-scan/1 object, written as the scan goes: the opening and the flagged
// establishments while they are scored, the summary, counts, ranking and sources at the end.
// One line: the whole object has no line break.
class ScanJsonWriter {
 public:
  ScanJsonWriter(std::ostream& out, const std::string& file, const Date& scanned_on, const AreaFilter& area);
  void establishment(const EstablishmentResult& result);  // only flagged ones are written
  void finish(const ScanReport& report);

 private:
  std::ostream& m_out;
  bool m_first = true;
};

// Every scored establishment, one row each, for a spreadsheet: the score, a 0/1 column per
// indicator, what could not be verified and the reasons.
class ScanCsvWriter {
 public:
  explicit ScanCsvWriter(std::ostream& out);
  void establishment(const EstablishmentResult& result);

 private:
  std::ostream& m_out;
};

// The summary and the first `top` of the ranking, for the terminal.
void print_scan(const ScanReport& report, std::ostream& out, int top);

// A CSV field: quoted when needed; a leading = + - @ is neutralised so that a spreadsheet
// never runs it as a formula.
std::string csv_field(const std::string& value);

}  // namespace bibob::scan
