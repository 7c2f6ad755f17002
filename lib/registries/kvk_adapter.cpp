#include "registries/kvk_adapter.hpp"

#include <algorithm>
#include <cctype>

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

bool means_not_found(const RawAnswer& answer) {
  const std::string code = error_code(answer, nullptr);
  // IPD0004: KvK number not valid/unknown; IPD0005: no data for the number; IPD5200: no search results.
  return answer.status == 404 || code == "IPD0005" || code == "IPD0004" || code == "IPD5200";
}

RegisteredAddress read_address(const Json& address) {
  RegisteredAddress out;
  out.street = reading::text(address, "straatnaam");
  out.number = reading::text(address, "huisnummer");
  out.letter = reading::text(address, "huisletter");
  out.suffix = reading::text(address, "huisnummerToevoeging");
  out.postcode = reading::written_postcode(reading::text(address, "postcode"));
  out.city = reading::text(address, "plaats");
  out.country = reading::text(address, "land");
  if (out.street.empty()) out.street = reading::text(address, "straatHuisnummer");  // foreign addresses
  return out;
}

// The visiting address among the addresses of an establishment or owner.
std::optional<RegisteredAddress> visiting_address(const Json& holder) {
  const Json& addresses = reading::array(holder, "adressen");
  for (const auto& address : addresses) {
    if (reading::text(address, "type") == "bezoekadres") return read_address(address);
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

std::string legal_form_code(const std::string& kvk_legal_form) {
  std::string lower;
  for (char c : kvk_legal_form) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::pair<const char*, const char*> forms[] = {
      {"besloten vennootschap", "bv"}, {"naamloze vennootschap", "nv"},   {"vennootschap onder firma", "vof"},
      {"commanditaire vennootschap", "cv"}, {"eenmanszaak", "eenmanszaak"}, {"stichting", "stichting"},
      {"co\xc3\xb6peratie", "cooperatie"},  {"cooperatie", "cooperatie"},   {"vereniging", "vereniging"},
      {"maatschap", "maatschap"},           {"buitenlandse", "buitenlands"}};
  for (const auto& [prefix, code] : forms) {
    if (lower.find(prefix) != std::string::npos) return code;
  }
  return {};
}

Lookup<CompanyProfile> KvkAdapter::basisprofiel(const std::string& kvk) const {
  const Fetched fetched = m_gateway.fetch("kvk", get_request("/v1/basisprofielen/" + url_encode(kvk)));
  if (auto unusable = reject_unusable<CompanyProfile>(m_gateway, fetched)) return *unusable;
  Failure failure;
  const auto json = reading::parse_json(*fetched.answer, failure);
  if (!json) return failed_lookup<CompanyProfile>(failure, {fetched.answer->provenance});

  CompanyProfile profile;
  profile.kvk = reading::text(*json, "kvkNummer");
  profile.name = reading::text(*json, "naam");
  profile.statutory_name = reading::text(*json, "statutaireNaam");
  profile.registered_on = reading::compact_or_iso_date(reading::text(*json, "formeleRegistratiedatum"));
  if (const Json* registration = reading::member(*json, "materieleRegistratie")) {
    profile.started_on = reading::compact_or_iso_date(reading::text(*registration, "datumAanvang"));
    profile.ended_on = reading::compact_or_iso_date(reading::text(*registration, "datumEinde"));
  }
  profile.employees = reading::integer(*json, "totaalWerkzamePersonen");
  for (const auto& trade_name : reading::array(*json, "handelsnamen")) {
    profile.trade_names.push_back(reading::text(trade_name, "naam"));
  }
  for (const auto& activity : reading::array(*json, "sbiActiviteiten")) {
    profile.activities.push_back({reading::text(activity, "sbiCode"), reading::text(activity, "sbiOmschrijving"),
                                  reading::text(activity, "indHoofdactiviteit") == "Ja"});
  }
  if (const Json* embedded = reading::member(*json, "_embedded")) {
    if (const Json* owner = reading::member(*embedded, "eigenaar")) {
      profile.rsin = reading::text(*owner, "rsin");
      profile.legal_form = reading::text(*owner, "rechtsvorm");
      profile.extended_legal_form = reading::text(*owner, "uitgebreideRechtsvorm");
      profile.address = visiting_address(*owner);
    }
    if (const Json* main = reading::member(*embedded, "hoofdvestiging")) {
      if (auto address = visiting_address(*main)) profile.address = address;
    }
  }
  if (profile.kvk.empty() || profile.name.empty()) {
    return failed_lookup<CompanyProfile>(
        Failure{FailureKind::malformed_response, "the Basisprofiel has no kvkNummer or naam", 200, 0},
        {fetched.answer->provenance});
  }
  m_gateway.confirm(*fetched.answer);
  return answered_lookup<CompanyProfile>({profile}, {fetched.answer->provenance});
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
  Failure failure;
  const auto json = reading::parse_json(*fetched.answer, failure);
  if (!json) return failed_lookup<CompanySearchHit>(failure, {fetched.answer->provenance});
  if (!reading::member(*json, "resultaten") || !json->at("resultaten").is_array()) {
    return failed_lookup<CompanySearchHit>(
        Failure{FailureKind::malformed_response, "the search answer has no resultaten list", 200, 0},
        {fetched.answer->provenance});
  }
  std::vector<CompanySearchHit> hits;
  for (const auto& item : json->at("resultaten")) {
    CompanySearchHit hit;
    hit.kvk = reading::text(item, "kvkNummer");
    hit.rsin = reading::text(item, "rsin");
    hit.establishment_number = reading::text(item, "vestigingsnummer");
    hit.name = reading::text(item, "naam");
    hit.type = reading::text(item, "type");
    hit.active = reading::text(item, "actief") != "Nee";
    if (const Json* address = reading::member(item, "adres")) {
      if (const Json* domestic = reading::member(*address, "binnenlandsAdres")) hit.address = read_address(*domestic);
      if (const Json* foreign = reading::member(*address, "buitenlandsAdres")) {
        RegisteredAddress abroad;
        abroad.street = reading::text(*foreign, "straatHuisnummer");
        abroad.city = reading::text(*foreign, "postcodeWoonplaats");
        abroad.country = reading::text(*foreign, "land");
        hit.address = abroad;
      }
    }
    hits.push_back(std::move(hit));
  }
  m_gateway.confirm(*fetched.answer);
  return answered_lookup<CompanySearchHit>(std::move(hits), {fetched.answer->provenance});
}

Lookup<Officer> KvkAdapter::officers(const std::string& kvk) const {
  const Fetched fetched = m_gateway.fetch_recorded(
      "kvk", get_request("/v1/functionarissen/" + kvk),
      "the KvK officers product has no public contract; officers come only from a registry snapshot, and none holds "
      "the officers of " + kvk);
  if (auto unusable = reject_unusable<Officer>(m_gateway, fetched)) return *unusable;
  Failure failure;
  const auto json = reading::parse_json(*fetched.answer, failure);
  if (!json) return failed_lookup<Officer>(failure, {fetched.answer->provenance});
  std::vector<Officer> officers;
  for (const auto& item : reading::array(*json, "functionarissen")) {
    Officer officer;
    officer.company_kvk = kvk;
    officer.name = reading::text(item, "naam");
    officer.birth_date = reading::compact_or_iso_date(reading::text(item, "geboortedatum"));
    officer.role = reading::text(item, "functie");
    officer.since = reading::compact_or_iso_date(reading::text(item, "datumAanvang"));
    officer.until = reading::compact_or_iso_date(reading::text(item, "datumEinde"));
    if (!officer.name.empty()) officers.push_back(std::move(officer));
  }
  m_gateway.confirm(*fetched.answer);
  return answered_lookup<Officer>(std::move(officers), {fetched.answer->provenance});
}

}  // namespace bibob::registries
