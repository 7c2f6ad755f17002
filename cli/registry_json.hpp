#pragma once

#include "cli/json_output.hpp"
#include "registries/facts.hpp"
#include "registries/failure.hpp"
#include "registries/provenance.hpp"

// JSON forms of registry facts, for `--format json` and the screening output.
namespace bibob::cli {

Json to_json(const registries::Provenance& provenance);
Json to_json(const registries::Failure& failure);
Json to_json(const registries::RegisteredAddress& address);
Json to_json(const registries::CompanyProfile& profile);
Json to_json(const registries::CompanySearchHit& hit);
Json to_json(const registries::Officer& officer);
Json to_json(const registries::AddressObject& object);
Json to_json(const registries::PersonRecord& person);
Json to_json(const registries::PropertyRight& right);
Json to_json(const registries::InsolvencyCase& insolvency);

}  // namespace bibob::cli
