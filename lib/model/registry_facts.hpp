#pragma once

#include <map>
#include <optional>
#include <string>

#include "model/facts.hpp"
#include "model/lookup.hpp"

namespace bibob {

// Everything the registries said about one case, gathered before any check runs, so that
// independent lookups overlap (bounded) and checks never touch the network.
struct RegistryFacts {
  std::map<std::string, Lookup<CompanyProfile>> companies;   // by KvK number
  std::map<std::string, Lookup<Officer>> officers;           // by KvK number
  std::map<std::string, Lookup<PersonRecord>> persons;       // by BSN
  std::map<std::string, Lookup<InsolvencyCase>> insolvencies;  // by party id, or "officer:NAME"
  std::map<std::string, Lookup<CompanySearchHit>> registrations_at;  // by address key
  std::optional<Lookup<AddressObject>> premises;
  std::optional<Lookup<PropertyRight>> premises_rights;

  // How many lookups failed, by registry: what "incomplete" (exit 4) rests on.
  std::map<std::string, int> failures_by_registry() const;

  // visit(registry, lookup) for every lookup, in a fixed order: for what is counted or traced
  // across all of them without naming each member.
  template <typename Visit>
  void for_each_lookup(Visit&& visit) const {
    for (const auto& [key, lookup] : companies) visit("kvk", lookup);
    for (const auto& [key, lookup] : officers) visit("kvk", lookup);
    for (const auto& [key, lookup] : persons) visit("brp", lookup);
    for (const auto& [key, lookup] : insolvencies) visit("cir", lookup);
    for (const auto& [key, lookup] : registrations_at) visit("kvk", lookup);
    if (premises) visit("bag", *premises);
    if (premises_rights) visit("brk", *premises_rights);
  }
};

}  // namespace bibob
