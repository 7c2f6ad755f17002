#pragma once

#include <string>

#include "model/facts.hpp"
#include "model/lookup.hpp"
#include "registries/registry_gateway.hpp"
#include "util/date.hpp"

namespace bibob::registries {

// Haal Centraal BRP Personen v2: POST /personen with RaadpleegMetBurgerservicenummer or
// ZoekMetGeslachtsnaamEnGeboortedatum. No person found is a 200 with an empty list.
class BrpAdapter {
 public:
  explicit BrpAdapter(const RegistryGateway& gateway) : m_gateway(gateway) {}

  Lookup<PersonRecord> by_bsn(const std::string& bsn) const;
  Lookup<PersonRecord> by_name_and_birth_date(const std::string& family_name, const Date& birth_date,
                                              const std::string& prefix = "") const;

 private:
  // asked_bsn: the BSN asked for, which every person in the answer must have (empty for a search).
  Lookup<PersonRecord> ask(const std::string& body, const std::string& key, const std::string& asked_bsn) const;
  const RegistryGateway& m_gateway;
};

}  // namespace bibob::registries
