#pragma once

#include <set>
#include <string>

#include "model/case_file.hpp"
#include "model/registry_facts.hpp"
#include "registries/registry_gateway.hpp"

namespace bibob::screening {

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
