#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

TEST_CASE("bibob assessment explain says what carries each ground, from the configuration", "[assessment][cli]") {
  const auto all = run_bibob({"assessment", "explain"});
  CHECK(all.exit_code == 0);
  CHECK(all.out.find("ground b: will the permit be used to commit crimes?\n  carried by: criminal_relation\n") !=
        std::string::npos);
  CHECK(all.out.find("carried by: criminal_relation, unexplained_money") != std::string::npos);  // ground a
  CHECK(all.out.find("from 3 points together a lesser degree") != std::string::npos);
  CHECK(all.out.find("One fact can carry a degree on its own: a fact weighing 4 points or more") != std::string::npos);
  // Art. 3 lid 6 is a suspicion, carried by false answers on the form only.
  CHECK(all.out.find("art. 3 lid 6: do facts suggest an offence was committed to obtain the permit?\n"
                     "  carried by: false_answer\n  1. A suspicion, not a degree: no points.") != std::string::npos);

  const auto one = run_bibob({"assessment", "explain", "art4", "--format", "json"});
  CHECK(one.exit_code == 0);
  const auto json = nlohmann::json::parse(one.out);
  CHECK(json["schema"] == "bibob-assessment-rules/1");
  CHECK(json["ground"] == "art4");
  CHECK(json["carried_by"] == nlohmann::json::array({"data_withheld"}));
  CHECK(json["checks"] == nlohmann::json::array({"completeness"}));
}

TEST_CASE("bibob assessment explain takes the thresholds of the municipality's file", "[assessment][cli]") {
  const TempDir dir;
  const auto config = dir.write("m.yaml", "schema: bibob-config/1\nassessment:\n  thresholds: {mindere_mate: 5}\n");
  const auto run = run_bibob({"assessment", "explain", "b", "--config", config.string()});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("from 5 points together a lesser degree") != std::string::npos);
}

TEST_CASE("bibob assessment explain names an unknown ground", "[assessment][cli]") {
  const auto run = run_bibob({"assessment", "explain", "art3"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("unknown ground \"art3\"") != std::string::npos);
}
