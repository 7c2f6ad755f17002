#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

TEST_CASE("the version option prints the version", "[cli]") {
  const auto result = run_bibob({"--version"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == std::string("bibob ") + BIBOB_VERSION + "\n");
}

TEST_CASE("the help option lists every command of the table and the exit codes", "[cli]") {
  const auto result = run_bibob({"--help"});
  CHECK(result.exit_code == 0);
  for (const auto& spec : bibob::cli::command_table()) {
    CHECK(result.out.find("  " + std::string(spec.name) + " ") != std::string::npos);
  }
  CHECK(result.out.find("Exit codes: 0 done, nothing needs attention; 1 done, something needs a person's attention;") !=
        std::string::npos);
}

TEST_CASE("bibob help COMMAND shows that command's help with its example", "[cli]") {
  const auto result = run_bibob({"help", "validate"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Example: bibob validate examples/horeca-clean.yaml") != std::string::npos);
  const auto unknown = run_bibob({"help", "validat"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown command \"validat\" (did you mean \"validate\"?)") != std::string::npos);
}

TEST_CASE("a subcommand's help shows its own example, never its group's", "[cli]") {
  const auto init = run_bibob({"case", "init", "--help"});
  CHECK(init.exit_code == 0);
  CHECK(init.out.find("Example: bibob case init exploitatievergunning_horeca --id BIB-2026-0042") != std::string::npos);
  CHECK(init.out.find("bibob case set") == std::string::npos);
  CHECK(init.out.find("Exit codes: 0 done") != std::string::npos);
  // One without an example of its own shows the exit codes only.
  const auto list = run_bibob({"case", "list", "--help"});
  CHECK(list.out.find("Example:") == std::string::npos);
  CHECK(list.out.find("Exit codes: 0 done") != std::string::npos);
}

TEST_CASE("a mistyped command gets a suggestion and exit code 2", "[cli]") {
  const auto result = run_bibob({"--format", "text", "valdate", "x.yaml"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("bibob: error: unknown command \"valdate\" (did you mean \"validate\"?)") == 0);
  CHECK(result.out.empty());
}

TEST_CASE("usage errors exit with 2", "[cli]") {
  CHECK(run_bibob({}).exit_code == 2);
  CHECK(run_bibob({"validate"}).exit_code == 2);
  CHECK(run_bibob({"--format", "xml", "validate", "x.yaml"}).exit_code == 2);
  CHECK(run_bibob({"--quiet", "--verbose", "validate", source_path("examples/horeca-clean.yaml")}).exit_code == 2);
}

TEST_CASE("the example cases validate with their documented exit codes", "[cli][examples]") {
  const auto clean = run_bibob({"validate", source_path("examples/horeca-clean.yaml")});
  INFO(clean.out);
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.find("valid case BIB-2026-0101 (exploitatievergunning_horeca, Zaanstad)") != std::string::npos);
  CHECK(clean.out.find("nothing needs attention") != std::string::npos);

  CHECK(run_bibob({"validate", source_path("examples/horeca-cash-abroad.yaml")}).exit_code == 0);
  CHECK(run_bibob({"validate", source_path("examples/vastgoed-holding.yaml")}).exit_code == 0);

  const auto incomplete = run_bibob({"validate", source_path("examples/horeca-incomplete.yaml")});
  INFO(incomplete.out);
  CHECK(incomplete.exit_code == 1);
  CHECK(incomplete.out.find("needs attention (13):") != std::string::npos);
  CHECK(incomplete.out.find("horeca-incomplete.yaml:52:7: financing.items[1].evidence: missing document: "
                            "Schenkingsakte (schenkingsakte)") != std::string::npos);
}

TEST_CASE("validating several files gives the worst exit code and one JSON line each", "[cli]") {
  const auto result = run_bibob({"validate", "--format", "json", source_path("examples/horeca-clean.yaml"),
                                 source_path("examples/horeca-incomplete.yaml")});
  CHECK(result.exit_code == 1);
  std::vector<nlohmann::json> lines;
  std::size_t start = 0;
  while (start < result.out.size()) {
    const auto end = result.out.find('\n', start);
    lines.push_back(nlohmann::json::parse(result.out.substr(start, end - start)));
    start = end + 1;
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["valid"] == true);
  CHECK(lines[0]["exit_code"] == 0);
  CHECK(lines[0]["case"]["id"] == "BIB-2026-0101");
  CHECK(lines[1]["exit_code"] == 1);
  CHECK(lines[1]["missing"].size() == 11);  // 13 attention items, 2 of them not about completeness
}

TEST_CASE("the quiet option prints only what needs attention", "[cli]") {
  const auto clean = run_bibob({"--quiet", "validate", source_path("examples/horeca-clean.yaml")});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.empty());
  const auto incomplete = run_bibob({"-q", "validate", source_path("examples/horeca-incomplete.yaml")});
  CHECK(incomplete.exit_code == 1);
  CHECK(incomplete.out.find(source_path("examples/horeca-incomplete.yaml") +
                            ":15:5: case.questionnaire.signed_on: missing answer") == 0);
}

TEST_CASE("a fatal error with --format json is also reported as JSON", "[cli]") {
  const auto result = run_bibob({"--format", "json", "config", "check", "/nonexistent.yaml"});
  CHECK(result.exit_code == 3);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["schema"] == "bibob-error/1");
  CHECK(json["error"]["exit_code"] == 3);
  CHECK(json["error"]["message"] == "/nonexistent.yaml: no such file");
}

TEST_CASE("the man page documents every command and the exit codes", "[cli]") {
  const auto result = run_bibob({"man"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find(".TH BIBOB 1") == 0);
  for (const auto& spec : bibob::cli::command_table()) {
    CHECK(result.out.find(".SS " + std::string(spec.name) + "\n") != std::string::npos);
  }
  CHECK(result.out.find(".SS config check\n") != std::string::npos);
  CHECK(result.out.find(".SH EXIT STATUS") != std::string::npos);
}

TEST_CASE("the bash completion script is valid bash and completes commands", "[cli]") {
  const auto result = run_bibob({"completion", "bash"});
  REQUIRE(result.exit_code == 0);
  TempDir dir;
  const auto script = dir.write("bibob.bash", result.out);
  // Complete "bibob val" and "bibob config ch" in a real bash.
  const std::string probe = "source " + script.string() +
                            " && COMP_WORDS=(bibob val) COMP_CWORD=1 && _bibob && echo \"${COMPREPLY[*]}\""
                            " && COMP_WORDS=(bibob config ch) COMP_CWORD=2 && _bibob && echo \"${COMPREPLY[*]}\"";
  const auto out_file = dir / "out";
  const std::string command = "bash -c '" + probe + "' > " + out_file.string();
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream in(out_file);
  std::string first;
  std::string second;
  std::getline(in, first);
  std::getline(in, second);
  CHECK(first == "validate");
  CHECK(second == "check");
}

TEST_CASE("a mistyped or missing nested command is named with a suggestion", "[cli]") {
  const auto typo = run_bibob({"config", "chek"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("bibob: error: unknown command \"config chek\" (did you mean \"config check\"?)") == 0);
  const auto missing = run_bibob({"config"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("bibob: error: 'config' needs one of: check, show, keys") == 0);
  CHECK(run_bibob({"config", "--help"}).exit_code == 0);
}

TEST_CASE("an option's value is never taken for a command name", "[cli]") {
  TempDir dir;
  const auto result = run_bibob({"lists", "--lists-db", (dir / "lists.db").string(), "status"});
  INFO(result.err);
  CHECK(result.exit_code == 1);  // no lists imported yet: needs attention
  CHECK(result.err.find("unknown command") == std::string::npos);
  CHECK(run_bibob({"-q", "--config", source_path("tests/data/config/municipality.yaml"), "validate",
                   source_path("examples/horeca-clean.yaml")})
            .exit_code == 0);
}
