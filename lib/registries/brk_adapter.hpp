#pragma once

#include <string>

#include "model/facts.hpp"
#include "model/lookup.hpp"
#include "registries/registry_gateway.hpp"

namespace bibob::registries {

// Haal Centraal BRK Bevragen v2: the registered properties at an address
// (/kadastraalonroerendezaken?postcode=&huisnummer=) and, for each, the holders of rights
// with their shares (/kadastraalonroerendezaken/{id}/zakelijkgerechtigden).
class BrkAdapter {
 public:
  explicit BrkAdapter(const RegistryGateway& gateway) : m_gateway(gateway) {}

  Lookup<PropertyRight> rights_at(const std::string& postcode, const std::string& number,
                                  const std::string& letter = "", const std::string& suffix = "") const;

 private:
  const RegistryGateway& m_gateway;
};

}  // namespace bibob::registries
