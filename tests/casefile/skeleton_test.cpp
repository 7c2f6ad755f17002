#include "casefile/skeleton.hpp"

#include <regex>
#include <sstream>

#include <catch2/catch.hpp>

#include "casefile/case_builder.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

std::string skeleton_of(const std::string& type, bool person = false) {
  casefile::SkeletonOptions options;
  options.decision_type = type;
  options.case_id = "BIB-2026-0900";
  options.applicant_is_person = person;
  options.received_on = *Date::parse("2026-11-20");
  return casefile::case_skeleton(default_config(), options);
}

// Fills a skeleton as an officer would, by the comment beside each key.
std::string filled(const std::string& skeleton) {
  const std::map<std::string, std::string> answers = {
      {"address", "{street: Dorpsstraat, number: \"1\", postcode: 1506 CH, city: Zaandam, country: NL}"},
      {"kvk", "\"68750110\""},
      {"legal_form", "bv"},
      {"birth_date", "1980-04-02"},
      {"declaration_truthful", "true"},
      {"signed_on", "2026-11-18"},
      {"total_investment_eur", "120000"},
      {"floor_area_m2", "140"},
      {"use_title", "huur"}};
  std::stringstream in(skeleton);
  std::string out;
  int bsn = 0;
  for (std::string line; std::getline(in, line);) {
    static const std::regex empty_key(R"(^(\s*)(\w+):\s+# .*$)");
    std::smatch match;
    if (std::regex_match(line, match, empty_key)) {
      const std::string key = match[2];
      std::string value = answers.count(key) != 0 ? answers.at(key) : "";
      if (key == "name") value = "Brasserie De Proef B.V.";
      if (key == "bsn") value = bsn++ == 0 ? "\"999990020\"" : "\"999990044\"";
      if (!value.empty()) line = std::string(match[1]) + key + ": " + value;
    }
    line = std::regex_replace(line, std::regex(R"(\{given: , prefix: , family: \})"), "{given: Jan, family: Jansen}");
    line = std::regex_replace(line, std::regex(R"(since: \})"), "since: 2026-01-01}");
    if (line == "documents: []") line = "documents:";
    // Every document the comment asks for, for a B.V. renting its premises without loans.
    if (line.starts_with("#  - {id: doc-") && line.find("financiering met") == std::string::npos &&
        line.find("gebruikstitel eigendom") == std::string::npos) {
      line = std::regex_replace(line.substr(1), std::regex("JJJJ-MM-DD"), "2026-11-20");
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("a skeleton of every decision type validates, with only missing answers and documents",
          "[casefile][skeleton]") {
  for (const auto& [type, settings] : default_config().decision_types) {
    for (const bool person : {false, true}) {
      INFO(type << (person ? " (a person applies)" : ""));
      const auto validation = casefile::validate_case_text(skeleton_of(type, person), "case.yaml", default_config(),
                                                           *Date::parse("2026-11-28"));
      for (const auto& problem : validation.diagnostics) {
        INFO(problem.path << ": " << problem.message);
        CHECK(problem.severity != DiagnosticLevel::invalid);
        CHECK((problem.code == "missing_answer" || problem.code == "missing_document"));
      }
      CHECK(validation.valid());
      CHECK_FALSE(validation.missing.empty());
    }
  }
}

TEST_CASE("a skeleton filled in by its comments validates on the first try", "[casefile][skeleton]") {
  const std::string file = filled(skeleton_of("exploitatievergunning_horeca"));
  const auto validation = casefile::validate_case_text(file, "case.yaml", default_config(), *Date::parse("2026-11-28"));
  INFO(file);
  for (const auto& item : validation.missing) {
    INFO(item.path << ": " << item.question);
    CHECK(false);
  }
  CHECK(validation.valid());
  CHECK(validation.missing.empty());
}

TEST_CASE("bibob case init writes the skeleton, never over a file, and names an unknown type",
          "[casefile][skeleton][cli]") {
  TempDir dir;
  const auto out = dir / "zaak.yaml";
  const auto made = run_bibob({"case", "init", "vastgoedtransactie", "--out", out.string(), "--id", "BIB-2026-0901"});
  CHECK(made.exit_code == 0);
  const auto checked = run_bibob({"validate", out.string()});
  CHECK(checked.exit_code == 1);  // valid, with missing answers
  CHECK(checked.out.find("missing answer: Koopsom en totale investering") != std::string::npos);
  const auto again = run_bibob({"case", "init", "vastgoedtransactie", "--out", out.string()});
  CHECK(again.exit_code == 2);
  CHECK(again.err.find("exists") != std::string::npos);
  const auto unknown = run_bibob({"case", "init", "exploitatievergunning_horec"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("did you mean \"exploitatievergunning_horeca\"") != std::string::npos);
}

TEST_CASE("bibob help case-file prints the case-file reference", "[casefile][cli]") {
  const auto help = run_bibob({"help", "case-file"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.starts_with("# The case file: `bibob-case/1`"));
  CHECK(help.out.find("### An antecedent") != std::string::npos);
}
