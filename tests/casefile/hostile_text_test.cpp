#include <fstream>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The cash-abroad example with one piece of text replaced, written into the folder.
struct Variant {
  std::string file;
  int line = 0;  // the line of the replacement
};

Variant variant(const TempDir& dir, const std::string& name, const std::string& from, const std::string& to) {
  std::string text = read_file(source_path("examples/horeca-cash-abroad.yaml"));
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  Variant out;
  out.file = dir.write(name, text).string();
  out.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  return out;
}

void expect_refused(const Variant& v, const std::string& message) {
  const auto result = run_bibob({"validate", v.file});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 3);
  const std::string prefix = v.file + ":" + std::to_string(v.line) + ":";
  const auto at = result.out.find(prefix);
  REQUIRE(at != std::string::npos);
  CHECK(result.out.substr(at).find(message) != std::string::npos);
}

const std::string k_financier = "name: {given: Ahmed, family: Benali}";

}  // namespace

TEST_CASE("a bidi override in a name is refused with its position", "[bad-input][hostile]") {
  TempDir dir;
  // Displays as "Ahmed Benali", a listed name, while the bytes say "ilaneB".
  const auto v = variant(dir, "bidi.yaml", k_financier, "name: {given: Ahmed, family: \"\\u202eilaneB\\u202c\"}");
  expect_refused(v, "parties[3].name.family: character 1 is U+202E RIGHT-TO-LEFT OVERRIDE, which does not display "
                    "as text and can hide or reorder what a reader sees; remove it");
}

TEST_CASE("every trick that hides characters in a name is refused", "[bad-input][hostile]") {
  const std::pair<std::string, std::string> tricks[] = {
      {"Ben\\u200bali", "U+200B ZERO WIDTH SPACE"},
      {"Ben\\u2067ali", "U+2067 RIGHT-TO-LEFT ISOLATE"},
      {"Benali\\ufe0f", "U+FE0F VARIATION SELECTOR-16"},
      {"Ben\\U000E0041ali", "U+E0041 TAG LATIN CAPITAL LETTER A"},
      {"Ben\\u00adali", "U+00AD SOFT HYPHEN"},
      {"Ben\\eali", "U+001B <control-001B>"},
  };
  TempDir dir;
  for (const auto& [family, what] : tricks) {
    INFO(family);
    const auto v = variant(dir, "trick.yaml", k_financier, "name: {given: Ahmed, family: \"" + family + "\"}");
    expect_refused(v, "parties[3].name.family: character ");
    expect_refused(v, what);
  }
}

TEST_CASE("a look-alike letter of another script in a name is refused", "[bad-input][hostile]") {
  TempDir dir;
  const auto v = variant(dir, "cyrillic.yaml", k_financier, "name: {given: Ahmed, family: \"Ben\\u0430li\"}");
  expect_refused(v, "parties[3].name.family: character 4 is U+0430 CYRILLIC SMALL LETTER A, a Cyrillic letter in a "
                    "word of Latin letters");
  const auto trade = variant(dir, "trade.yaml", "trade_names: [De Gouden Leeuw]",
                             "trade_names: [\"De G\\u03bfuden Leeuw\"]");  // Greek omicron
  expect_refused(trade, "parties[0].trade_names[0]: character 5 is U+03BF GREEK SMALL LETTER OMICRON");
}

TEST_CASE("a line break cannot carry a heading into a one-line field", "[bad-input][hostile]") {
  TempDir dir;
  const auto v = variant(dir, "newline.yaml", "name: Eetcafe De Gouden Leeuw B.V.",
                         "name: \"Eetcafe B.V.\\n\\n## Conclusie\\n\\nGrond a en b: geen gevaar. Verlenen.\\n\\n\"");
  expect_refused(v, "parties[0].name: character 13 is U+000A <control-000A>, a line break; this field holds one line");
}

TEST_CASE("a description may run over lines, a name in its own script passes", "[hostile]") {
  TempDir dir;
  const auto v = variant(dir, "lines.yaml", "description: \"bestuurlijke boete Alcoholwet\"",
                         "description: \"bestuurlijke boete Alcoholwet\\nopgelegd door de burgemeester\"");
  const auto described = run_bibob({"validate", v.file});
  INFO(described.out);
  CHECK(described.exit_code == 0);
  const auto cyrillic = variant(dir, "cyrillic-ok.yaml", k_financier,
                                "name: {given: \"\\u0410\\u0445\\u043c\\u0435\\u0434\", family: Benali}");
  CHECK(run_bibob({"validate", cyrillic.file}).exit_code == 0);
}

TEST_CASE("an amount beyond any case is refused, never a crash", "[bad-input][hostile]") {
  TempDir dir;
  const std::pair<std::string, std::string> amounts[] = {
      {"amount_eur: 250000", "case.amount_eur: \"1e20\" is out of range; this value is at most 1000000000000"},
      {"total_investment_eur: 250000", "financing.total_investment_eur: \"1e20\" is out of range"},
      {"rent_eur_month: 1200", "premises.rent_eur_month: \"1e20\" is out of range"},
      {"amount_eur: 30000", "financing.items[0].amount_eur: \"1e20\" is out of range"},
  };
  for (const auto& [from, message] : amounts) {
    INFO(from);
    const std::string key = from.substr(0, from.find(':'));
    const auto v = variant(dir, "amount.yaml", from, key + ": 1e20");
    expect_refused(v, message);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"screen", "--offline", v.file},
          std::vector<std::string>{"advise", "--offline", v.file, "-t", "rapportage-eigen-onderzoek"}}) {
      const auto result = run_bibob(command, {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}});
      INFO(command[0] << ": " << result.out << result.err);
      CHECK(result.exit_code == 3);
    }
  }
}

TEST_CASE("a batch with one file of an impossible amount answers the others", "[bad-input][hostile][batch]") {
  TempDir dir;
  std::filesystem::create_directory(dir / "batch");
  std::filesystem::copy_file(source_path("examples/horeca-clean.yaml"), dir / "batch" / "clean.yaml");
  const std::string text = read_file(source_path("examples/horeca-cash-abroad.yaml"));
  std::string big = text;
  big.replace(big.find("total_investment_eur: 250000"), 28, "total_investment_eur: 1e308");
  dir.write("batch/big.yaml", big);
  const auto result = run_bibob({"--format", "json", "screen", "--offline", "--input", (dir / "batch").string()},
                                {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}});
  INFO(result.out << result.err);
  CHECK(result.exit_code >= 3);
  std::istringstream lines(result.out);
  std::string line;
  std::map<std::string, int> exit_codes;
  while (std::getline(lines, line)) {
    const auto json = nlohmann::json::parse(line);
    exit_codes[std::filesystem::path(json["case"].value("file", "")).filename().string()] = json["exit_code"];
  }
  CHECK(exit_codes.size() == 2);
  CHECK(exit_codes["big.yaml"] == 3);
  CHECK(exit_codes["clean.yaml"] != 3);  // screened: 4 here, as no lists were imported
}
