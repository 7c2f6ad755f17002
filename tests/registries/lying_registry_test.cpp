#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "registries/bag_adapter.hpp"
#include "registries/brk_adapter.hpp"
#include "registries/brp_adapter.hpp"
#include "registries/cir_adapter.hpp"
#include "registries/kvk_adapter.hpp"
#include "registries/registry_fixture.hpp"
#include "support/run_bibob.hpp"

using namespace bibob;
using namespace bibob::registries;
using namespace bibob::testing;
using Fault = FakeRegistry::Fault;

namespace {

// What each registry is asked in these tests, through one gateway with a cache.
struct Questions {
  explicit Questions(const RegistryGateway& gateway) : kvk(gateway), bag(gateway), brp(gateway), brk(gateway) {}
  KvkAdapter kvk;
  BagAdapter bag;
  BrpAdapter brp;
  BrkAdapter brk;
};

template <typename T>
void expect_malformed(const Lookup<T>& lookup, const std::string& message) {
  REQUIRE(lookup.failed());
  CHECK(lookup.failure->kind == FailureKind::malformed_response);
  CHECK(lookup.failure->message == message);
}

// A body the registry may answer, and the message of the malformed failure it must give.
using Lie = std::pair<std::string, std::string>;

// Each lie told once by a fresh registry: `ask(gateway)` must come back malformed, saying why.
template <typename Ask>
void expect_each_malformed(const std::vector<Lie>& lies, const std::string& content_type, Ask ask) {
  for (const auto& [body, message] : lies) {
    INFO(body);
    FakeRegistry fake;
    TempDir dir;
    const RegistryGateway gateway(config_for(fake), live_options(dir));
    fake.lie_next(200, content_type, body);
    expect_malformed(ask(gateway), message);
  }
}

}  // namespace

TEST_CASE("a BAG answer of the wrong shape is malformed, never 'no such address'", "[registries][hostile]") {
  const std::vector<Lie> lies = {
      {"{}", "the answer: neither _links nor _embedded: not a HAL collection"},
      {R"({"_embedded":5})", "_embedded: expected an object, found an integer"},
      {R"({"_embedded":{"adressen":{}}})", "_embedded.adressen: expected a list, found an object"},
      {R"({"_embedded":{}})", "_embedded.adressen: required but missing"},
      {R"({"_embedded":{"adressen":[5]}})", "_embedded.adressen[0]: expected an object, found an integer"},
      {R"({"_embedded":{"adressen":[{"nummeraanduidingIdentificatie":"0479200000012345","openbareRuimteNaam":"X",
           "huisnummer":"12","woonplaatsNaam":"Zaandam"}]}})",
       "_embedded.adressen[0].huisnummer: expected an integer, found text"},
      {R"({"_links":{},"_embedded":{"adressen":[{"openbareRuimteNaam":"X"}]}})",
       "_embedded.adressen[0].nummeraanduidingIdentificatie: required but missing"},
      {R"({"_embedded":{"adressen":[{"nummeraanduidingIdentificatie":"0479200000012345","openbareRuimteNaam":"X",
           "huisnummer":12,"woonplaatsNaam":"Zaandam","gebruiksdoelen":"woonfunctie"}]}})",
       "_embedded.adressen[0].gebruiksdoelen: expected a list, found text"},
  };
  expect_each_malformed(lies, "application/hal+json", [](const RegistryGateway& gateway) {
    return BagAdapter(gateway).address("1506 CH", "12");
  });
}

TEST_CASE("a malformed answer is never cached: a later failure stays not verified", "[registries][hostile]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake, 0), live_options(dir));
  fake.lie_next(200, "application/hal+json", "{}");
  REQUIRE(BagAdapter(gateway).address("1506 CH", "12").failed());
  // The registry now fails; nothing of the lie may stand in for its answer.
  fake.fail_next(Fault::server_error, 5);
  const auto later = BagAdapter(gateway).address("1506 CH", "12");
  REQUIRE(later.failed());
  CHECK(later.failure->kind == FailureKind::server_error);
  // Offline, only confirmed answers are served from the cache: the lie is not among them.
  const RegistryGateway offline(config_for(fake), live_options(dir, FetchMode::offline));
  const auto cached = BagAdapter(offline).address("1506 CH", "12");
  REQUIRE(cached.failed());
  CHECK(cached.failure->kind == FailureKind::offline);
}

TEST_CASE("a 404 where the contract has none is a failure, not 'not registered'", "[registries][hostile]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake, 0), live_options(dir));
  Questions ask(gateway);
  fake.lie_next(404, "text/html", "<html>Not Found</html>");
  const auto kvk = ask.kvk.basisprofiel("90002547");
  REQUIRE(kvk.failed());
  CHECK(kvk.failure->kind == FailureKind::not_found);
  fake.lie_next(404, "application/problem+json", R"({"title":"Opgevraagde resource bestaat niet.","status":404})");
  const auto bag = ask.bag.address("1506 CH", "12");
  REQUIRE(bag.failed());
  CHECK(bag.failure->message == "the registry answered 404: Opgevraagde resource bestaat niet.");
  fake.lie_next(404, "application/json", "{}");
  REQUIRE(ask.brk.rights_at("1506 CH", "12").failed());
}

TEST_CASE("a KvK profile without what makes it a registration is malformed", "[registries][hostile]") {
  const std::vector<Lie> lies = {
      // Without materieleRegistratie the answer cannot say whether the company still exists.
      {R"({"kvkNummer":"90002547","naam":"X","formeleRegistratiedatum":"20260615"})",
       "materieleRegistratie: required but missing"},
      {R"({"kvkNummer":"90002547","naam":"X"})", "formeleRegistratiedatum: required but missing"},
      {R"({"kvkNummer":"68750110","naam":"X","formeleRegistratiedatum":"20260615","materieleRegistratie":{}})",
       "kvkNummer: the Basisprofiel of 68750110, not of 90002547"},
      {R"({"kvkNummer":90002547,"naam":"X"})", "kvkNummer: expected text, found an integer"},
      {R"({"kvkNummer":"90002547","naam":"X","formeleRegistratiedatum":"gisteren","materieleRegistratie":{}})",
       "formeleRegistratiedatum: \"gisteren\" is not a date"},
      {R"({"kvkNummer":"90002547","naam":"X","formeleRegistratiedatum":"20260615",
           "materieleRegistratie":{"datumEinde":true}})",
       "materieleRegistratie.datumEinde: expected text, found true or false"},
      {R"({"kvkNummer":"90002547","naam":"X","formeleRegistratiedatum":"20260615","materieleRegistratie":{},
           "sbiActiviteiten":[{"sbiOmschrijving":"Cafe"}]})",
       "sbiActiviteiten[0].sbiCode: required but missing"},
      {R"({"kvkNummer":"90002547","naam":"X","formeleRegistratiedatum":"20260615","materieleRegistratie":{},
           "_embedded":{"eigenaar":{"adressen":"Dam 1"}}})",
       "_embedded.eigenaar.adressen: expected a list, found text"},
  };
  expect_each_malformed(lies, "application/hal+json", [](const RegistryGateway& gateway) {
    return KvkAdapter(gateway).basisprofiel("90002547");
  });
}

TEST_CASE("KvK search and officers answers of the wrong shape are malformed", "[registries][hostile]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  fake.lie_next(200, "application/json", R"({"resultaten":[{"naam":"X"}]})");
  expect_malformed(KvkAdapter(gateway).search({"", "", "1506 CH", "12"}), "resultaten[0].kvkNummer: required but missing");
  fake.lie_next(200, "application/json", R"({"totaal":3})");
  expect_malformed(KvkAdapter(gateway).search({"", "", "1506 CH", "12"}), "resultaten: required but missing");
}

TEST_CASE("a BRP answer of the wrong shape is malformed, never 'found'", "[registries][hostile]") {
  const std::vector<Lie> lies = {
      {R"({"personen":[{"y":2}]})", "personen[0].burgerservicenummer: required but missing"},
      {R"({"personen":[{"burgerservicenummer":"999990020"}]})", "personen[0].naam: required but missing"},
      {R"({"personen":[{"burgerservicenummer":"999990020","naam":{}}]})",
       "personen[0].naam.geslachtsnaam: required but missing"},
      {R"({"personen":[{"burgerservicenummer":"999990044","naam":{"geslachtsnaam":"Vermeulen"}}]})",
       "personen[0].burgerservicenummer: a person other than the one asked for"},
      {R"({"personen":[{"burgerservicenummer":"999990020","naam":{"geslachtsnaam":"Berg"},
           "geboorte":{"datum":{"type":"Datum","datum":"1979-02-30"}}}]})",
       "personen[0].geboorte.datum.datum: \"1979-02-30\" is not a date"},
      {R"({"personen":{}})", "personen: expected a list, found an object"},
  };
  expect_each_malformed(lies, "application/json", [](const RegistryGateway& gateway) {
    return BrpAdapter(gateway).by_bsn("999990020");
  });
}

TEST_CASE("a BRK answer of the wrong shape is malformed", "[registries][hostile]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  fake.lie_next(200, "application/hal+json", "{}");
  expect_malformed(BrkAdapter(gateway).rights_at("1506 CH", "12"),
                   "the answer: neither _links nor _embedded: not a HAL collection");
  fake.lie_next(200, "application/hal+json", R"({"_embedded":{"kadastraalOnroerendeZaken":[{"type":"perceel"}]}})");
  expect_malformed(BrkAdapter(gateway).rights_at("1506 CH", "12"),
                   "_embedded.kadastraalOnroerendeZaken[0].identificatie: required but missing");
}

TEST_CASE("a screening on a lying BAG reports the premises not verified, never as absent", "[registries][hostile][e2e]") {
  FakeRegistry fake;
  TempDir dir;
  auto env = fake.environment();
  env["BIBOB_CACHE_DB"] = (dir / "cache.db").string();
  env["BIBOB_LISTS_DB"] = (dir / "lists.db").string();
  fake.lie_next(200, "application/hal+json", "{}", 1000);
  const auto result = run_bibob({"screen", "--no-cache", source_path("examples/horeca-clean.yaml")}, env);
  INFO(result.out);
  CHECK(result.exit_code == 4);
  CHECK(result.out.find("komt niet voor in de BAG") == std::string::npos);
  CHECK(result.out.find("neither _links nor _embedded") != std::string::npos);
}

TEST_CASE("an insolvency case of no known kind is malformed", "[registries][hostile]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake), live_options(dir));
  const std::string lie =
      "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
      "<getCaseResponse xmlns=\"http://www.rechtspraak.nl/namespaces/cir01\"><getCaseResult>"
      "<inspubWebserviceInsolvente><insolvente><insolventienummer>X.15/25/311</insolventienummer></insolvente>"
      "</inspubWebserviceInsolvente></getCaseResult></getCaseResponse></soap:Body></soap:Envelope>";
  fake.lie_next(200, "text/xml; charset=utf-8", lie);
  expect_malformed(CirAdapter(gateway).get_case("01.hlm.25.311.F.1300.1.25"),
                   "the insolventienummer \"X.15/25/311\" is of no kind the register keeps (F, S or R)");
}
