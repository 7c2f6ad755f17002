#include "store/screening_integrity.hpp"

#include "schemas/screening_json.hpp"
#include "util/errors.hpp"
#include "util/sha256.hpp"

namespace bibob::store {

ScreeningRecord screening_record(const ScreeningReport& screening, std::string json) {
  ScreeningRecord record;
  record.json = std::move(json);
  record.json_sha256 = sha256_hex(record.json);
  record.screened_on = screening.screened_on;
  record.exit_code = static_cast<int>(screening.exit_code);
  record.proposed = screening.valid ? std::string(to_string(screening.assessment.proposed)) : "niet_gescreend";
  for (const auto& finding : screening.findings) {
    record.findings.push_back({finding.check, finding.theme, std::string(to_string(finding.severity)),
                               std::string(to_string(finding.status)), finding.statement,
                               schemas::sources_json(finding.sources).dump()});
  }
  return record;
}

std::optional<std::string> screening_problem(const ScreeningRecord& stored) {
  const std::string label = "screening " + std::to_string(stored.id);
  if (sha256_hex(stored.json) != stored.json_sha256) return label + ": its JSON no longer has the SHA-256 stored with it";
  const auto json = schemas::Json::parse(stored.json, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return label + ": its JSON does not parse";
  std::optional<ScreeningRecord> read;
  try {
    read = screening_record(schemas::read_screening(json, label), json.dump(2) + "\n");
  } catch (const InputError& error) {
    return std::string(error.what());
  }
  const ScreeningRecord& derived = *read;
  if (derived.json_sha256 != stored.json_sha256) return label + ": its JSON is not as bibob wrote it";
  if (derived.proposed != stored.proposed) {
    return label + ": the proposal kept beside it (" + stored.proposed + ") is not the one in its JSON (" +
           derived.proposed + ")";
  }
  if (derived.exit_code != stored.exit_code || derived.screened_on != stored.screened_on) {
    return label + ": its date or exit code kept beside it is not the one in its JSON";
  }
  if (derived.findings.size() != stored.findings.size()) {
    return label + ": " + std::to_string(stored.findings.size()) + " findings are kept beside it, its JSON has " +
           std::to_string(derived.findings.size());
  }
  for (std::size_t i = 0; i < derived.findings.size(); ++i) {
    const auto& a = derived.findings[i];
    const auto& b = stored.findings[i];
    if (a.check != b.check || a.theme != b.theme || a.severity != b.severity || a.status != b.status ||
        a.statement != b.statement || a.sources_json != b.sources_json) {
      return label + ": finding " + std::to_string(i + 1) + " kept beside it is not the one in its JSON";
    }
  }
  return std::nullopt;
}

}  // namespace bibob::store
