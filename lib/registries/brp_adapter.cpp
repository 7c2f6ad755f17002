#include "registries/brp_adapter.hpp"

#include "registries/answer_reading.hpp"

namespace bibob::registries {
namespace {

using reading::Json;

const Json k_fields = {"burgerservicenummer", "naam", "geboorte", "nationaliteiten", "adressering"};

// Each person as asked for (k_fields): the BSN and the name must be there, the rest is read
// when present. A date of birth is an AbstractDatum: type Datum (a whole date), JaarMaandDatum,
// JaarDatum or DatumOnbekend.
PersonRecord read_person(const AnswerNode& item) {
  PersonRecord person;
  person.bsn = item.required_text("burgerservicenummer");
  const AnswerNode name = item.required_object("naam");
  person.given_names = name.text("voornamen");
  person.prefix = name.text("voorvoegsel");
  person.family_name = name.text("geslachtsnaam");
  person.full_name = name.text("volledigeNaam");
  if (person.family_name.empty() && person.full_name.empty()) name.malformed("geslachtsnaam", "required but missing");
  if (const auto birth = item.object("geboorte")) {
    if (const auto date = birth->object("datum")) {
      const std::string type = date->required_text("type");
      if (type == "Datum") {
        person.birth_date = date->date("datum");
        if (!person.birth_date) date->malformed("datum", "required but missing");
      } else if (type != "JaarMaandDatum" && type != "JaarDatum" && type != "DatumOnbekend") {
        date->malformed("type", "\"" + type.substr(0, 20) + "\" is no kind of date the BRP gives");
      }
      if (const auto year = date->integer("jaar")) {
        if (*year < 1800 || *year > 2200) date->malformed("jaar", "not a year of birth");
        person.birth_year = static_cast<int>(*year);
      }
      if (person.birth_date) person.birth_year = person.birth_date->year();
    }
    if (const auto place = birth->object("plaats")) person.birth_place = place->text("omschrijving");
    if (const auto country = birth->object("land")) person.birth_country = country->text("omschrijving");
  }
  for (const auto& nationality : item.array("nationaliteiten")) {
    if (const auto value = nationality.object("nationaliteit")) person.nationalities.push_back(value->text("omschrijving"));
  }
  if (const auto address = item.object("adressering")) {
    for (const char* line : {"adresregel1", "adresregel2", "adresregel3"}) {
      const std::string value = address->text(line);
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
  return ask(body.dump(), "POST /personen RaadpleegMetBurgerservicenummer " + pseudonym(bsn), bsn);
}

Lookup<PersonRecord> BrpAdapter::by_name_and_birth_date(const std::string& family_name, const Date& birth_date,
                                                        const std::string& prefix) const {
  Json body = {{"type", "ZoekMetGeslachtsnaamEnGeboortedatum"},
               {"fields", k_fields},
               {"geslachtsnaam", family_name},
               {"geboortedatum", birth_date.iso()}};
  if (!prefix.empty()) body["voorvoegsel"] = prefix;
  return ask(body.dump(),
             "POST /personen ZoekMetGeslachtsnaamEnGeboortedatum " +
                 pseudonym(prefix + (prefix.empty() ? "" : " ") + family_name + " " + birth_date.iso()),
             "");
}

Lookup<PersonRecord> BrpAdapter::ask(const std::string& body, const std::string& key,
                                     const std::string& asked_bsn) const {
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
  return reading::read_records<PersonRecord>(m_gateway, answer, [&](const AnswerNode& root) {
    std::vector<PersonRecord> records;
    for (const auto& item : root.required_array("personen")) {
      records.push_back(read_person(item));
      if (!asked_bsn.empty() && records.back().bsn != asked_bsn) {
        item.malformed("burgerservicenummer", "a person other than the one asked for");
      }
    }
    return records;
  });
}

}  // namespace bibob::registries
