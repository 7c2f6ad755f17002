#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "scan/establishment.hpp"
#include "model/decided_case.hpp"

namespace bibob::scan {

// An earlier decision of the municipality that counts in the scan (a refusal or a revocation,
// as scan.refusal_kinds says), and how it was found.
struct EarlierRefusal {
  std::string case_id;
  std::string decision_type;
  std::string decision;
  Date decided_on;
  std::string matched_by;  // "KvK-nummer", "adres", "naam en geboortedatum"
};

// The case register's decided cases, read once and indexed by KvK number, address (the
// premises and the organisations' addresses) and person (name with date of birth).
class RefusalIndex {
 public:
  RefusalIndex(const std::vector<DecidedCase>& decided, const std::vector<std::string>& kinds);

  std::vector<EarlierRefusal> about_establishment(const Establishment& establishment) const;
  std::vector<EarlierRefusal> about_person(const std::string& name, const Date& birth_date) const;
  std::size_t size() const { return m_cases; }

 private:
  struct PersonEntry {
    std::string name;
    std::size_t refusal;
  };
  std::vector<EarlierRefusal> m_refusals;  // one per decided case that counts
  std::unordered_multimap<std::string, std::size_t> m_by_kvk;
  std::unordered_multimap<std::string, std::size_t> m_by_address;
  std::map<Date, std::vector<PersonEntry>> m_persons;
  std::size_t m_cases = 0;
};

}  // namespace bibob::scan
