#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/case_file.hpp"
#include "model/decided_case.hpp"

namespace bibob::screening {

// A party of a decided case: which case, and which of its parties.
struct DecidedParty {
  std::size_t decided = 0;  // index into DecidedCaseIndex::decided()
  const Party* party = nullptr;
};

// The case register's decided cases, each stored case file read once and indexed by what
// identifies a party or a building: BSN, KvK number, date of birth (for the name to be
// compared), the premises' address and the organisations' addresses. A screening asks it
// about a case's parties, the area scan about an extract's establishments; both match alike.
class DecidedCaseIndex {
 public:
  explicit DecidedCaseIndex(std::vector<DecidedCase> decided);
  // The entries point into the files it holds: moved, never copied.
  DecidedCaseIndex(const DecidedCaseIndex&) = delete;
  DecidedCaseIndex& operator=(const DecidedCaseIndex&) = delete;
  DecidedCaseIndex(DecidedCaseIndex&&) = default;
  DecidedCaseIndex& operator=(DecidedCaseIndex&&) = default;

  const std::vector<DecidedCase>& decided() const { return m_decided; }
  // The decided case's file as read again; nothing when it no longer parses.
  const CaseFile* case_file(std::size_t decided) const;

  std::vector<DecidedParty> with_bsn(const std::string& bsn) const;
  std::vector<DecidedParty> with_kvk(const std::string& kvk) const;
  std::vector<DecidedParty> persons_born_on(const Date& birth_date) const;
  // The cases whose premises, or one of whose organisations, are at this address (util/address_key).
  std::vector<std::size_t> with_premises_at(const std::string& address_key) const;
  std::vector<std::size_t> with_organisation_at(const std::string& address_key) const;

 private:
  std::vector<DecidedCase> m_decided;
  std::vector<std::optional<CaseFile>> m_files;
  std::unordered_multimap<std::string, DecidedParty> m_by_bsn;
  std::unordered_multimap<std::string, DecidedParty> m_by_kvk;
  std::map<Date, std::vector<DecidedParty>> m_by_birth;
  std::unordered_multimap<std::string, std::size_t> m_premises_at;
  std::unordered_multimap<std::string, std::size_t> m_organisation_at;
};

}  // namespace bibob::screening
