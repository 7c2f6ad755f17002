#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "casefile/case_file.hpp"
#include "registries/facts.hpp"
#include "registries/lookup.hpp"
#include "registries/registry_gateway.hpp"

namespace bibob::screening {

using registries::Lookup;

// Everything the registries said about one case, gathered before any check runs, so that
// independent lookups overlap (bounded) and checks never touch the network.
struct RegistryFacts {
  std::map<std::string, Lookup<registries::CompanyProfile>> companies;   // by KvK number
  std::map<std::string, Lookup<registries::Officer>> officers;           // by KvK number
  std::map<std::string, Lookup<registries::PersonRecord>> persons;       // by BSN
  std::map<std::string, Lookup<registries::InsolvencyCase>> insolvencies;  // by party id, or "officer:NAME"
  std::map<std::string, Lookup<registries::CompanySearchHit>> registrations_at;  // by address key
  std::optional<Lookup<registries::AddressObject>> premises;
  std::optional<Lookup<registries::PropertyRight>> premises_rights;

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

// "1506CH 12": the key of an address in registrations_at.
std::string address_key(const Address& address);

// Asks the registries everything the checks may need about the case's parties and premises,
// at most max_parallel requests at once. `used`: the registries the checks that run read
// (their declarations); the KvK and the BRK are asked whatever it says, for the relations graph.
RegistryFacts gather_registry_facts(const CaseFile& file, const registries::RegistryGateway& gateway,
                                    std::size_t max_parallel, const std::set<std::string>& used);

// "Karim Benali" -> surname "Benali", prefix "": for searching the insolvency register by the
// name the KvK gives for an officer.
std::pair<std::string, std::string> split_surname(const std::string& full_name);

}  // namespace bibob::screening
