#include <chrono>

#include <catch2/catch.hpp>

#include "registries/bag_adapter.hpp"
#include "registries/brp_adapter.hpp"
#include "registries/cir_adapter.hpp"
#include "registries/http_client.hpp"
#include "registries/kvk_adapter.hpp"
#include "registries/registry_fixture.hpp"

using namespace bibob;
using namespace bibob::registries;
using namespace bibob::testing;
using Fault = FakeRegistry::Fault;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Lookup<CompanyProfile> kvk_lookup(const FakeRegistry& fake, int retries = 2, long timeout_ms = 2000) {
  TempDir dir;
  const RegistryGateway gateway(config_for(fake, retries, timeout_ms), live_options(dir));
  return KvkAdapter(gateway).basisprofiel("90002547");
}

}  // namespace

TEST_CASE("a 404 with the registry's own error body is 'not found'", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::not_found);
  const auto lookup = kvk_lookup(fake);
  CHECK(lookup.status == Lookup<CompanyProfile>::Status::not_found);
  CHECK(fake.request_count() == 1);
}

TEST_CASE("401 and 403 are rejected credentials, never retried", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::unauthorized, 5);
  const auto unauthorized = kvk_lookup(fake);
  REQUIRE(unauthorized.failed());
  CHECK(unauthorized.failure->kind == FailureKind::rejected_credentials);
  CHECK(unauthorized.failure->message == "the registry refused the credentials (401); BIBOB_KVK_API_KEY is not set");
  CHECK(fake.request_count() == 1);

  fake.fail_next(Fault::forbidden, 5);
  const auto forbidden = kvk_lookup(fake);
  REQUIRE(forbidden.failed());
  CHECK(forbidden.failure->kind == FailureKind::rejected_credentials);
  CHECK(fake.request_count() == 2);
}

TEST_CASE("429 is retried after the Retry-After the registry asks for", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::rate_limited, 1, 1);
  const auto start = std::chrono::steady_clock::now();
  const auto lookup = kvk_lookup(fake);
  CHECK(lookup.found());
  CHECK(fake.request_count() == 2);
  CHECK(seconds_since(start) >= 1.0);  // waited as asked
}

TEST_CASE("429 on every attempt gives up as rate limited after the configured retries", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::rate_limited, 10);
  const auto lookup = kvk_lookup(fake, 2);
  REQUIRE(lookup.failed());
  CHECK(lookup.failure->kind == FailureKind::rate_limited);
  CHECK(lookup.failure->attempts == 3);
  CHECK(fake.request_count() == 3);
}

TEST_CASE("a 500 is retried, and a lasting one is a server error", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::server_error, 1);
  CHECK(kvk_lookup(fake).found());
  CHECK(fake.request_count() == 2);

  fake.fail_next(Fault::server_error, 10);
  const auto lookup = kvk_lookup(fake, 1);
  REQUIRE(lookup.failed());
  CHECK(lookup.failure->kind == FailureKind::server_error);
  CHECK(lookup.failure->http_status == 500);
  CHECK(fake.request_count() == 4);
}

TEST_CASE("a registry that stalls times out within the configured bound", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::stall, 10);
  const auto start = std::chrono::steady_clock::now();
  const auto lookup = kvk_lookup(fake, 1, 500);
  const double elapsed = seconds_since(start);
  REQUIRE(lookup.failed());
  CHECK(lookup.failure->kind == FailureKind::timeout);
  CHECK(lookup.failure->attempts == 2);
  // Two attempts of 0.5 s and one backoff: far below the 30 s the registry would stall.
  CHECK(elapsed < 10.0);
}

TEST_CASE("a truncated body, invalid JSON, HTML and an enormous body are malformed answers", "[registries][faults]") {
  FakeRegistry fake;
  for (Fault fault : {Fault::truncated, Fault::invalid_json, Fault::wrong_content_type, Fault::enormous}) {
    fake.fail_next(fault, 1);
    const auto lookup = kvk_lookup(fake, 0);
    INFO(static_cast<int>(fault));
    REQUIRE(lookup.failed());
    CHECK(lookup.failure->kind == FailureKind::malformed_response);
  }
  fake.fail_next(Fault::wrong_content_type, 1);
  CHECK(kvk_lookup(fake, 0).failure->message == "expected JSON, the registry answered text/html");
  fake.fail_next(Fault::enormous, 1);
  CHECK(kvk_lookup(fake, 0).failure->message == "the answer is larger than 32 MiB");
}

TEST_CASE("garbage from the other registries is malformed too", "[registries][faults]") {
  FakeRegistry fake;
  TempDir dir;
  const RegistryGateway gateway(config_for(fake, 0), live_options(dir));
  fake.fail_next(Fault::invalid_json);
  CHECK(BagAdapter(gateway).address("1506 CH", "12").failure->kind == FailureKind::malformed_response);
  fake.fail_next(Fault::wrong_content_type);
  CHECK(BrpAdapter(gateway).by_bsn("999990020").failure->kind == FailureKind::malformed_response);
  fake.fail_next(Fault::invalid_json);
  CHECK(CirAdapter(gateway).search_undertaking("68750110").failure->kind == FailureKind::malformed_response);
  fake.fail_next(Fault::soap_fault);
  CHECK(CirAdapter(gateway).search_undertaking("68750110").failure->kind == FailureKind::server_error);
}

TEST_CASE("a registry that cannot be reached is unreachable, at once", "[registries][faults]") {
  configuration::Config config;
  {
    FakeRegistry fake;
    config = config_for(fake);
  }  // the fake is gone: its port refuses connections
  TempDir dir;
  const RegistryGateway gateway(config, live_options(dir));
  const auto lookup = KvkAdapter(gateway).basisprofiel("90002547");
  REQUIRE(lookup.failed());
  CHECK(lookup.failure->kind == FailureKind::unreachable);
  CHECK(lookup.failure->attempts == 1);
}

TEST_CASE("a request that is not idempotent is never retried", "[registries][faults]") {
  FakeRegistry fake;
  fake.fail_next(Fault::server_error, 10);
  HttpSettings settings;
  settings.retries = 3;
  settings.first_backoff = std::chrono::milliseconds(1);
  const HttpClient client(settings);
  HttpRequest request{"POST", fake.base_url("kvk") + "/v1/anything", {}, "{}", false};
  const auto outcome = client.send(request);
  CHECK(outcome.attempts == 1);
  REQUIRE(outcome.failure.has_value());
  CHECK(outcome.failure->kind == FailureKind::server_error);
}

TEST_CASE("the rate limit spaces requests to one registry", "[registries]") {
  RateLimiter limiter(20);  // one request per 50 ms
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 6; ++i) limiter.acquire();
  CHECK(seconds_since(start) >= 0.24);  // five intervals after the first request
}
