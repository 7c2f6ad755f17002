#pragma once

#include <nlohmann/json.hpp>

#include "store/audit_record.hpp"
#include "store/records.hpp"

namespace bibob::store {

// A case as JSON (bibob-case/register-1): what `case show --format json` prints and the archive
// holds. The case file text and the screening objects are left out: they travel as files.
nlohmann::ordered_json bundle_json(const CaseBundle& bundle);

// The inverse, for restoring an archive; throws InputError naming the field that is wrong.
CaseBundle bundle_from_json(const nlohmann::json& json, const std::string& label);

nlohmann::ordered_json audit_json(const AuditRecord& record);

}  // namespace bibob::store
