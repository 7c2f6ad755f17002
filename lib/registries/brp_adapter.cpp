#include "registries/brp_adapter.hpp"

#include "registries/answer_reading.hpp"

namespace bibob::registries {
namespace {

using reading::Json;

const Json k_fields = {"burgerservicenummer", "naam", "geboorte", "nationaliteiten", "adressering"};

PersonRecord read_person(const Json& item) {
  PersonRecord person;
  person.bsn = reading::text(item, "burgerservicenummer");
  if (const Json* name = reading::member(item, "naam")) {
    person.given_names = reading::text(*name, "voornamen");
    person.prefix = reading::text(*name, "voorvoegsel");
    person.family_name = reading::text(*name, "geslachtsnaam");
    person.full_name = reading::text(*name, "volledigeNaam");
  }
  if (const Json* birth = reading::member(item, "geboorte")) {
    if (const Json* date = reading::member(*birth, "datum")) {
      // AbstractDatum: type Datum (whole date), JaarMaandDatum, JaarDatum or DatumOnbekend.
      const std::string type = reading::text(*date, "type");
      if (type == "Datum") person.birth_date = Date::parse(reading::text(*date, "datum"));
      const int year = reading::integer(*date, "jaar", 0);
      if (year > 0) person.birth_year = year;
      if (person.birth_date) person.birth_year = person.birth_date->year();
    }
    if (const Json* place = reading::member(*birth, "plaats")) person.birth_place = reading::text(*place, "omschrijving");
    if (const Json* country = reading::member(*birth, "land")) person.birth_country = reading::text(*country, "omschrijving");
  }
  for (const auto& nationality : reading::array(item, "nationaliteiten")) {
    if (const Json* value = reading::member(nationality, "nationaliteit")) {
      person.nationalities.push_back(reading::text(*value, "omschrijving"));
    }
  }
  if (const Json* address = reading::member(item, "adressering")) {
    for (const char* line : {"adresregel1", "adresregel2", "adresregel3"}) {
      const std::string value = reading::text(*address, line);
      if (!value.empty()) person.address_lines.push_back(value);
    }
  }
  if (person.full_name.empty()) {
    person.full_name = person.given_names;
    for (const std::string* part : {&person.prefix, &person.family_name}) {
      if (!part->empty()) person.full_name += (person.full_name.empty() ? "" : " ") + *part;
    }
  }
  return person;
}

}  // namespace

Lookup<PersonRecord> BrpAdapter::by_bsn(const std::string& bsn) const {
  const Json body = {{"type", "RaadpleegMetBurgerservicenummer"}, {"fields", k_fields}, {"burgerservicenummer", {bsn}}};
  return ask(body.dump(), "POST /personen RaadpleegMetBurgerservicenummer " + bsn);
}

Lookup<PersonRecord> BrpAdapter::by_name_and_birth_date(const std::string& family_name, const Date& birth_date,
                                                        const std::string& prefix) const {
  Json body = {{"type", "ZoekMetGeslachtsnaamEnGeboortedatum"},
               {"fields", k_fields},
               {"geslachtsnaam", family_name},
               {"geboortedatum", birth_date.iso()}};
  if (!prefix.empty()) body["voorvoegsel"] = prefix;
  return ask(body.dump(), "POST /personen ZoekMetGeslachtsnaamEnGeboortedatum " + prefix + (prefix.empty() ? "" : " ") +
                              family_name + " " + birth_date.iso());
}

Lookup<PersonRecord> BrpAdapter::ask(const std::string& body, const std::string& key) const {
  RegistryRequest request;
  request.method = "POST";
  request.path = "/personen";
  request.body = body;
  request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
  request.key = key;
  const Fetched fetched = m_gateway.fetch("brp", request);
  if (fetched.failure) return failed_lookup<PersonRecord>(*fetched.failure);
  const RawAnswer& answer = *fetched.answer;
  Failure failure;
  if (answer.status != 200) {
    const Json problem = Json::parse(answer.body, nullptr, false);
    const std::string detail = problem.is_object() ? reading::text(problem, "title") : std::string();
    return failed_lookup<PersonRecord>(reading::failure_for_status(answer, detail), {answer.provenance});
  }
  const auto json = reading::parse_json(answer, failure);
  if (!json) return failed_lookup<PersonRecord>(failure, {answer.provenance});
  const Json* persons = reading::member(*json, "personen");
  if (persons == nullptr || !persons->is_array()) {
    return failed_lookup<PersonRecord>(
        Failure{FailureKind::malformed_response, "the answer has no personen list", 200, 0}, {answer.provenance});
  }
  std::vector<PersonRecord> records;
  for (const auto& item : *persons) records.push_back(read_person(item));
  m_gateway.confirm(answer);
  return answered_lookup<PersonRecord>(std::move(records), {answer.provenance});
}

}  // namespace bibob::registries
