#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "store/audit_record.hpp"

// What the audit trail vouches for. Each record that brings a case or a screening into the
// register names it in its text, inside the hashed record: "[covers case BIB-2026-0042]",
// "[covers screening 12 sha256 <64 hex digits>]". A case or screening no kept record covers
// was written outside bibob, and a screening whose text no longer has the covered hash was
// changed outside it; `audit verify` and every read of a case find both. When retention
// removes the oldest records, the purge's own record covers again what they covered and the
// register keeps.
namespace bibob::store {

struct CoveredScreening {
  std::int64_t id = 0;
  std::string sha256;
};

// The marks for a record's text: " [covers case X]" and " [covers screening N sha256 H]".
std::string coverage_marks(const std::vector<std::string>& case_ids, const std::vector<CoveredScreening>& screenings);

// Text for a record that is not a mark, with anything in it that reads as one made harmless.
std::string neutralise_coverage_marks(std::string_view what);

struct Coverage {
  std::set<std::string> cases;
  std::map<std::int64_t, std::string> screenings;  // id -> the sha256 of its JSON when it was stored

  // Adds what a record's text covers.
  void add(std::string_view what);
  void add(const Coverage& other);
};

Coverage coverage_of(const std::vector<AuditRecord>& records);

}  // namespace bibob::store
