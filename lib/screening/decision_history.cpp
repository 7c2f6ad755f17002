#include "screening/decision_history.hpp"

#include <algorithm>
#include <map>

#include "screening/fact_gathering.hpp"
#include "screening/name_identity.hpp"

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

// Per earlier case, the first of its parties that is this party, and how: the index gives
// those who share a BSN, a KvK number or a date of birth.
std::map<std::size_t, std::pair<const Party*, std::string>> earlier_cases_of(const DecidedCaseIndex& index,
                                                                             const Party& now) {
  std::vector<DecidedParty> candidates = index.with_bsn(now.bsn);
  for (auto& found : index.with_kvk(now.kvk)) candidates.push_back(found);
  if (now.is_person() && now.birth_date) {
    for (auto& found : index.persons_born_on(*now.birth_date)) candidates.push_back(found);
  }
  std::map<std::size_t, std::pair<const Party*, std::string>> first;
  for (const auto& candidate : candidates) {
    const std::string how = same_party(*candidate.party, now);
    if (how.empty()) continue;
    auto [it, added] = first.try_emplace(candidate.decided, candidate.party, how);
    if (!added && candidate.party < it->second.first) it->second = {candidate.party, how};
  }
  return first;
}

}  // namespace

std::vector<EarlierDecision> DecisionHistory::about(const CaseFile& file) const {
  // In the register's order, and within an earlier case this case's parties before the premises.
  std::vector<std::pair<std::size_t, EarlierDecision>> found;
  auto add = [&](std::size_t i, const std::string& party_id, const std::string& how) {
    const DecidedCase& decided = m_index.decided()[i];
    if (decided.case_id == file.header.id) return;
    found.push_back({i, {decided.case_id, decided.decision_type, decided.decision, decided.decided_on,
                         decided.danger, party_id, how}});
  };
  for (const auto& now : file.parties) {
    for (const auto& [i, first] : earlier_cases_of(m_index, now)) add(i, now.id, first.second);
  }
  if (file.premises && file.premises->address && !file.premises->address->postcode.empty()) {
    for (std::size_t i : m_index.with_premises_at(address_key(*file.premises->address))) {
      add(i, "", "adres van het pand");
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<EarlierDecision> out;
  for (auto& [i, decision] : found) out.push_back(std::move(decision));
  return out;
}

}  // namespace bibob::screening
