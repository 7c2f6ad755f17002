#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checks/check_registry.hpp"
#include "support/run_bibob.hpp"

using namespace bibob;

namespace {

// The README's table of checks: the first column and the grounds, row by row.
struct ReadmeRow {
  std::string name;
  std::string grounds;
};

std::vector<ReadmeRow> readme_checks() {
  std::ifstream in(testing::source_path("README.md"));
  std::vector<ReadmeRow> rows;
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    if (line == "| check | what it states | grounds | source |") {
      in_table = true;
      continue;
    }
    if (!in_table || line.starts_with("|---")) continue;
    if (!line.starts_with("| `")) break;
    std::vector<std::string> cells;
    std::stringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell.substr(1, cell.size() - 2));
    REQUIRE(cells.size() >= 4);
    rows.push_back({cells[0].substr(1, cells[0].size() - 2), cells[2]});
  }
  return rows;
}

// "art3_lid6" as the README writes it.
std::string written_ground(const std::string& ground) {
  if (ground == "art3_lid6") return "art. 3 lid 6";
  if (ground == "art4") return "art. 4";
  return ground;
}

}  // namespace

TEST_CASE("every registered check has a unique name and tests of its own", "[checks][catalogue]") {
  std::set<std::string> tags;
  for (const auto& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
    tags.insert(test.tags.begin(), test.tags.end());
  }
  std::set<std::string> names;
  for (const auto& name : checks::check_names()) {
    INFO("check " << name << ": no test case is tagged [" << name << "]");
    CHECK(names.insert(name).second);
    CHECK(tags.count(name) == 1);
  }
  CHECK(names.size() == checks::check_registry().size());
}

TEST_CASE("the README's table of checks is what `bibob checks list` says", "[checks][catalogue]") {
  const auto rows = readme_checks();
  const auto listed = testing::run_bibob({"--format", "json", "checks", "list"});
  REQUIRE(listed.exit_code == 0);
  std::vector<ReadmeRow> expected;
  std::stringstream lines(listed.out);
  for (std::string line; std::getline(lines, line);) {
    const auto check = nlohmann::json::parse(line);
    std::vector<std::string> grounds;
    for (const auto& ground : check["grounds"]) grounds.push_back(written_ground(ground.get<std::string>()));
    std::string joined;
    for (const auto& ground : grounds) joined += (joined.empty() ? "" : ", ") + ground;
    expected.push_back({check["name"].get<std::string>(), joined});
  }
  REQUIRE(rows.size() == expected.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO("README row " << i + 1);
    CHECK(rows[i].name == expected[i].name);
    CHECK(rows[i].grounds == expected[i].grounds);
  }
}
