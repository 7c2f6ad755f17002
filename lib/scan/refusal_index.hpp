#pragma once

#include <string>
#include <vector>

#include "model/decided_case.hpp"
#include "scan/establishment.hpp"
#include "screening/decided_case_index.hpp"

namespace bibob::scan {

// An earlier decision of the municipality that counts in the scan (a refusal or a revocation,
// as checks.earlier_decisions.params.counted_decisions says), and how it was found.
struct EarlierRefusal {
  std::string case_id;
  std::string decision_type;
  std::string decision;
  Date decided_on;
  std::string matched_by;  // "KvK-nummer", "adres", "naam en geboortedatum"
};

// The case register's decided cases that count, asked by KvK number, address (the premises
// and the organisations' addresses) and person (name with date of birth), through the index
// a screening's check of earlier decisions uses.
class RefusalIndex {
 public:
  // The index outlives this one: it is the screening session's, read once for every command.
  RefusalIndex(const screening::DecidedCaseIndex& index, std::vector<std::string> counted);

  std::vector<EarlierRefusal> about_establishment(const Establishment& establishment) const;
  std::vector<EarlierRefusal> about_person(const std::string& name, const Date& birth_date) const;
  std::size_t size() const { return m_index.decided().size(); }

 private:
  void add(std::vector<EarlierRefusal>& out, std::size_t decided, const std::string& how) const;

  const screening::DecidedCaseIndex& m_index;
  std::vector<std::string> m_counted;
};

}  // namespace bibob::scan
