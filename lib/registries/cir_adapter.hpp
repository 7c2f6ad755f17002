#pragma once

#include <string>

#include "model/facts.hpp"
#include "model/lookup.hpp"
#include "registries/registry_gateway.hpp"
#include "util/date.hpp"

namespace bibob::registries {

// The Centraal Insolventieregister (SOAP, WS-Security username token): searchUndertaking and
// searchNaturalPerson give publication references; getCase gives the case behind one. Case
// numbers read F (bankruptcy), S (suspension of payments) or R (debt rescheduling, WSNP).
class CirAdapter {
 public:
  explicit CirAdapter(const RegistryGateway& gateway) : m_gateway(gateway) {}

  Lookup<InsolvencyCase> search_undertaking(const std::string& kvk, const std::string& name = "") const;
  Lookup<InsolvencyCase> search_person(const std::string& surname, const std::string& prefix,
                                       const std::optional<Date>& birth_date) const;
  Lookup<InsolvencyCase> get_case(const std::string& publication_reference) const;

 private:
  Lookup<InsolvencyCase> cases_for(const std::string& operation, const std::string& parameters_xml,
                                   const std::string& key) const;
  const RegistryGateway& m_gateway;
};

// "faillissement", "surseance" or "schuldsanering" from the letter of a case number.
std::string insolvency_kind(const std::string& case_number);

}  // namespace bibob::registries
