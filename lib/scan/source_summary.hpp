#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "scan/scan_result.hpp"
#include "screening/list_screening.hpp"

namespace bibob::scan {

// How much of each source a scan could use: what the report's sources say.
struct SourceUse {
  const screening::PartyListScreener* lists = nullptr;  // none imported: not verified
  long names_screened = 0;
  bool insolvency_register = false;  // answers on record were read at all
  long insolvency_answered = 0;
  long insolvency_failed = 0;
  long insolvency_unverified = 0;  // establishments whose insolvencies could not be verified
  std::optional<std::size_t> signals;  // the signals in the window; none: no register in use
  Date signals_since;
  std::optional<std::size_t> decided_cases;  // none: no case register in use
};

// One line per source: consulted, partly verified, not verified or not in use, in words.
std::vector<SourceStatus> source_summary(const SourceUse& use);

}  // namespace bibob::scan
