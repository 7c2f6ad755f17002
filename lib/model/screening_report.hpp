#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/assessment.hpp"
#include "model/finding.hpp"
#include "model/screening.hpp"
#include "model/validation.hpp"
#include "util/date.hpp"
#include "util/errors.hpp"

namespace bibob {

// The case a screening was of, as its report names it.
struct ScreenedCase {
  std::string file;
  std::string id;
  std::string decision_type;
  std::string municipality;
  std::string authority;
  std::string trajectory;
  std::optional<Date> received_on;
  std::string applicant;  // a party id
};

// A screening as it is published (bibob-screening/1): what the documents and the case register
// are made of, whether the screening was just made or is read back from a file or the register.
struct ScreeningReport {
  std::optional<ScreenedCase> screened_case;  // absent when the file was no case file at all
  bool valid = false;                         // whether the case file was valid, and so screened
  std::vector<MissingItem> missing;
  Date screened_on;
  std::string registry_mode;  // normal | offline | refresh
  std::string lists_consulted;
  std::vector<ReachedParty> parties;  // nearest first
  std::vector<std::string> checks_run;
  std::vector<Finding> findings;
  Assessment assessment;
  ExitCode exit_code = ExitCode::ok;

  const ReachedParty* party(const std::string& id) const;
};

// The report of a screening just made.
ScreeningReport report_of(const Screening& screening);

}  // namespace bibob
