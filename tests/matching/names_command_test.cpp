#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using bibob::testing::run_bibob;

TEST_CASE("names compare: score, match at the threshold, explanation", "[matching][commands]") {
  auto result = run_bibob({"names", "compare", "J.P. van der Berg", "Johannes Petrus van den Berg"});
  CHECK(result.exit_code == 1);
  CHECK(result.out ==
        "0.87  match     \"J.P. van der Berg\" / \"Johannes Petrus van den Berg\" (threshold 0.85)\n"
        "  rules: person; aligned: van = van (exact), berg = berg (exact), j ~ johannes (initial 0.80), "
        "p ~ petrus (initial 0.80), der ~ den (particle 0.60)\n"
        "  -0.05  initial: j ~ johannes (0.80)\n"
        "  -0.05  initial: p ~ petrus (0.80)\n"
        "  -0.02  particle: der ~ den (0.60)\n");

  result = run_bibob({"names", "compare", "Bank of Armenia", "Bank of America"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.starts_with("0.50  no match  \"Bank of Armenia\" / \"Bank of America\" (threshold 0.85)\n"));
  CHECK(result.out.find("generic only: only generic words aligned; they never make a match on their own") !=
        std::string::npos);

  result = run_bibob({"--format", "json", "names", "compare", "Gazprombank", "Gazprom Bank", "--kind", "organisation"});
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["score"] == 1.0);
  CHECK(json["match"] == true);
  CHECK(json["kind"] == "organisation");
  CHECK(json["explanation"]["aligned"][0]["how"] == "run together");
}

TEST_CASE("names compare: the configured threshold decides", "[matching][commands]") {
  bibob::testing::TempDir dir;
  const auto config = dir.write("strict.yaml", "matching:\n  threshold: 0.9\n");
  const auto result = run_bibob({"--config", config.string(), "names", "compare", "J.P. van der Berg",
                                 "Johannes Petrus van den Berg"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.starts_with("0.87  no match"));
  const auto bad = dir.write("bad.yaml", "matching:\n  threshold: 1.5\n");
  CHECK(run_bibob({"--config", bad.string(), "names", "compare", "a", "b"}).exit_code == 3);
}

TEST_CASE("names compare --input: one result per pair", "[matching][commands]") {
  bibob::testing::TempDir dir;
  const auto pairs = dir.write("pairs.csv", "name1,name2,kind\nJan de Vries,\"de Vries, Jan\",person\n"
                                            "Bank of Armenia,Bank of America,organisation\n");
  auto result = run_bibob({"--format", "json", "names", "compare", "--input", pairs.string()});
  CHECK(result.exit_code == 1);
  const auto newline = result.out.find('\n');
  CHECK(nlohmann::json::parse(result.out.substr(0, newline))["score"] == 1.0);
  CHECK(nlohmann::json::parse(result.out.substr(newline + 1))["match"] == false);

  const auto bad = dir.write("bad.csv", "name1,name2,kind\nA,B,vessel\n");
  result = run_bibob({"names", "compare", "--input", bad.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.err == "bibob: error: " + bad.string() + ":2: kind \"vessel\" is not person or organisation\n");
  CHECK(run_bibob({"names", "compare", "only one"}).exit_code == 2);
}
