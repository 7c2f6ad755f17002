#include "scan/refusal_index.hpp"

#include "screening/indicators.hpp"
#include "screening/name_identity.hpp"

namespace bibob::scan {

RefusalIndex::RefusalIndex(const screening::DecidedCaseIndex& index, std::vector<std::string> counted)
    : m_index(index), m_counted(std::move(counted)) {}

// Each case once, and only a decision that counts.
void RefusalIndex::add(std::vector<EarlierRefusal>& out, std::size_t decided, const std::string& how) const {
  const DecidedCase& one = m_index.decided()[decided];
  if (!screening::counts_as_earlier_refusal(one.decision, m_counted)) return;
  for (const auto& seen : out) {
    if (seen.case_id == one.case_id) return;
  }
  out.push_back({one.case_id, one.decision_type, one.decision, one.decided_on, how});
}

std::vector<EarlierRefusal> RefusalIndex::about_establishment(const Establishment& establishment) const {
  std::vector<EarlierRefusal> found;
  for (const auto& party : m_index.with_kvk(establishment.kvk)) {
    if (!party.party->is_person()) add(found, party.decided, "KvK-nummer");
  }
  const std::string address = establishment.address_key();
  for (std::size_t decided : m_index.with_premises_at(address)) add(found, decided, "adres");
  for (std::size_t decided : m_index.with_organisation_at(address)) add(found, decided, "adres");
  return found;
}

std::vector<EarlierRefusal> RefusalIndex::about_person(const std::string& name, const Date& birth_date) const {
  std::vector<EarlierRefusal> found;
  for (const auto& party : m_index.persons_born_on(birth_date)) {
    if (screening::same_person(party.party->person_name.full(), birth_date, name, birth_date)) {
      add(found, party.decided, "naam en geboortedatum");
    }
  }
  return found;
}

}  // namespace bibob::scan
