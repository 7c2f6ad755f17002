#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

// Every bad case file is refused with exit code 3, its errors on standard output in the
// form file:line:column: path: message, and a closing line that nothing was screened.
void expect_invalid(const std::string& name, const std::vector<std::string>& expected_lines) {
  const std::string file = source_path("tests/data/bad/" + name);
  const auto result = run_bibob({"validate", file});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 3);
  for (const auto& line : expected_lines) CHECK(result.out.find(file + ":" + line + "\n") != std::string::npos);
  CHECK(result.out.find(": invalid, ") != std::string::npos);
  CHECK(result.err.empty());
}

}  // namespace

TEST_CASE("malformed YAML names the line and column", "[bad-input]") {
  expect_invalid("malformed-yaml.yaml", {"5:10: malformed YAML: end of sequence flow not found"});
}

TEST_CASE("tabs in the indentation are named as such", "[bad-input]") {
  expect_invalid("tabs.yaml", {"3:1: a tab in the indentation; YAML indents with spaces only"});
}

TEST_CASE("wrong types name the key path and what was found", "[bad-input]") {
  expect_invalid("wrong-types.yaml", {
                                         "8:15: case.amount_eur: expected a number, found \"veel\"",
                                         "13:11: parties[0].name: expected text, found a list",
                                         "16:11: parties[1].name: a person's name is a mapping {given, prefix, "
                                         "family}, found \"Jan Jansen\"",
                                         "17:12: relations: expected a list, found a mapping",
                                         "19:25: financing.total_investment_eur: expected a number, found \"100000\"",
                                     });
}

TEST_CASE("unknown keys are refused with a suggestion", "[bad-input]") {
  expect_invalid("unknown-keys.yaml", {
                                          "7:3: case.recieved_on: unknown key (did you mean \"received_on\"?)",
                                          "13:5: parties[0].kvk_number: unknown key",
                                          "17:5: parties[1].birth_dat: unknown key (did you mean \"birth_date\"?)",
                                          "18:1: premisses: unknown key (did you mean \"premises\"?)",
                                          "3:3: case.received_on: required but missing",
                                      });
}

TEST_CASE("duplicated ids are refused", "[bad-input]") {
  expect_invalid("duplicate-ids.yaml", {"16:9: parties[2].id: party id \"p-a\" is used twice",
                                        "21:10: documents[1].id: document id \"doc-1\" is used twice"});
}

TEST_CASE("dangling references are refused, with the closest id", "[bad-input]") {
  expect_invalid("dangling-references.yaml",
                 {"9:16: case.questionnaire.signed_by: refers to party \"p-nobody\", which is not among the parties",
                  "10:12: applicant: refers to party \"org-applicant\", which is not among the parties",
                  "19:21: relations[0].to: refers to party \"org-b\", which is not among the parties (did you mean "
                  "\"org-a\"?)",
                  "23:63: financing.items[0].evidence: refers to document \"doc-9\", which is not among the documents",
                  "25:13: premises.landlord: refers to party \"org-landlord\", which is not among the parties"});
}

TEST_CASE("invalid identifiers name the check they fail", "[bad-input]") {
  expect_invalid("invalid-identifiers.yaml",
                 {"7:16: case.received_on: \"2026-02-30\" is not an existing date of the form YYYY-MM-DD",
                  "13:10: parties[0].kvk: \"6875011\" is not a KvK number of 8 digits",
                  "14:11: parties[0].rsin: \"123456789\" fails the elfproef for an RSIN",
                  "15:51: parties[0].address.postcode: \"1012jS\" is not a Dutch postcode of the form 1234 AB",
                  "16:11: parties[0].iban: \"NL91ABNA0417164301\" is not a valid IBAN (mod-97 check failed)",
                  "20:10: parties[1].bsn: \"123456789\" fails the elfproef for a BSN",
                  "22:19: parties[1].nationality[0]: \"XX\" is not an ISO 3166 country code (such as NL)",
                  "25:23: relations[1].to: a party cannot be related to itself",
                  "26:58: relations[2].share_pct: shares in \"org-a\" add up to 110%, more than 100 percent"});
}

TEST_CASE("an empty file, binary junk, another schema and a list are refused", "[bad-input]") {
  const auto empty = run_bibob({"validate", source_path("tests/data/bad/empty.yaml")});
  CHECK(empty.exit_code == 3);
  CHECK(empty.out.find("empty.yaml: the file is empty\n") != std::string::npos);
  expect_invalid("binary-junk.yaml", {"1:1: not a text file: invalid UTF-8 or a NUL byte here"});
  expect_invalid("wrong-schema.yaml", {"1:9: schema: unknown schema \"bibob-case/9\"; this bibob reads bibob-case/1"});
  expect_invalid("not-a-mapping.yaml", {"1:1: expected a mapping of keys at the top level"});
}

TEST_CASE("a file that does not exist is refused by name", "[bad-input]") {
  const auto result = run_bibob({"validate", "/nonexistent/case.yaml"});
  CHECK(result.exit_code == 3);
  CHECK(result.out == "/nonexistent/case.yaml: no such file\n/nonexistent/case.yaml: invalid, 1 error; nothing was "
                      "screened\n");
}

TEST_CASE("a 50 MB file is refused before it is read", "[bad-input]") {
  TempDir dir;
  const auto file = dir / "huge.yaml";
  {
    std::ofstream out(file);
    const std::string line = "# " + std::string(1021, 'x') + "\n";
    for (int i = 0; i < 50 * 1024; ++i) out << line;
  }
  const auto result = run_bibob({"validate", file.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("huge.yaml: file is 51200 KiB; a case file may be at most 4096 KiB\n") != std::string::npos);
}

TEST_CASE("deeply nested YAML is refused without a crash", "[bad-input]") {
  TempDir dir;
  const std::string flow = "schema: bibob-case/1\ncase: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  const auto flow_result = run_bibob({"validate", dir.write("flow.yaml", flow).string()});
  CHECK(flow_result.exit_code == 3);
  CHECK(flow_result.out.find("flow.yaml:2:71: nesting deeper than 64 levels") != std::string::npos);

  std::string block = "schema: bibob-case/1\ncase:\n";
  for (int depth = 1; depth < 3000; ++depth) block += std::string(static_cast<std::size_t>(depth), ' ') + "- \n";
  const auto block_result = run_bibob({"validate", dir.write("block.yaml", block).string()});
  INFO(block_result.out << block_result.err);
  CHECK(block_result.exit_code == 3);
  CHECK(block_result.out.find("block.yaml:") != std::string::npos);
}

TEST_CASE("with --format json, errors come as data", "[bad-input]") {
  const auto result = run_bibob({"validate", "--format", "json", source_path("tests/data/bad/duplicate-ids.yaml")});
  CHECK(result.exit_code == 3);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["schema"] == "bibob-validation/1");
  CHECK(json["valid"] == false);
  CHECK(json["exit_code"] == 3);
  REQUIRE(json["diagnostics"].size() == 2);
  CHECK(json["diagnostics"][0]["line"] == 16);
  CHECK(json["diagnostics"][0]["column"] == 9);
  CHECK(json["diagnostics"][0]["path"] == "parties[2].id");
  CHECK(json["diagnostics"][0]["code"] == "duplicate_id");
}

TEST_CASE("what the officer found is read strictly: antecedents' offence and disposal, requests", "[bad-input]") {
  expect_invalid("found-facts.yaml",
                 {"19:60: parties[1].antecedents[0].offence: \"drugs\" is not one of opiumwet, witwassen, fraude, "
                  "fiscaal, geweld, wapens, mensenhandel, overig",
                  "19:77: parties[1].antecedents[0].disposal: \"seponering\" is not one of veroordeling, transactie, "
                  "strafbeschikking, sepot, vrijspraak, lopend",
                  "19:99: parties[1].antecedents[0].declared: expected true or false, found \"nee\"",
                  "23:31: requests[0].by: \"politie\" is not one of gemeente, lbb",
                  "23:48: requests[0].answer: \"genegeerd\" is not one of beantwoord, deels, geweigerd, geen_antwoord, "
                  "lopend (did you mean \"geweigerd\"?)",
                  "24:5: requests[1].sent_on: required but missing"});
}
