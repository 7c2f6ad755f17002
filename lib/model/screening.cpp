#include "model/screening.hpp"

#include <algorithm>

namespace bibob {

PostalAddress postal_address(const Address& a) {
  return {a.street + " " + a.number + (a.suffix.empty() ? "" : "-" + a.suffix),
          a.postcode + (a.postcode.empty() ? "" : "  ") + a.city, a.country};
}

bool Screening::incomplete() const {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& finding) { return finding.status == FindingStatus::not_verified; });
}

ExitCode Screening::exit_code() const {
  if (!validation.valid()) return ExitCode::invalid_input;
  if (incomplete()) return ExitCode::incomplete;
  const bool attention = std::any_of(findings.begin(), findings.end(),
                                     [](const Finding& finding) { return finding.severity != Severity::info; });
  return attention || assessment.proposed != Conclusion::geen_gevaar ? ExitCode::attention : ExitCode::ok;
}

}  // namespace bibob
