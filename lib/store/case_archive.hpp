#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/audit_record.hpp"
#include "store/records.hpp"

namespace bibob::store {

inline constexpr const char* k_archive_schema = "bibob-case-archive/1";

// One ZIP file (opens with a double click on any office computer) holding README.txt,
// manifest.json (every file with its SHA-256), case.yaml, case.json, screenings/N.json and
// audit.json (the case's audit records). Written owner-only and atomically.
void write_case_archive(const std::filesystem::path& file, const CaseBundle& bundle,
                        const std::vector<AuditRecord>& audit, const std::string& exported_by);

// Reads an archive back, checking every file against the manifest; InputError names the
// archive and the file that is missing or altered.
CaseBundle read_case_archive(const std::filesystem::path& file);

}  // namespace bibob::store
