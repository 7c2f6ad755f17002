#include "screening/decided_case_index.hpp"

#include <algorithm>

#include "casefile/parser.hpp"
#include "util/address_key.hpp"

namespace bibob::screening {
namespace {

template <typename Value>
std::vector<Value> all_of(const std::unordered_multimap<std::string, Value>& index, const std::string& key) {
  std::vector<Value> out;
  if (key.empty()) return out;
  auto [it, end] = index.equal_range(key);
  for (; it != end; ++it) out.push_back(it->second);
  return out;
}

// In the order of the register, so that what is found reads the same on every run.
std::vector<DecidedParty> in_order(std::vector<DecidedParty> parties) {
  std::sort(parties.begin(), parties.end(), [](const DecidedParty& a, const DecidedParty& b) {
    return a.decided != b.decided ? a.decided < b.decided : a.party < b.party;
  });
  return parties;
}

std::vector<std::size_t> in_order(std::vector<std::size_t> cases) {
  std::sort(cases.begin(), cases.end());
  cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
  return cases;
}

std::string key_of(const std::optional<Address>& address) {
  if (!address || address->postcode.empty()) return {};
  return address_key(address->postcode, address->number);
}

}  // namespace

DecidedCaseIndex::DecidedCaseIndex(std::vector<DecidedCase> decided) : m_decided(std::move(decided)) {
  m_files.reserve(m_decided.size());
  for (const auto& one : m_decided) {
    // The stored case file is read again; one that no longer parses is kept out of the index.
    std::optional<CaseFile> file;
    if (!one.case_file.empty()) file = casefile::parse_case_text(one.case_file, "register:" + one.case_id).case_file;
    m_files.push_back(std::move(file));
  }
  // Indexed once every file has its place: the parties' addresses no longer move.
  for (std::size_t i = 0; i < m_files.size(); ++i) {
    if (!m_files[i]) continue;
    const CaseFile& file = *m_files[i];
    for (const auto& party : file.parties) {
      const DecidedParty entry{i, &party};
      if (!party.bsn.empty()) m_by_bsn.emplace(party.bsn, entry);
      if (!party.kvk.empty()) m_by_kvk.emplace(party.kvk, entry);
      if (party.is_person()) {
        if (party.birth_date) m_by_birth[*party.birth_date].push_back(entry);
      } else if (const std::string key = key_of(party.address); !key.empty()) {
        m_organisation_at.emplace(key, i);
      }
    }
    if (file.premises) {
      if (const std::string key = key_of(file.premises->address); !key.empty()) m_premises_at.emplace(key, i);
    }
  }
}

const CaseFile* DecidedCaseIndex::case_file(std::size_t decided) const {
  return m_files.at(decided) ? &*m_files[decided] : nullptr;
}

std::vector<DecidedParty> DecidedCaseIndex::with_bsn(const std::string& bsn) const {
  return in_order(all_of(m_by_bsn, bsn));
}

std::vector<DecidedParty> DecidedCaseIndex::with_kvk(const std::string& kvk) const {
  return in_order(all_of(m_by_kvk, kvk));
}

std::vector<DecidedParty> DecidedCaseIndex::persons_born_on(const Date& birth_date) const {
  const auto found = m_by_birth.find(birth_date);
  return found == m_by_birth.end() ? std::vector<DecidedParty>{} : found->second;
}

std::vector<std::size_t> DecidedCaseIndex::with_premises_at(const std::string& address_key) const {
  return in_order(all_of(m_premises_at, address_key));
}

std::vector<std::size_t> DecidedCaseIndex::with_organisation_at(const std::string& address_key) const {
  return in_order(all_of(m_organisation_at, address_key));
}

}  // namespace bibob::screening
