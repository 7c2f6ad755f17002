#pragma once

#include <optional>
#include <string>

#include "model/facts.hpp"
#include "model/lookup.hpp"
#include "registries/registry_gateway.hpp"

namespace bibob::registries {

// What to search the KvK Zoeken API v2 for; at least one of the three.
struct KvkQuery {
  std::string kvk;
  std::string name;
  std::string postcode;
  std::string house_number;
};

// The Handelsregister: Zoeken v2 and Basisprofiel v1, in the HAL form (_links, _embedded) and
// the older form (links arrays) alike. Errors {"fout":[{"code","omschrijving"}]}; IPD0005 and
// a 404 mean "no such company".
class KvkAdapter {
 public:
  explicit KvkAdapter(const RegistryGateway& gateway) : m_gateway(gateway) {}

  Lookup<CompanyProfile> basisprofiel(const std::string& kvk) const;
  Lookup<CompanySearchHit> search(const KvkQuery& query) const;

  // Officers (bestuurders, vennoten): the KvK product has no public contract, so they come
  // from the snapshot in bibob's own format (see README "Registries").
  Lookup<Officer> officers(const std::string& kvk) const;

 private:
  const RegistryGateway& m_gateway;
};


}  // namespace bibob::registries
