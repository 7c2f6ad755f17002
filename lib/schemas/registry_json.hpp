#pragma once

#include "schemas/json.hpp"
#include "model/facts.hpp"
#include "model/failure.hpp"
#include "model/provenance.hpp"

// JSON forms of registry facts, for `--format json` and the screening output.
namespace bibob::schemas {

Json to_json(const Provenance& provenance);
Json to_json(const Failure& failure);
Json to_json(const RegisteredAddress& address);
Json to_json(const CompanyProfile& profile);
Json to_json(const CompanySearchHit& hit);
Json to_json(const Officer& officer);
Json to_json(const AddressObject& object);
Json to_json(const PersonRecord& person);
Json to_json(const PropertyRight& right);
Json to_json(const InsolvencyCase& insolvency);

}  // namespace bibob::schemas
