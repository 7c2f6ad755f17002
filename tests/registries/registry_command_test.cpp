#include <catch2/catch.hpp>

#include "registries/registry_request.hpp"
#include <nlohmann/json.hpp>

#include "support/fake_registry.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::map<std::string, std::string> environment_for(const FakeRegistry& fake, const TempDir& dir) {
  auto env = fake.environment();
  env["BIBOB_CACHE_DB"] = (dir / "cache.db").string();
  return env;
}

}  // namespace

TEST_CASE("registry lookup prints the facts and their source, exit 0", "[registries][cli]") {
  FakeRegistry fake;
  TempDir dir;
  const auto result = run_bibob({"registry", "lookup", "brp", "999990020"}, environment_for(fake, dir));
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("  full_name: Johannes Petrus van der Berg\n") != std::string::npos);
  CHECK(result.out.find("source: brp POST /personen RaadpleegMetBurgerservicenummer " +
                        bibob::registries::pseudonym("999990020") + ", HTTP 200, retrieved ") !=
        std::string::npos);
  CHECK(result.out.find("(live), ref brp:") != std::string::npos);
}

TEST_CASE("registry lookup in JSON has a schema, the records and the provenance", "[registries][cli]") {
  FakeRegistry fake;
  TempDir dir;
  const auto result =
      run_bibob({"--format", "json", "registry", "lookup", "brk", "1506 CH", "12"}, environment_for(fake, dir));
  CHECK(result.exit_code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["schema"] == "bibob-registry-lookup/1");
  CHECK(json["status"] == "found");
  CHECK(json["records"][0]["holder_name"] == "Zaanoever Beleggingen B.V.");
  CHECK(json["provenance"].size() == 2);
  CHECK(json["provenance"][0]["source"] == "live");
  CHECK(json["provenance"][0]["body_sha256"].get<std::string>().size() == 64);
}

TEST_CASE("registry lookup: not found is exit 1, a failed registry exit 4 and NOT VERIFIED", "[registries][cli]") {
  FakeRegistry fake;
  TempDir dir;
  const auto env = environment_for(fake, dir);
  const auto missing = run_bibob({"registry", "lookup", "kvk", "90009999"}, env);
  CHECK(missing.exit_code == 1);
  CHECK(missing.out.find("kvk: not found\n") == 0);

  fake.fail_next(FakeRegistry::Fault::server_error, 10);
  const auto failed = run_bibob({"registry", "lookup", "bag", "1506 CH", "12"}, env);
  CHECK(failed.exit_code == 4);
  CHECK(failed.out.find("bag: NOT VERIFIED: server_error, the registry answered with a server error (500)") == 0);
}

TEST_CASE("registry lookup --offline uses the bundled snapshot without a network", "[registries][cli]") {
  TempDir dir;
  const auto result = run_bibob({"registry", "lookup", "--offline", "cir", "69599076"},
                                {{"BIBOB_CACHE_DB", (dir / "cache.db").string()},
                                 {"BIBOB_CIR_BASE_URL", "http://127.0.0.1:9/unreachable"}});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("  number: F.15/25/311\n") != std::string::npos);
  CHECK(result.out.find("(snapshot)") != std::string::npos);
}

TEST_CASE("registry check says which registries answer, and is honest offline", "[registries][cli]") {
  TempDir dir;
  std::map<std::string, std::string> env;
  {
    FakeRegistry fake;
    env = environment_for(fake, dir);
    const auto reachable = run_bibob({"registry", "check"}, env);
    CHECK(reachable.exit_code == 0);
    CHECK(reachable.out.find("kvk: reachable (HTTP 404)") != std::string::npos);
  }
  const auto gone = run_bibob({"registry", "check"}, env);
  CHECK(gone.exit_code == 4);
  CHECK(gone.out.find("kvk: NOT reachable: unreachable") != std::string::npos);
  const auto offline = run_bibob({"registry", "check", "--offline"}, env);
  CHECK(offline.exit_code == 0);
  CHECK(offline.out.find("kvk: not checked: offline") != std::string::npos);
}

TEST_CASE("registry lookup refuses a missing key with a usage error", "[registries][cli]") {
  const auto result = run_bibob({"registry", "lookup", "bag", "1506 CH"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("registry lookup bag: the house number is missing") != std::string::npos);
}
