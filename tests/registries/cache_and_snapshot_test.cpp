#include <fstream>
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "registries/kvk_adapter.hpp"
#include "registries/registry_fixture.hpp"
#include "registries/snapshot.hpp"
#include "support/run_bibob.hpp"
#include "util/errors.hpp"

using namespace bibob;
using namespace bibob::registries;
using namespace bibob::testing;

namespace {

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

TEST_CASE("a cached answer is reused within its time to live, and --refresh asks again", "[registries][cache]") {
  FakeRegistry fake;
  TempDir dir;
  const configuration::Config config = config_for(fake);
  {
    const RegistryGateway gateway(config, live_options(dir));
    CHECK(KvkAdapter(gateway).basisprofiel("90002547").provenance.at(0).source == "live");
    const auto again = KvkAdapter(gateway).basisprofiel("90002547");
    CHECK(again.found());
    CHECK(again.provenance.at(0).source == "cache");
    CHECK(fake.request_count() == 1);
  }
  {
    const RegistryGateway refreshing(config, live_options(dir, FetchMode::refresh));
    CHECK(KvkAdapter(refreshing).basisprofiel("90002547").provenance.at(0).source == "live");
    CHECK(fake.request_count() == 2);
  }
  configuration::Config no_ttl = config;
  no_ttl.registries["kvk"].cache_ttl_hours = 0;
  const RegistryGateway expired(no_ttl, live_options(dir));
  KvkAdapter(expired).basisprofiel("90002547");
  CHECK(fake.request_count() == 3);
}

TEST_CASE("failures are never cached", "[registries][cache]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake, 0), live_options(dir));
  fake.fail_next(FakeRegistry::Fault::server_error);
  CHECK(KvkAdapter(gateway).basisprofiel("90002547").failed());
  CHECK(KvkAdapter(gateway).basisprofiel("90002547").found());
  CHECK(fake.request_count() == 2);
}

TEST_CASE("offline, answers come from the cache or the snapshot and never from the network", "[registries][offline]") {
  FakeRegistry fake;
  TempDir dir;
  auto options = live_options(dir, FetchMode::offline);
  options.snapshot_folder = source_path("snapshot");
  const RegistryGateway gateway(config_for(fake), options);
  const auto bundled = KvkAdapter(gateway).basisprofiel("68750110");
  REQUIRE(bundled.found());
  CHECK(bundled.provenance.at(0).source == "snapshot");
  CHECK(bundled.provenance.at(0).retrieved_at == "2026-11-20T09:00:00Z");
  const auto missing = KvkAdapter(gateway).basisprofiel("12345678");
  REQUIRE(missing.failed());
  CHECK(missing.failure->kind == FailureKind::offline);
  CHECK(fake.request_count() == 0);
}

TEST_CASE("the cache database and the snapshot files are readable by the owner only", "[registries][cache]") {
  FakeRegistry fake;
  TempDir dir;
  {
    const RegistryGateway gateway(config_for(fake), live_options(dir));
    KvkAdapter(gateway).basisprofiel("90002547");
    Snapshot::write(dir / "exported", gateway.cache()->newest_answers());
  }
  struct stat info {};
  REQUIRE(stat((dir / "cache.db").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  REQUIRE(stat((dir / "exported").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0700);
  REQUIRE(stat((dir / "exported" / "manifest.yaml").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("a snapshot written from the cache serves the same answers", "[registries][offline]") {
  FakeRegistry fake;
  TempDir dir;
  {
    const RegistryGateway gateway(config_for(fake), live_options(dir));
    KvkAdapter(gateway).basisprofiel("90002547");
    KvkAdapter(gateway).search({"", "", "1506 CH", "12"});
    Snapshot::write(dir / "exported", gateway.cache()->newest_answers());
  }
  GatewayOptions offline;
  offline.mode = FetchMode::offline;
  offline.snapshot_folder = dir / "exported";
  const RegistryGateway gateway(config_for(fake), offline);
  CHECK(gateway.snapshot()->size() == 2);
  const auto lookup = KvkAdapter(gateway).basisprofiel("90002547");
  REQUIRE(lookup.found());
  CHECK(lookup.record().name == "Eetcafe De Gouden Leeuw B.V.");
  CHECK(KvkAdapter(gateway).search({"", "", "1506 CH", "12"}).records.size() == 7);
}

TEST_CASE("an invalid snapshot manifest names file, line and key", "[registries][offline]") {
  TempDir dir;
  dir.write("manifest.yaml", "schema: bibob-snapshot/1\nresponses:\n  - {registry: kvk, request: GET /x, status: 200, "
                             "retrieved_at: 2026-01-01T00:00:00Z, file: ../../etc/passwd}\n  - {registry: kvk, status: "
                             "200, retrieved_at: 2026-01-01T00:00:00Z, file: none.json}\n");
  try {
    Snapshot snapshot(dir.path());
    FAIL("no error");
  } catch (const InputError& e) {
    const std::string message = e.what();
    CHECK(message.find("manifest.yaml:3:") != std::string::npos);
    CHECK(message.find("responses[0].file: must name a file inside the snapshot folder") != std::string::npos);
    CHECK(message.find("responses[1].request: required but missing") != std::string::npos);
  }
}

TEST_CASE("an API key is sent in the registry's header and appears nowhere else", "[registries][secrets]") {
  const std::string key = "l7xx-test-key-5f3a9c";
  FakeRegistry fake;
  fake.require_key(key);
  TempDir dir;
  auto env = fake.environment();
  env["BIBOB_KVK_API_KEY"] = key;
  env["BIBOB_BAG_API_KEY"] = key;
  env["BIBOB_CIR_PASSWORD"] = key;
  env["BIBOB_CIR_USERNAME"] = "gemeente-zaanstad";
  env["BIBOB_CACHE_DB"] = (dir / "cache.db").string();
  env["HOME"] = dir.path().string();

  const auto kvk = run_bibob({"--verbose", "registry", "lookup", "kvk", "90002547"}, env);
  INFO(kvk.out << kvk.err);
  CHECK(kvk.exit_code == 0);
  const auto bag = run_bibob({"--format", "json", "registry", "lookup", "bag", "1506 CH", "12"}, env);
  CHECK(bag.exit_code == 0);
  const auto cir = run_bibob({"registry", "lookup", "cir", "69599076"}, env);
  CHECK(cir.exit_code == 0);
  const auto list = run_bibob({"registry", "list"}, env);
  CHECK(list.out.find("BIBOB_KVK_API_KEY (set)") != std::string::npos);
  const auto exported = run_bibob({"registry", "snapshot", (dir / "exported").string()}, env);
  CHECK(exported.exit_code == 0);

  const auto received = fake.received();
  REQUIRE(received.size() >= 3);
  CHECK(received[0].headers.at("apikey") == key);
  CHECK(received[1].headers.at("X-Api-Key") == key);
  CHECK(received[2].body.find("<wsse:Password") != std::string::npos);

  for (const auto* run : {&kvk, &bag, &cir, &list, &exported}) {
    CHECK(run->out.find(key) == std::string::npos);
    CHECK(run->err.find(key) == std::string::npos);
  }
  CHECK(file_bytes(dir / "cache.db").find(key) == std::string::npos);
  CHECK(file_bytes(dir / "cache.db-wal").find(key) == std::string::npos);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir / "exported")) {
    if (entry.is_regular_file()) CHECK(file_bytes(entry.path()).find(key) == std::string::npos);
  }
}

TEST_CASE("a wrong key is refused by the registry and reported as such", "[registries][secrets]") {
  FakeRegistry fake;
  fake.require_key("right-key");
  TempDir dir;
  auto env = fake.environment();
  env["BIBOB_KVK_API_KEY"] = "wrong-key";
  env["BIBOB_CACHE_DB"] = (dir / "cache.db").string();
  const auto result = run_bibob({"registry", "lookup", "kvk", "90002547"}, env);
  CHECK(result.exit_code == 4);
  CHECK(result.out == "kvk: NOT VERIFIED: rejected_credentials, the registry refused the credentials (401)\n");
  CHECK(result.out.find("wrong-key") == std::string::npos);
}

TEST_CASE("an answer the adapter could not read is kept but never served from the cache", "[registries][cache]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake, 0), live_options(dir));
  fake.fail_next(FakeRegistry::Fault::invalid_json);
  CHECK(KvkAdapter(gateway).basisprofiel("90002547").failure->kind == FailureKind::malformed_response);
  const auto second = KvkAdapter(gateway).basisprofiel("90002547");
  CHECK(second.found());
  CHECK(second.provenance.at(0).source == "live");
  CHECK(fake.request_count() == 2);
}
