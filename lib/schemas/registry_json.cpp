#include "schemas/registry_json.hpp"

namespace bibob::schemas {
namespace {

Json optional_date(const std::optional<Date>& date) { return date ? Json(date->iso()) : Json(nullptr); }

}  // namespace

Json to_json(const Provenance& p) {
  return Json{{"registry", p.registry},       {"request", p.request}, {"status", p.status},
              {"retrieved_at", p.retrieved_at}, {"body_sha256", p.body_sha256}, {"source", p.source},
              {"reference", p.reference()}};
}

Json to_json(const Failure& f) {
  return Json{{"kind", std::string(to_string(f.kind))},
              {"message", f.message},
              {"http_status", f.http_status},
              {"attempts", f.attempts}};
}

Json to_json(const RegisteredAddress& a) {
  return Json{{"street", a.street}, {"number", a.number}, {"letter", a.letter}, {"suffix", a.suffix},
              {"postcode", a.postcode}, {"city", a.city}, {"country", a.country}};
}

Json to_json(const CompanyProfile& c) {
  Json activities = Json::array();
  for (const auto& a : c.activities) activities.push_back({{"code", a.code}, {"description", a.description}, {"main", a.main}});
  return Json{{"kvk", c.kvk},
              {"name", c.name},
              {"statutory_name", c.statutory_name},
              {"rsin", c.rsin},
              {"legal_form", c.legal_form},
              {"registered_on", optional_date(c.registered_on)},
              {"started_on", optional_date(c.started_on)},
              {"ended_on", optional_date(c.ended_on)},
              {"active", c.active()},
              {"trade_names", c.trade_names},
              {"activities", activities},
              {"address", c.address ? to_json(*c.address) : Json(nullptr)},
              {"employees", c.employees}};
}

Json to_json(const CompanySearchHit& h) {
  return Json{{"kvk", h.kvk}, {"establishment_number", h.establishment_number}, {"name", h.name}, {"type", h.type},
              {"active", h.active}, {"address", h.address ? to_json(*h.address) : Json(nullptr)}};
}

Json to_json(const Officer& o) {
  return Json{{"company_kvk", o.company_kvk}, {"name", o.name}, {"birth_date", optional_date(o.birth_date)},
              {"role", o.role}, {"since", optional_date(o.since)}, {"until", optional_date(o.until)}};
}

Json to_json(const AddressObject& o) {
  return Json{{"address_id", o.address_id},
              {"object_id", o.object_id},
              {"object_type", o.object_type},
              {"object_status", o.object_status},
              {"address", to_json(o.address)},
              {"uses", o.uses},
              {"floor_area_m2", o.floor_area_m2 ? Json(*o.floor_area_m2) : Json(nullptr)},
              {"construction_years", o.construction_years}};
}

Json to_json(const PersonRecord& p) {
  return Json{{"bsn", p.bsn},
              {"full_name", p.full_name},
              {"given_names", p.given_names},
              {"prefix", p.prefix},
              {"family_name", p.family_name},
              {"birth_date", optional_date(p.birth_date)},
              {"birth_year", p.birth_year ? Json(*p.birth_year) : Json(nullptr)},
              {"birth_place", p.birth_place},
              {"nationalities", p.nationalities},
              {"address_lines", p.address_lines}};
}

Json to_json(const PropertyRight& r) {
  Json share = nullptr;
  if (r.share_numerator && r.share_denominator) share = {{"numerator", *r.share_numerator}, {"denominator", *r.share_denominator}};
  return Json{{"property_id", r.property_id}, {"parcel", r.parcel},         {"right", r.right},
              {"holder_name", r.holder_name}, {"holder_type", r.holder_type}, {"holder_id", r.holder_id},
              {"share", share},               {"since", optional_date(r.since)}};
}

Json to_json(const InsolvencyCase& c) {
  Json publications = Json::array();
  for (const auto& p : c.publications) {
    publications.push_back({{"date", optional_date(p.date)}, {"reference", p.reference}, {"kind_code", p.kind_code},
                            {"description", p.description}});
  }
  return Json{{"number", c.number}, {"kind", c.kind}, {"court", c.court}, {"name", c.name}, {"kvk", c.kvk},
              {"birth_date", optional_date(c.birth_date)}, {"publications", publications}};
}

}  // namespace bibob::schemas
