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

// The members of an Adres the contract requires (huisnummer, nummeraanduidingIdentificatie,
// openbareRuimteNaam, woonplaatsNaam) must be there; the others are read when present.
AddressObject read_object(const AnswerNode& item) {
  AddressObject object;
  object.address_id = item.required_text("nummeraanduidingIdentificatie");
  object.object_id = item.text("adresseerbaarObjectIdentificatie");
  object.object_type = item.text("typeAdresseerbaarObject");
  object.object_status = item.text("adresseerbaarObjectStatus");
  object.address.street = item.required_text("openbareRuimteNaam");
  if (!item.integer("huisnummer")) item.malformed("huisnummer", "required but missing");
  object.address.number = std::to_string(*item.integer("huisnummer"));
  object.address.letter = item.text("huisletter");
  object.address.suffix = item.text("huisnummertoevoeging");
  object.address.postcode = reading::written_postcode(item.text("postcode"));
  object.address.city = item.required_text("woonplaatsNaam");
  object.address.country = "NL";
  object.uses = item.texts("gebruiksdoelen");
  if (const auto area = item.integer("oppervlakte")) {
    if (*area < 0 || *area > 999999) item.malformed("oppervlakte", "outside 0 to 999999 m2");
    object.floor_area_m2 = static_cast<int>(*area);
  }
  object.construction_years = item.texts("oorspronkelijkBouwjaar");
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
  // The search answers 200 with an empty collection when nothing matches; by its contract it
  // never answers 404, so a 404 (a wrong base address, a proxy) is a failure like any other.
  if (answer.status != 200) {
    return failed_lookup<AddressObject>(reading::failure_for_status(answer, problem_detail(answer)), {answer.provenance});
  }
  return reading::read_records<AddressObject>(m_gateway, answer, [](const AnswerNode& root) {
    std::vector<AddressObject> objects;
    for (const auto& item : root.hal_list("adressen")) objects.push_back(read_object(item));
    return objects;
  });
}

}  // namespace bibob::registries
