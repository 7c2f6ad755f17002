#include "registries/kvk_adapter.hpp"

#include <algorithm>

#include "registries/answer_reading.hpp"

namespace bibob::registries {
namespace {

using reading::Json;

// The KvK's own error codes: {"fout":[{"code":"IPD0005","omschrijving":"..."}]}.
std::string error_code(const RawAnswer& answer, std::string* description) {
  const Json json = Json::parse(answer.body, nullptr, false);
  if (!json.is_object()) return {};
  for (const auto& fout : reading::array(json, "fout")) {
    if (description != nullptr) *description = reading::text(fout, "omschrijving");
    return reading::text(fout, "code");
  }
  return {};
}

// "Not found" is the KvK's own error body: a 404 with its fout list, or a code for no such
// number or no search result. A 404 without that body (a proxy, a wrong base address) says
// nothing about the company and is a failure.
bool means_not_found(const RawAnswer& answer) {
  std::string description;
  const std::string code = error_code(answer, &description);
  // IPD0004: KvK number not valid/unknown; IPD0005: no data for the number; IPD5200: no search results.
  return (answer.status == 404 && !code.empty()) || code == "IPD0005" || code == "IPD0004" || code == "IPD5200";
}

RegisteredAddress read_address(const AnswerNode& address) {
  RegisteredAddress out;
  out.street = address.text("straatnaam");
  out.number = address.number_text("huisnummer");
  out.letter = address.text("huisletter");
  out.suffix = address.text("huisnummerToevoeging");
  out.postcode = reading::written_postcode(address.text("postcode"));
  out.city = address.text("plaats");
  out.country = address.text("land");
  if (out.street.empty()) out.street = address.text("straatHuisnummer");  // foreign addresses
  return out;
}

// The visiting address among the addresses of an establishment or owner.
std::optional<RegisteredAddress> visiting_address(const AnswerNode& holder) {
  const auto addresses = holder.array("adressen");
  for (const auto& address : addresses) {
    if (address.text("type") == "bezoekadres") return read_address(address);
  }
  if (!addresses.empty()) return read_address(addresses.front());
  return std::nullopt;
}

template <typename T>
std::optional<Lookup<T>> reject_unusable(const RegistryGateway& gateway, const Fetched& fetched) {
  if (fetched.failure) return failed_lookup<T>(*fetched.failure);
  if (means_not_found(*fetched.answer)) {
    gateway.confirm(*fetched.answer);
    return answered_lookup<T>({}, {fetched.answer->provenance});
  }
  if (fetched.answer->status != 200) {
    std::string description;
    error_code(*fetched.answer, &description);
    return failed_lookup<T>(reading::failure_for_status(*fetched.answer, description), {fetched.answer->provenance});
  }
  return std::nullopt;
}

}  // namespace

Lookup<CompanyProfile> KvkAdapter::basisprofiel(const std::string& kvk) const {
  const Fetched fetched = m_gateway.fetch("kvk", get_request("/v1/basisprofielen/" + url_encode(kvk)));
  if (auto unusable = reject_unusable<CompanyProfile>(m_gateway, fetched)) return *unusable;
  return reading::read_records<CompanyProfile>(m_gateway, *fetched.answer, [&](const AnswerNode& root) {
    CompanyProfile profile;
    profile.kvk = root.required_text("kvkNummer");
    if (profile.kvk != kvk) root.malformed("kvkNummer", "the Basisprofiel of " + profile.kvk + ", not of " + kvk);
    profile.name = root.required_text("naam");
    profile.statutory_name = root.text("statutaireNaam");
    profile.registered_on = root.date("formeleRegistratiedatum");
    if (!profile.registered_on) root.malformed("formeleRegistratiedatum", "required but missing");
    // Without the material registration the answer cannot say whether the company still exists.
    const AnswerNode registration = root.required_object("materieleRegistratie");
    profile.started_on = registration.date("datumAanvang");
    profile.ended_on = registration.date("datumEinde");
    profile.employees = static_cast<int>(root.integer("totaalWerkzamePersonen").value_or(0));
    for (const auto& trade_name : root.array("handelsnamen")) profile.trade_names.push_back(trade_name.required_text("naam"));
    for (const auto& activity : root.array("sbiActiviteiten")) {
      profile.activities.push_back({activity.required_text("sbiCode"), activity.text("sbiOmschrijving"),
                                    activity.text("indHoofdactiviteit") == "Ja"});
    }
    if (const auto embedded = root.object("_embedded")) {
      if (const auto owner = embedded->object("eigenaar")) {
        profile.rsin = owner->text("rsin");
        profile.legal_form = owner->text("rechtsvorm");
        profile.extended_legal_form = owner->text("uitgebreideRechtsvorm");
        profile.address = visiting_address(*owner);
      }
      if (const auto main = embedded->object("hoofdvestiging")) {
        if (auto address = visiting_address(*main)) profile.address = address;
      }
    }
    return std::vector<CompanyProfile>{profile};
  });
}

Lookup<CompanySearchHit> KvkAdapter::search(const KvkQuery& query) const {
  std::string path = "/v2/zoeken?";
  auto add = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    if (path.back() != '?') path += '&';
    path += std::string(name) + "=" + url_encode(value);
  };
  add("kvkNummer", query.kvk);
  add("naam", query.name);
  std::string postcode = query.postcode;
  postcode.erase(std::remove(postcode.begin(), postcode.end(), ' '), postcode.end());
  add("postcode", postcode);
  add("huisnummer", query.house_number);
  add("resultatenPerPagina", "100");
  const Fetched fetched = m_gateway.fetch("kvk", get_request(path));
  if (auto unusable = reject_unusable<CompanySearchHit>(m_gateway, fetched)) return *unusable;
  return reading::read_records<CompanySearchHit>(m_gateway, *fetched.answer, [](const AnswerNode& root) {
    std::vector<CompanySearchHit> hits;
    for (const auto& item : root.required_array("resultaten")) {
      CompanySearchHit hit;
      hit.kvk = item.required_text("kvkNummer");
      hit.rsin = item.text("rsin");
      hit.establishment_number = item.text("vestigingsnummer");
      hit.name = item.text("naam");
      hit.type = item.text("type");
      hit.active = item.text("actief") != "Nee";
      if (const auto address = item.object("adres")) {
        if (const auto domestic = address->object("binnenlandsAdres")) hit.address = read_address(*domestic);
        if (const auto foreign = address->object("buitenlandsAdres")) {
          RegisteredAddress abroad;
          abroad.street = foreign->text("straatHuisnummer");
          abroad.city = foreign->text("postcodeWoonplaats");
          abroad.country = foreign->text("land");
          hit.address = abroad;
        }
      }
      hits.push_back(std::move(hit));
    }
    return hits;
  });
}

Lookup<Officer> KvkAdapter::officers(const std::string& kvk) const {
  const Fetched fetched = m_gateway.fetch_recorded(
      "kvk", get_request("/v1/functionarissen/" + kvk),
      "the KvK officers product has no public contract; officers come only from a registry snapshot, and none holds "
      "the officers of " + kvk);
  if (auto unusable = reject_unusable<Officer>(m_gateway, fetched)) return *unusable;
  return reading::read_records<Officer>(m_gateway, *fetched.answer, [&](const AnswerNode& root) {
    std::vector<Officer> officers;
    for (const auto& item : root.required_array("functionarissen")) {
      Officer officer;
      officer.company_kvk = kvk;
      officer.name = item.required_text("naam");
      officer.birth_date = item.date("geboortedatum");
      officer.role = item.text("functie");
      officer.since = item.date("datumAanvang");
      officer.until = item.date("datumEinde");
      officers.push_back(std::move(officer));
    }
    return officers;
  });
}

}  // namespace bibob::registries
