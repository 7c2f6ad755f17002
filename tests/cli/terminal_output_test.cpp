#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::map<std::string, std::string> with_test_list(const TempDir& dir) {
  std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()},
                                            {"BIBOB_DB", (dir / "bibob.db").string()}};
  const auto imported =
      run_bibob({"lists", "import", "--source", "ofac", source_path("tests/data/screening/sdn.csv")}, env);
  REQUIRE(imported.exit_code == 0);
  return env;
}

}  // namespace

TEST_CASE("a listed name is found however its characters are disguised", "[hostile][lists][e2e]") {
  TempDir dir;
  const auto env = with_test_list(dir);
  // Each displays as "Ahmed Benali", who is on the test list.
  for (const std::string name : {
           "Ahmed \u202e" "ilaneB\u202c",      // the bytes say "ilaneB": a right-to-left override
           "Ahmed Ben\u200bali",               // zero-width space
           "Ahmed Ben\u2060ali",               // word joiner
           "Ahmed Benali\ufe0f",               // variation selector
           "Ahmed Ben\U000E0061li",            // a tag character
           "Ahmed Ben\u00adali",               // soft hyphen
           "Ahmed B\u0435n\u0430li",           // Cyrillic е and а
           "\u0410hmed Benali",                // Cyrillic А
           "Ahmed B\u03b5nali",                // Greek epsilon
           "\uff21hmed \uff22enali",           // full-width letters
       }) {
    INFO(name);
    const auto result = run_bibob({"--format", "json", "lists", "screen", name}, env);
    REQUIRE(result.exit_code == 1);
    const auto json = nlohmann::json::parse(result.out);
    REQUIRE(!json["hits"].empty());
    CHECK(json["hits"][0]["primary_name"] == "BENALI, Ahmed");
    CHECK(json["hits"][0]["score"].get<double>() >= 0.95);
  }
}

TEST_CASE("text output shows control and format characters as escapes", "[hostile][cli]") {
  TempDir dir;
  const auto env = with_test_list(dir);
  const auto result = run_bibob({"lists", "screen", "Ahmed \x1b[2J\x1b]0;owned\x07\u202e" "ilaneB\u202c"}, env);
  INFO(result.out);
  CHECK(result.out.find('\x1b') == std::string::npos);
  CHECK(result.out.find('\x07') == std::string::npos);
  CHECK(result.out.find("\u202e") == std::string::npos);
  CHECK(result.out.find("\\x1b[2J\\x1b]0;owned\\x07\\u202eilaneB\\u202c") != std::string::npos);
  // JSON escapes control characters itself and keeps the text as it was.
  const auto json = run_bibob({"--format", "json", "lists", "screen", "Ahmed \x1b[2J"}, env);
  CHECK(json.out.find('\x1b') == std::string::npos);
  CHECK(nlohmann::json::parse(json.out)["query"]["name"] == "Ahmed \x1b[2J");
}

TEST_CASE("a signal with a terminal escape or a hidden character is refused", "[hostile][signals]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_DB", (dir / "bibob.db").string()}};
  const std::vector<std::string> base = {"signals", "add", "--subject-kind", "person", "--birth-date", "1970-11-23",
                                         "--observed-on", "2026-10-01", "--category", "overlast", "--reporter-role",
                                         "boa", "--source-grade", "B", "--information-grade", "2"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run_bibob(args, env);
  };
  const auto escaped = with({"--name", "Ahmed Benali", "--observation", "lawaai\x1b[2J"});
  CHECK(escaped.exit_code == 3);
  CHECK(escaped.err.find("observation: character 7 is U+001B <control-001B>") != std::string::npos);
  CHECK(escaped.err.find('\x1b') == std::string::npos);
  const auto bidi = with({"--name", "Ahmed \u202eilaneB", "--observation", "lawaai"});
  CHECK(bidi.exit_code == 3);
  CHECK(bidi.err.find("name: character 7 is U+202E RIGHT-TO-LEFT OVERRIDE") != std::string::npos);
  const auto lines = with({"--name", "Ahmed Benali", "--observation", "lawaai\nna middernacht"});
  CHECK(lines.exit_code == 0);
}
