#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <memory>

#include <nlohmann/json.hpp>

#include "model/screening_report.hpp"
#include "schemas/screening_json.hpp"
#include "store/screening_integrity.hpp"
#include "store/sqlite_case_store.hpp"
#include "support/temp_dir.hpp"

namespace bibob::testing {

// A register in a fresh folder, and the synthetic case the tests move through it.
inline std::unique_ptr<store::SqliteCaseStore> open_test_store(const std::filesystem::path& file,
                                                               const std::string& command = "test") {
  return std::make_unique<store::SqliteCaseStore>(file, store::AuditActor{"tester", command, ""});
}

inline store::CaseBundle test_case(const std::string& id) {
  store::CaseBundle bundle;
  bundle.header.id = id;
  bundle.header.decision_type = "exploitatievergunning_horeca";
  bundle.header.municipality = "Zaanstad";
  bundle.header.received_on = Date::parse("2026-10-01");
  bundle.header.case_file = "schema: bibob-case/1\n";
  bundle.header.case_file_sha256 = "ab";
  bundle.parties = {{"org-applicant", "organisation", "Eetcafe Test B.V."}, {"p-1", "person", "Jan Test"}};
  bundle.history = {{"", "intake", *Date::parse("2026-10-01"), "", ""}};
  return bundle;
}

// A screening as `screen --store` records one: its JSON, and what the register keeps beside it.
inline store::ScreeningRecord test_screening(std::size_t findings) {
  Screening screening;
  screening.validation.file = "case.yaml";
  screening.validation.case_file.emplace();
  screening.validation.case_file->header.id = "BIB-2026-0042";
  screening.screened_on = *Date::parse("2026-11-28");
  screening.registry_mode = "offline";
  screening.assessment.proposed = Conclusion::ernstig_gevaar;
  for (std::size_t i = 0; i < findings; ++i) {
    Finding finding;
    finding.check = "financing";
    finding.theme = "financiering";
    finding.severity = Severity::high;
    finding.statement = "Finding number " + std::to_string(i) + " with some text to make rows longer";
    screening.findings.push_back(std::move(finding));
  }
  return store::screening_record(report_of(screening), schemas::screening_json(screening).dump(2) + "\n");
}

// Raw access for tampering, with the append-only triggers removed as an intruder would.
inline std::unique_ptr<SQLite::Database> tamper_with(const std::filesystem::path& file) {
  auto database = std::make_unique<SQLite::Database>(file.string(), SQLite::OPEN_READWRITE);
  database->exec("DROP TRIGGER IF EXISTS audit_log_no_update");
  database->exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
  return database;
}

}  // namespace bibob::testing
