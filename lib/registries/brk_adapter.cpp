#include "registries/brk_adapter.hpp"

#include <algorithm>

#include "registries/answer_reading.hpp"

namespace bibob::registries {
namespace {

using reading::Json;

// The kadastrale aanduiding is an object in v2; older answers give it as text.
std::string parcel_of(const Json& property) {
  const Json* designation = reading::member(property, "kadastraleAanduiding");
  if (designation == nullptr) return {};
  if (designation->is_string()) return designation->get<std::string>();
  std::string out = reading::text(*designation, "kadastraleGemeente");
  if (const Json* municipality = reading::member(*designation, "kadastraleGemeente")) {
    if (municipality->is_object()) out = reading::text(*municipality, "waarde");
  }
  for (const char* part : {"sectie", "perceelnummer", "appartementsrechtVolgnummer"}) {
    const std::string value = reading::text(*designation, part);
    if (!value.empty()) out += " " + value;
  }
  return out;
}

std::optional<Failure> unusable(const Fetched& fetched) {
  if (fetched.failure) return fetched.failure;
  if (fetched.answer->status != 200 && fetched.answer->status != 404) {
    const Json problem = Json::parse(fetched.answer->body, nullptr, false);
    return reading::failure_for_status(*fetched.answer, problem.is_object() ? reading::text(problem, "title") : "");
  }
  return std::nullopt;
}

}  // namespace

Lookup<PropertyRight> BrkAdapter::rights_at(const std::string& postcode, const std::string& number,
                                            const std::string& letter, const std::string& suffix) const {
  std::string compact = postcode;
  compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
  std::string path = "/kadastraalonroerendezaken?postcode=" + url_encode(compact) + "&huisnummer=" + url_encode(number);
  if (!letter.empty()) path += "&huisletter=" + url_encode(letter);
  if (!suffix.empty()) path += "&huisnummertoevoeging=" + url_encode(suffix);
  const Fetched properties = m_gateway.fetch("brk", get_request(path));
  std::vector<Provenance> provenance;
  if (properties.answer) provenance.push_back(properties.answer->provenance);
  if (auto failure = unusable(properties)) return failed_lookup<PropertyRight>(*failure, provenance);
  if (properties.answer->status == 404) {
    m_gateway.confirm(*properties.answer);
    return answered_lookup<PropertyRight>({}, provenance);
  }
  Failure failure;
  const auto json = reading::parse_json(*properties.answer, failure);
  if (!json) return failed_lookup<PropertyRight>(failure, provenance);

  std::vector<PropertyRight> rights;
  const Json* embedded = reading::member(*json, "_embedded");
  static const Json k_none = Json::array();
  const Json& list = embedded != nullptr ? reading::array(*embedded, "kadastraalOnroerendeZaken") : k_none;
  for (const auto& property : list) {
    const std::string id = reading::text(property, "identificatie");
    if (id.empty()) {
      return failed_lookup<PropertyRight>(
          Failure{FailureKind::malformed_response, "a property without identificatie", 200, 0}, provenance);
    }
    const Fetched holders =
        m_gateway.fetch("brk", get_request("/kadastraalonroerendezaken/" + url_encode(id) + "/zakelijkgerechtigden"));
    if (holders.answer) provenance.push_back(holders.answer->provenance);
    if (auto holder_failure = unusable(holders)) return failed_lookup<PropertyRight>(*holder_failure, provenance);
    if (holders.answer->status == 404) {
      m_gateway.confirm(*holders.answer);
      continue;
    }
    const auto holder_json = reading::parse_json(*holders.answer, failure);
    if (!holder_json) return failed_lookup<PropertyRight>(failure, provenance);
    m_gateway.confirm(*holders.answer);
    const Json* holder_embedded = reading::member(*holder_json, "_embedded");
    if (holder_embedded == nullptr) continue;
    for (const auto& holder : reading::array(*holder_embedded, "zakelijkGerechtigden")) {
      PropertyRight right;
      right.property_id = id;
      right.parcel = parcel_of(property);
      right.right = reading::text(holder, "type");
      right.since = reading::compact_or_iso_date(reading::text(holder, "aanvangsdatum"));
      if (const Json* person = reading::member(holder, "persoon")) {
        right.holder_id = reading::text(*person, "identificatie");
        right.holder_name = reading::text(*person, "omschrijving");
        right.holder_type = reading::text(*person, "type");
      }
      if (const Json* entitlement = reading::member(holder, "tenaamstelling")) {
        if (const Json* share = reading::member(*entitlement, "aandeel")) {
          right.share_numerator = reading::integer(*share, "teller");
          right.share_denominator = reading::integer(*share, "noemer");
        }
      }
      rights.push_back(std::move(right));
    }
  }
  m_gateway.confirm(*properties.answer);
  return answered_lookup<PropertyRight>(std::move(rights), provenance);
}

}  // namespace bibob::registries
