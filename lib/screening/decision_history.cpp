#include "screening/decision_history.hpp"

#include "casefile/parser.hpp"
#include "screening/name_identity.hpp"
#include "screening/fact_gathering.hpp"

namespace bibob::screening {
namespace {

// How an earlier case's party is the same as this case's party, or empty.
std::string same_party(const Party& earlier, const Party& now) {
  if (earlier.is_person() != now.is_person()) return {};
  if (!now.bsn.empty() && earlier.bsn == now.bsn) return "BSN";
  if (!now.kvk.empty() && earlier.kvk == now.kvk) return "KvK-nummer";
  if (now.is_person() && now.birth_date && earlier.birth_date == now.birth_date &&
      same_person(earlier.person_name.full(), earlier.birth_date, now)) {
    return "naam en geboortedatum";
  }
  return {};
}

}  // namespace

std::vector<EarlierDecision> DecisionHistory::about(const CaseFile& file) const {
  std::vector<EarlierDecision> found;
  for (const auto& decided : m_decided) {
    if (decided.case_id == file.header.id || decided.case_file.empty()) continue;
    // The stored case file is read again as a case file; one that no longer parses is skipped.
    const ParsedCase earlier = parse_case_text(decided.case_file, "register:" + decided.case_id);
    if (!earlier.case_file) continue;
    auto add = [&](const std::string& party_id, const std::string& how) {
      found.push_back({decided.case_id, decided.decision_type, decided.decision,
                       decided.decided_on, decided.danger, party_id, how});
    };
    for (const auto& now : file.parties) {
      for (const auto& then : earlier.case_file->parties) {
        if (const std::string how = same_party(then, now); !how.empty()) {
          add(now.id, how);
          break;
        }
      }
    }
    const auto& premises = file.premises;
    const auto& earlier_premises = earlier.case_file->premises;
    if (premises && premises->address && earlier_premises && earlier_premises->address &&
        !premises->address->postcode.empty() &&
        address_key(*premises->address) == address_key(*earlier_premises->address)) {
      add("", "adres van het pand");
    }
  }
  return found;
}

}  // namespace bibob::screening
