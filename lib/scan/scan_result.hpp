#pragma once

#include <array>
#include <string>
#include <vector>

#include "scan/area_filter.hpp"
#include "model/scan_indicator.hpp"
#include "scan/scan_settings.hpp"
#include "util/date.hpp"
#include "util/errors.hpp"

namespace bibob::scan {

// Why an indicator is set, in words with the facts behind it.
struct Reason {
  ScanIndicator indicator;
  std::string text;
  bool soft = false;  // signals: soft information, never an established fact
};

// One establishment as the scan scored it.
struct EstablishmentResult {
  int line = 0;
  std::string kvk;
  std::string name;
  std::string legal_form;
  std::string sbi;
  std::string street;
  std::string number;
  std::string suffix;
  std::string postcode;
  std::string city;
  std::string address;  // as written: "Stationsstraat 12, 1506 CH Zaandam"
  Date registered_on;
  double score = 0;
  std::array<bool, k_indicator_count> triggered{};
  std::array<bool, k_indicator_count> not_verified{};
  std::vector<Reason> reasons;

  std::string area() const { return postcode.substr(0, 4); }
  std::string sector() const { return sbi.substr(0, 2); }
  bool flagged() const { return score > 0; }
  std::vector<std::string> indicators() const;  // names of the triggered ones
  std::vector<std::string> unverified() const;  // names of the ones that could not be verified
};

// The ranking's order: score high to low, then KvK number, then line of the extract.
bool ranks_before(const EstablishmentResult& a, const EstablishmentResult& b);

// Counts for one postcode area or one sector: scored, flagged, and per indicator.
struct GroupCounts {
  std::string key;  // "1506", or the SBI division "56"
  long establishments = 0;
  long flagged = 0;
  std::array<long, k_indicator_count> triggered{};
  long indicator_total() const;
};

// How each source the scan joins was consulted.
struct SourceStatus {
  std::string name;    // lists | insolvency | signals | case_register
  std::string state;   // consulted | partly_verified | not_in_use | not_verified
  std::string detail;  // in words
};

struct ScanReport {
  std::string file;
  Date scanned_on;
  AreaFilter area;
  ScanSettings settings;
  long lines = 0;         // establishments read from the extract
  long deregistered = 0;  // not scored: no longer registered on the day of the scan
  long outside_area = 0;  // not scored: outside --area
  long scored = 0;
  long flagged = 0;
  std::array<long, k_indicator_count> triggered{};
  std::array<long, k_indicator_count> not_verified{};
  std::vector<GroupCounts> areas;        // by area, in order
  std::vector<GroupCounts> sectors;      // by SBI division, in order
  std::vector<EstablishmentResult> top;  // the ranking's first settings.top, in order
  std::vector<SourceStatus> sources;
  long distinct_officers = 0;
  long addresses = 0;

  // A source that could not be consulted at all (no lists, no recorded insolvency answer).
  bool incomplete() const;
  // 0 nothing flagged, 1 establishments flagged, 4 a source could not be consulted.
  ExitCode exit_code() const;
};

}  // namespace bibob::scan
