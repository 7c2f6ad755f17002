#include "model/screening_report.hpp"

namespace bibob {

const ReachedParty* ScreeningReport::party(const std::string& id) const {
  for (const auto& reached : parties) {
    if (reached.id == id) return &reached;
  }
  return nullptr;
}

ScreeningReport report_of(const Screening& screening) {
  ScreeningReport report;
  const Validation& validation = screening.validation;
  if (validation.case_file) {
    const CaseFile& file = *validation.case_file;
    report.screened_case = ScreenedCase{validation.file,          file.header.id,         file.header.decision_type,
                                        file.header.municipality, file.header.authority,  file.header.trajectory,
                                        file.header.received_on,  file.applicant};
  }
  report.valid = validation.valid();
  report.missing = validation.missing;
  report.screened_on = screening.screened_on;
  report.registry_mode = screening.registry_mode;
  report.lists_consulted = screening.lists_consulted;
  report.parties = screening.parties;
  report.checks_run = screening.checks_run;
  report.findings = screening.findings;
  report.assessment = screening.assessment;
  report.exit_code = screening.exit_code();
  return report;
}

}  // namespace bibob
