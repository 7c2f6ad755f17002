#pragma once

#include "registries/registry_gateway.hpp"
#include "model/signal.hpp"

namespace bibob::signals {

// Links a signal's subject, when it is recorded, to the registry identity it is about: an
// address to its BAG nummeraanduiding, a company to its KvK number (checked when given, found
// by its name when not). A person is matched by the name-matching engine at screening, with
// the date of birth. A registry that does not answer leaves the link "not_verified", never
// a guess.
class SubjectLinker {
 public:
  explicit SubjectLinker(const registries::RegistryGateway& gateway) : m_gateway(gateway) {}

  // Sets signal.linked_id and signal.link_status.
  void link(Signal& signal) const;

 private:
  void link_address(Signal& signal) const;
  void link_company(Signal& signal) const;

  const registries::RegistryGateway& m_gateway;
};

// Whether a signal is about this address: by BAG identity when both have one, else by postcode
// and house number.
bool about_address(const Signal& signal, const std::string& postcode, const std::string& number,
                   const std::string& bag_address_id);

}  // namespace bibob::signals
