#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

// The case register, the list store and the registry cache are each one SQLite file that
// several bibobs use at once: each waits for the others (store.busy_timeout_seconds), none
// fails with "database is locked".
TEST_CASE("eight screenings and a list import at once all finish", "[store][lists][concurrency][hostile]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_DB", (dir / "register/bibob.db").string()},
                                                  {"BIBOB_CACHE_DB", (dir / "cache.db").string()},
                                                  {"BIBOB_LISTS_DB", (dir / "lists.db").string()},
                                                  {"BIBOB_TODAY", "2026-11-28"}};
  const std::string list = source_path("tests/data/screening/sdn.csv");
  REQUIRE(run_bibob({"lists", "import", "--source", "ofac", list}, env).exit_code == 0);
  const std::vector<std::string> examples = {"horeca-clean", "horeca-cash-abroad", "vastgoed-holding", "horeca-incomplete"};
  std::vector<RunResult> results(9);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      results[i] = run_bibob({"screen", "--offline", "--store", source_path("examples/" + examples[i % 4] + ".yaml")}, env);
    });
  }
  threads.emplace_back([&] { results[8] = run_bibob({"lists", "import", "--source", "ofac", list}, env); });
  for (auto& thread : threads) thread.join();
  for (std::size_t i = 0; i < results.size(); ++i) {
    INFO(i << ": " << results[i].err);
    CHECK((results[i].exit_code <= 1 || results[i].exit_code == 4));  // 4: what the snapshot lacks
    CHECK(results[i].err.find("locked") == std::string::npos);
  }
  // Each case twice, each screening stored whole and covered by the audit trail.
  for (const char* id : {"BIB-2026-0042", "BIB-2026-0077"}) {
    const auto shown = run_bibob({"--format", "json", "case", "show", id}, env);
    INFO(shown.err);
    REQUIRE(shown.exit_code == 0);
    CHECK(nlohmann::json::parse(shown.out)["screenings"].size() == 2);
  }
  CHECK(run_bibob({"audit", "verify"}, env).exit_code == 0);
}
