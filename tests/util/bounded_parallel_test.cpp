#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <catch2/catch.hpp>

#include "registries/kvk_adapter.hpp"
#include "registries/registry_fixture.hpp"
#include "util/bounded_parallel.hpp"

using namespace bibob;
using namespace bibob::testing;

TEST_CASE("run_bounded runs every task, never more than the bound at once", "[parallel]") {
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  std::vector<int> done(40, 0);
  run_bounded(done.size(), 4, [&](std::size_t i) {
    const int now = ++running;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    done[i] = 1;
    --running;
  });
  CHECK(std::count(done.begin(), done.end(), 1) == 40);
  CHECK(most.load() <= 4);
  CHECK(most.load() >= 2);
}

TEST_CASE("run_bounded rethrows a task's error after all tasks ran", "[parallel]") {
  std::atomic<int> ran{0};
  CHECK_THROWS_WITH(run_bounded(10, 3,
                                [&](std::size_t i) {
                                  ++ran;
                                  if (i == 5) throw std::runtime_error("task 5 failed");
                                }),
                    "task 5 failed");
  CHECK(ran.load() == 10);
}

TEST_CASE("concurrent lookups through one gateway and cache all succeed", "[parallel][registries]") {
  FakeRegistry fake;
  TempDir dir;
  const registries::RegistryGateway gateway(config_for(fake), live_options(dir));
  const std::vector<std::string> numbers = {"68750110", "90002547", "90001354", "90001231",
                                            "90003160", "90003322", "69599084", "69599076"};
  std::vector<std::string> names(numbers.size());
  run_bounded(numbers.size(), 4, [&](std::size_t i) {
    const auto lookup = registries::KvkAdapter(gateway).basisprofiel(numbers[i]);
    if (lookup.found()) names[i] = lookup.record().name;
  });
  CHECK(names[0] == "Brasserie Het Zaanse Veld B.V.");
  CHECK(names[7] == "Snackbar Het Hoekje V.O.F.");
  CHECK(std::none_of(names.begin(), names.end(), [](const std::string& name) { return name.empty(); }));
  CHECK(fake.request_count() == numbers.size());
}
