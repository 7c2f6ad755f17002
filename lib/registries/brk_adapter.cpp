#include "registries/brk_adapter.hpp"

#include <algorithm>

#include "registries/answer_reading.hpp"

namespace bibob::registries {
namespace {

using reading::Json;

// The kadastrale aanduiding is an object in v2; older answers give it as text.
std::string parcel_of(const AnswerNode& property) {
  if (!property.has("kadastraleAanduiding")) return {};
  if (property.json()["kadastraleAanduiding"].is_string()) return property.text("kadastraleAanduiding");
  const AnswerNode designation = property.required_object("kadastraleAanduiding");
  std::string out;
  if (const auto municipality = designation.object("kadastraleGemeente")) {
    out = municipality->text("waarde");
  }
  for (const char* part : {"sectie", "perceelnummer", "appartementsrechtVolgnummer"}) {
    const std::string value = designation.number_text(part);
    if (!value.empty()) out += " " + value;
  }
  return out;
}

PropertyRight read_right(const AnswerNode& property, const AnswerNode& holder) {
  PropertyRight right;
  right.property_id = property.required_text("identificatie");
  right.parcel = parcel_of(property);
  right.right = holder.text("type");
  right.since = holder.date("aanvangsdatum");
  if (const auto person = holder.object("persoon")) {
    right.holder_id = person->text("identificatie");
    right.holder_name = person->text("omschrijving");
    right.holder_type = person->text("type");
  }
  if (const auto entitlement = holder.object("tenaamstelling")) {
    if (const auto share = entitlement->object("aandeel")) {
      const auto numerator = share->integer("teller");
      const auto denominator = share->integer("noemer");
      if (!numerator || !denominator || *numerator < 0 || *denominator <= 0 || *numerator > *denominator ||
          *denominator > 1000000000) {
        share->malformed("", "a share needs a teller and noemer, 0 <= teller <= noemer");
      }
      right.share_numerator = static_cast<int>(*numerator);
      right.share_denominator = static_cast<int>(*denominator);
    }
  }
  return right;
}

// Neither search here answers 404 by its contract: a 404 is a failure like any other status
// but 200, never "nothing registered".
std::optional<Failure> unusable(const Fetched& fetched) {
  if (fetched.failure) return fetched.failure;
  if (fetched.answer->status != 200) {
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
  Failure failure;
  const auto json = reading::parse_json(*properties.answer, failure);
  if (!json) return failed_lookup<PropertyRight>(failure, provenance);

  // Every answer is confirmed to the cache only once all of them could be read.
  std::vector<RawAnswer> answers_read = {*properties.answer};
  std::vector<PropertyRight> rights;
  try {
    for (const auto& property : AnswerNode(*json).hal_list("kadastraalOnroerendeZaken")) {
      const std::string id = property.required_text("identificatie");
      const Fetched holders =
          m_gateway.fetch("brk", get_request("/kadastraalonroerendezaken/" + url_encode(id) + "/zakelijkgerechtigden"));
      if (holders.answer) provenance.push_back(holders.answer->provenance);
      if (auto holder_failure = unusable(holders)) return failed_lookup<PropertyRight>(*holder_failure, provenance);
      const auto holder_json = reading::parse_json(*holders.answer, failure);
      if (!holder_json) return failed_lookup<PropertyRight>(failure, provenance);
      for (const auto& holder : AnswerNode(*holder_json).hal_list("zakelijkGerechtigden")) {
        rights.push_back(read_right(property, holder));
      }
      answers_read.push_back(*holders.answer);
    }
  } catch (const MalformedAnswer& e) {
    return failed_lookup<PropertyRight>(Failure{FailureKind::malformed_response, e.what(), 200, 0}, provenance);
  }
  for (const RawAnswer& answer : answers_read) m_gateway.confirm(answer);
  return answered_lookup<PropertyRight>(std::move(rights), provenance);
}

}  // namespace bibob::registries
