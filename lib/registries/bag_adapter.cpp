#include "registries/bag_adapter.hpp"

#include <algorithm>

#include "registries/answer_reading.hpp"

namespace bibob::registries {
namespace {

using reading::Json;

// problem+json: "title" and, for parameter errors, the names in "invalid-params".
std::string problem_detail(const RawAnswer& answer) {
  const Json json = Json::parse(answer.body, nullptr, false);
  if (!json.is_object()) return {};
  std::string detail = reading::text(json, "title");
  for (const auto& param : reading::array(json, "invalid-params")) {
    detail += "; " + reading::text(param, "name") + ": " + reading::text(param, "reason");
  }
  return detail;
}

AddressObject read_object(const Json& item) {
  AddressObject object;
  object.address_id = reading::text(item, "nummeraanduidingIdentificatie");
  object.object_id = reading::text(item, "adresseerbaarObjectIdentificatie");
  object.object_type = reading::text(item, "typeAdresseerbaarObject");
  object.object_status = reading::text(item, "adresseerbaarObjectStatus");
  object.address.street = reading::text(item, "openbareRuimteNaam");
  object.address.number = reading::text(item, "huisnummer");
  object.address.letter = reading::text(item, "huisletter");
  object.address.suffix = reading::text(item, "huisnummertoevoeging");
  object.address.postcode = reading::written_postcode(reading::text(item, "postcode"));
  object.address.city = reading::text(item, "woonplaatsNaam");
  object.address.country = "NL";
  for (const auto& use : reading::array(item, "gebruiksdoelen")) {
    if (use.is_string()) object.uses.push_back(use.get<std::string>());
  }
  const int area = reading::integer(item, "oppervlakte", -1);
  if (area >= 0) object.floor_area_m2 = area;
  for (const auto& year : reading::array(item, "oorspronkelijkBouwjaar")) {
    if (year.is_string()) object.construction_years.push_back(year.get<std::string>());
    if (year.is_number_integer()) object.construction_years.push_back(std::to_string(year.get<int>()));
  }
  return object;
}

}  // namespace

Lookup<AddressObject> BagAdapter::address(const std::string& postcode, const std::string& number,
                                          const std::string& letter, const std::string& suffix) const {
  std::string compact = postcode;
  compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
  std::string path = "/adressenuitgebreid?postcode=" + url_encode(compact) + "&huisnummer=" + url_encode(number);
  if (!letter.empty()) path += "&huisletter=" + url_encode(letter);
  if (!suffix.empty()) path += "&huisnummertoevoeging=" + url_encode(suffix);
  path += "&exacteMatch=true";
  const Fetched fetched = m_gateway.fetch("bag", get_request(path));
  if (fetched.failure) return failed_lookup<AddressObject>(*fetched.failure);
  const RawAnswer& answer = *fetched.answer;
  if (answer.status == 404) {
    m_gateway.confirm(answer);
    return answered_lookup<AddressObject>({}, {answer.provenance});
  }
  if (answer.status != 200) {
    return failed_lookup<AddressObject>(reading::failure_for_status(answer, problem_detail(answer)), {answer.provenance});
  }
  Failure failure;
  const auto json = reading::parse_json(answer, failure);
  if (!json) return failed_lookup<AddressObject>(failure, {answer.provenance});
  std::vector<AddressObject> objects;
  if (const Json* embedded = reading::member(*json, "_embedded")) {
    for (const auto& item : reading::array(*embedded, "adressen")) {
      AddressObject object = read_object(item);
      if (object.address_id.empty()) {
        return failed_lookup<AddressObject>(
            Failure{FailureKind::malformed_response, "an address without nummeraanduidingIdentificatie", 200, 0},
            {answer.provenance});
      }
      objects.push_back(std::move(object));
    }
  }
  m_gateway.confirm(answer);
  return answered_lookup<AddressObject>(std::move(objects), {answer.provenance});
}

}  // namespace bibob::registries
