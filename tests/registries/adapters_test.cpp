#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "registries/bag_adapter.hpp"
#include "registries/brk_adapter.hpp"
#include "registries/brp_adapter.hpp"
#include "registries/cir_adapter.hpp"
#include "registries/kvk_adapter.hpp"
#include "registries/registry_fixture.hpp"
#include "support/run_bibob.hpp"
#include "util/sha256.hpp"

using namespace bibob;
using namespace bibob::registries;
using namespace bibob::testing;

TEST_CASE("KvK Basisprofiel in the HAL form gives the company's facts with provenance", "[registries][kvk]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const auto lookup = KvkAdapter(gateway).basisprofiel("90002547");
  REQUIRE(lookup.found());
  const CompanyProfile& company = lookup.record();
  CHECK(company.name == "Eetcafe De Gouden Leeuw B.V.");
  CHECK(company.registered_on->iso() == "2026-06-15");
  CHECK(company.legal_form == "Besloten Vennootschap");
  CHECK(legal_form_code(company.legal_form) == "bv");
  CHECK(company.rsin == "850000038");
  CHECK(company.active());
  REQUIRE(company.activities.size() == 2);
  CHECK(company.activities[0].code == "5630");
  CHECK(company.activities[0].main);
  REQUIRE(company.address.has_value());
  CHECK(company.address->postcode == "1506 CH");
  CHECK(company.address->number == "12");
  REQUIRE(lookup.provenance.size() == 1);
  CHECK(lookup.provenance[0].source == "live");
  CHECK(lookup.provenance[0].request == "GET /v1/basisprofielen/90002547");
  CHECK(lookup.provenance[0].status == 200);
  CHECK(lookup.provenance[0].retrieved_at.size() == 20);
  const auto received = fake.received();
  REQUIRE(received.size() == 1);
  CHECK(received[0].target == "/kvk/v1/basisprofielen/90002547");
  CHECK(received[0].headers.at("User-Agent").find("bibob/") == 0);
}

namespace {

// A Basisprofiel answer served live for KvK number `kvk`, read by the adapter.
Lookup<CompanyProfile> basisprofiel_from(const std::string& body, const std::string& kvk) {
  TempDir snapshot;
  snapshot.write("kvk/answer.json", body);
  snapshot.write("manifest.yaml", "schema: bibob-snapshot/1\nresponses:\n  - {registry: kvk, request: GET "
                                  "/v1/basisprofielen/" + kvk + ", status: 200, retrieved_at: 2026-11-01T00:00:00Z, "
                                  "file: kvk/answer.json}\n");
  FakeRegistry fake(snapshot.path().string());
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  return KvkAdapter(gateway).basisprofiel(kvk);
}

}  // namespace

TEST_CASE("KvK Basisprofiel in the older links form parses too", "[registries][kvk]") {
  const std::string body = file_text(source_path("tests/data/registries/kvk/basisprofiel-links.json"));
  const auto lookup = basisprofiel_from(body, "90007001");
  REQUIRE(lookup.found());
  CHECK(lookup.record().name == "Visserij Westerhaven");
  CHECK(lookup.record().legal_form == "Eenmanszaak");
  CHECK(lookup.record().registered_on->iso() == "2019-03-04");
  CHECK(lookup.record().trade_names.size() == 3);
  CHECK(lookup.record().activities.size() == 2);
  CHECK(lookup.record().address->street == "Westerkade");
  CHECK(lookup.record().address->postcode == "1521 RB");
  CHECK(lookup.provenance[0].body_sha256 == sha256_hex(body));
}

TEST_CASE("KvK Basisprofiel: the contract's own example answer", "[registries][kvk][shared-data]") {
  const auto path = shared_data("registries/kvk/basisprofiel_response.json");
  if (!path) return;
  const auto lookup = basisprofiel_from(file_text(*path), "69599084");
  REQUIRE(lookup.found());
  CHECK(lookup.record().name == "Test EMZ Dagobert");
  CHECK(lookup.record().legal_form == "Eenmanszaak");
  CHECK(lookup.record().registered_on->iso() == "2017-07-10");
  CHECK(lookup.record().trade_names.size() == 4);
  CHECK(lookup.record().address->street == "Abebe Bikilalaan");
  CHECK(lookup.record().address->postcode == "1034 WL");
}

TEST_CASE("a KvK number the register does not know is not found, not a failure", "[registries][kvk]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const auto lookup = KvkAdapter(gateway).basisprofiel("90009999");
  CHECK(lookup.status == Lookup<CompanyProfile>::Status::not_found);
  CHECK_FALSE(lookup.failure.has_value());
  CHECK(lookup.provenance.at(0).status == 404);
}

TEST_CASE("KvK Zoeken by address lists every registration there", "[registries][kvk]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const auto lookup = KvkAdapter(gateway).search({"", "", "1506 CH", "12"});
  REQUIRE(lookup.found());
  CHECK(lookup.records.size() == 7);
  CHECK(std::count_if(lookup.records.begin(), lookup.records.end(), [](const auto& hit) { return hit.active; }) == 6);
  CHECK(fake.received().at(0).target == "/kvk/v2/zoeken?postcode=1506CH&huisnummer=12&resultatenPerPagina=100");
}

TEST_CASE("officers come from the snapshot in bibob's own format, never from a guessed request", "[registries][kvk]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway without_snapshot(config_for(fake), live_options(dir));
  const auto missing = KvkAdapter(without_snapshot).officers("90002547");
  REQUIRE(missing.failed());
  CHECK(missing.failure->kind == FailureKind::not_configured);
  CHECK(fake.request_count() == 0);
  auto options = live_options(dir);
  options.snapshot_folder = source_path("snapshot");
  const RegistryGateway gateway(config_for(fake), options);
  const auto lookup = KvkAdapter(gateway).officers("90002547");
  CHECK(fake.request_count() == 0);
  REQUIRE(lookup.records.size() == 3);
  CHECK(lookup.records[1].name == "Johannes Petrus van der Berg");
  CHECK(lookup.records[1].since->iso() == "2026-09-01");
  CHECK(lookup.records[0].until->iso() == "2026-08-31");
}

TEST_CASE("BAG adressenuitgebreid gives identity, uses, floor area and year", "[registries][bag]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const auto lookup = BagAdapter(gateway).address("1506 CH", "12");
  REQUIRE(lookup.found());
  const AddressObject& object = lookup.record();
  CHECK(object.address_id == "0479200000023456");
  CHECK(object.uses == std::vector<std::string>{"woonfunctie", "winkelfunctie"});
  CHECK(object.floor_area_m2 == 95);
  CHECK(object.construction_years == std::vector<std::string>{"1931"});
  CHECK(object.address.one_line() == "Gedempte Gracht 12, 1506 CH Zaandam");
  CHECK(fake.received().at(0).target == "/bag/adressenuitgebreid?postcode=1506CH&huisnummer=12&exacteMatch=true");

  const auto unknown = BagAdapter(gateway).address("9999 ZZ", "1");
  CHECK(unknown.status == Lookup<AddressObject>::Status::not_found);
}

TEST_CASE("BRP Personen by BSN and by name and date of birth", "[registries][brp]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const BrpAdapter brp(gateway);
  const auto person = brp.by_bsn("999990020");
  REQUIRE(person.found());
  CHECK(person.record().full_name == "Johannes Petrus van der Berg");
  CHECK(person.record().prefix == "van der");
  CHECK(person.record().birth_date->iso() == "1979-04-02");
  CHECK(person.record().nationalities == std::vector<std::string>{"Nederlandse"});
  const auto body = nlohmann::json::parse(fake.received().at(0).body);
  CHECK(body["type"] == "RaadpleegMetBurgerservicenummer");
  CHECK(body["burgerservicenummer"][0] == "999990020");

  const auto nobody = brp.by_bsn("999990147");
  CHECK(nobody.status == Lookup<PersonRecord>::Status::not_found);
  CHECK_FALSE(nobody.failure.has_value());

  const auto searched = brp.by_name_and_birth_date("Berg", *Date::parse("1979-04-02"), "van der");
  CHECK(searched.status == Lookup<PersonRecord>::Status::not_found);
  const auto search_body = nlohmann::json::parse(fake.received().back().body);
  CHECK(search_body["type"] == "ZoekMetGeslachtsnaamEnGeboortedatum");
  CHECK(search_body["geboortedatum"] == "1979-04-02");
}

TEST_CASE("BRK gives the holders of rights and their shares at an address", "[registries][brk]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const auto lookup = BrkAdapter(gateway).rights_at("1521 RB", "3");
  REQUIRE(lookup.records.size() == 2);
  CHECK(lookup.records[0].holder_name == "C. Visser");
  CHECK(lookup.records[0].right == "eigenaar");
  CHECK(lookup.records[0].share_numerator == 1);
  CHECK(lookup.records[0].share_denominator == 2);
  CHECK(lookup.records[0].parcel == "Zaandam D 77");
  CHECK(lookup.provenance.size() == 2);  // the property list, then its holders
}

TEST_CASE("the insolvency register gives the case behind a publication", "[registries][cir]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const CirAdapter cir(gateway);
  const auto lookup = cir.search_undertaking("69599076");
  REQUIRE(lookup.records.size() == 1);  // two publications, one case
  const InsolvencyCase& found = lookup.record();
  CHECK(found.number == "F.15/25/311");
  CHECK(found.kind == "faillissement");
  CHECK(found.kvk == "69599076");
  CHECK(found.name == "Snackbar Het Hoekje V.O.F.");
  REQUIRE(found.publications.size() == 2);
  CHECK(found.first_published()->iso() == "2025-03-18");
  CHECK(found.publications[1].kind_code == "1316");
  const auto received = fake.received();
  CHECK(received[0].headers.at("SOAPAction") == "\"http://www.rechtspraak.nl/namespaces/cir01/searchUndertaking\"");
  CHECK(received[0].body.find("<commercialRegisterID>69599076</commercialRegisterID>") != std::string::npos);

  CHECK(cir.search_undertaking("68750110").status == Lookup<InsolvencyCase>::Status::not_found);
  CHECK(cir.search_person("Berg", "van der", Date::parse("1979-04-02")).status ==
        Lookup<InsolvencyCase>::Status::not_found);
  CHECK(insolvency_kind("S.13/26/4") == "surseance");
  CHECK(insolvency_kind("R.13/26/4") == "schuldsanering");
}
