#include "scan/refusal_index.hpp"

#include <algorithm>

#include "casefile/parser.hpp"
#include "screening/name_identity.hpp"

namespace bibob::scan {
namespace {

void add(std::vector<EarlierRefusal>& out, const EarlierRefusal& refusal, const std::string& how) {
  for (const auto& seen : out) {
    if (seen.case_id == refusal.case_id) return;
  }
  EarlierRefusal found = refusal;
  found.matched_by = how;
  out.push_back(std::move(found));
}

}  // namespace

RefusalIndex::RefusalIndex(const std::vector<DecidedCase>& decided, const std::vector<std::string>& kinds) {
  for (const auto& one : decided) {
    ++m_cases;
    if (std::find(kinds.begin(), kinds.end(), one.decision) == kinds.end()) continue;
    if (one.case_file.empty()) continue;
    // The stored case file is read again; one that no longer parses is skipped.
    const ParsedCase parsed = parse_case_text(one.case_file, "register:" + one.case_id);
    if (!parsed.case_file) continue;
    const std::size_t index = m_refusals.size();
    m_refusals.push_back({one.case_id, one.decision_type, one.decision, one.decided_on, ""});
    const CaseFile& file = *parsed.case_file;
    for (const auto& party : file.parties) {
      if (party.is_person()) {
        if (party.birth_date) m_persons[*party.birth_date].push_back({party.person_name.full(), index});
        continue;
      }
      if (!party.kvk.empty()) m_by_kvk.emplace(party.kvk, index);
      if (party.address && !party.address->postcode.empty()) {
        m_by_address.emplace(address_key(party.address->postcode, party.address->number), index);
      }
    }
    if (file.premises && file.premises->address && !file.premises->address->postcode.empty()) {
      m_by_address.emplace(address_key(file.premises->address->postcode, file.premises->address->number), index);
    }
  }
}

std::vector<EarlierRefusal> RefusalIndex::about_establishment(const Establishment& establishment) const {
  std::vector<EarlierRefusal> found;
  auto [k, k_end] = m_by_kvk.equal_range(establishment.kvk);
  for (; k != k_end; ++k) add(found, m_refusals[k->second], "KvK-nummer");
  auto [a, a_end] = m_by_address.equal_range(establishment.address_key());
  for (; a != a_end; ++a) add(found, m_refusals[a->second], "adres");
  return found;
}

std::vector<EarlierRefusal> RefusalIndex::about_person(const std::string& name, const Date& birth_date) const {
  std::vector<EarlierRefusal> found;
  const auto it = m_persons.find(birth_date);
  if (it == m_persons.end()) return found;
  for (const auto& entry : it->second) {
    if (screening::same_person(entry.name, birth_date, name, birth_date)) {
      add(found, m_refusals[entry.refusal], "naam en geboortedatum");
    }
  }
  return found;
}

}  // namespace bibob::scan
