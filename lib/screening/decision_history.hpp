#pragma once

#include <string>
#include <vector>

#include "model/case_file.hpp"
#include "model/decided_case.hpp"
#include "screening/decided_case_index.hpp"

namespace bibob::screening {

// An earlier decision of the municipality about someone (or the premises) in this case.
struct EarlierDecision {
  std::string case_id;
  std::string decision_type;
  std::string decision;  // verleend | verleend_met_voorschriften | geweigerd | ingetrokken | buiten_behandeling
  Date decided_on;
  std::string danger;  // geen | mindere_mate | ernstig_gevaar
  std::string party_id;  // who in this case it concerns; empty for the premises
  std::string matched_by;  // "BSN", "KvK-nummer", "naam en geboortedatum", "adres van het pand"
};

// The municipality's own register of earlier decisions, matched against a case's parties and
// premises by BSN, KvK number, name with date of birth, and the premises' address.
class DecisionHistory {
 public:
  explicit DecisionHistory(std::vector<DecidedCase> decided) : m_index(std::move(decided)) {}
  std::vector<EarlierDecision> about(const CaseFile& file) const;
  std::size_t size() const { return m_index.decided().size(); }
  const std::vector<DecidedCase>& decided() const { return m_index.decided(); }
  const DecidedCaseIndex& index() const { return m_index; }

 private:
  DecidedCaseIndex m_index;
};

}  // namespace bibob::screening
