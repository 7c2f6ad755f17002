#pragma once

#include <string>

#include "model/facts.hpp"
#include "model/lookup.hpp"
#include "registries/registry_gateway.hpp"

namespace bibob::registries {

// BAG API Individuele Bevragingen v2: /adressenuitgebreid by postcode and house number gives
// the address's identity, its uses (gebruiksdoelen), floor area and year of construction.
// Errors are application/problem+json; 429 comes with X-Rate-Limit-* headers.
class BagAdapter {
 public:
  explicit BagAdapter(const RegistryGateway& gateway) : m_gateway(gateway) {}

  // An exact match on postcode, house number and, when given, letter and suffix.
  Lookup<AddressObject> address(const std::string& postcode, const std::string& number, const std::string& letter = "",
                                const std::string& suffix = "") const;

 private:
  const RegistryGateway& m_gateway;
};

}  // namespace bibob::registries
