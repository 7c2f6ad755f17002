// The JSON of a screening and the documents written from it, for every example, against the
// copies kept in tests/data/golden: a change of structure must not change what a user sees.
// After a change that is meant to alter them, write them again with BIBOB_UPDATE_GOLDEN=1
// and read the difference before committing it.
#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "rendering/document_data.hpp"
#include "rendering/renderer.hpp"
#include "schemas/screening_json.hpp"
#include "screening/screening_fixture.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

const std::vector<std::string> k_examples = {"horeca-cash-abroad", "horeca-clean", "horeca-incomplete", "vastgoed-holding"};
const std::vector<std::string> k_documents = {"rapportage-eigen-onderzoek", "advies", "verzoek-aanvullende-gegevens",
                                              "kennisgeving-lbb-advies", "voornemen-weigering", "bevindingen-lbb"};

// The first line where the two differ, to read in the test's output.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string line_a, line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) return "equal";
    if (line_a != line_b || more_a != more_b) {
      return "line " + std::to_string(line) + ":\n  kept:  " + (more_a ? line_a : "(end)") + "\n  now:   " +
             (more_b ? line_b : "(end)");
    }
  }
}

void compare_with_kept(const std::string& name, const std::string& actual) {
  const std::string path = source_path("tests/data/golden/" + name);
  if (const char* update = std::getenv("BIBOB_UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("written again: " << path);
    return;
  }
  const std::string expected = file_text(path);
  INFO(name << ": " << first_difference(expected, actual));
  REQUIRE_FALSE(expected.empty());
  CHECK(expected == actual);
}

}  // namespace

TEST_CASE("the screening JSON and every document of every example are what they were", "[documents][golden]") {
  const FixedListScreener lists({{"Ahmed Benali", benali_hit()}});
  const rendering::TemplateStore templates(std::nullopt);
  rendering::DocumentOptions options;
  options.today = *Date::parse("2026-11-28");
  options.author = "A. Ambtenaar";
  for (const auto& example : k_examples) {
    const Screening screening = screen_offline(read_example(example + ".yaml"), &lists);
    const std::string json = schemas::screening_json(screening).dump(2) + "\n";
    compare_with_kept(example + ".screening.json", json);
    REQUIRE(screening.validation.valid());
    // The documents of the screening just made, and of its JSON read back: one and the same.
    const ScreeningReport made = report_of(screening);
    const ScreeningReport read_back = schemas::read_screening(schemas::Json::parse(json), example + ".screening.json");
    for (const auto& document : k_documents) {
      const std::string name = example + "." + document + ".md";
      compare_with_kept(name, rendering::render_markdown(templates, document,
                                                         rendering::document_data(made, default_config(), options)));
      INFO("read back from its JSON: " << name);
      CHECK(rendering::render_markdown(templates, document, rendering::document_data(read_back, default_config(), options)) ==
            file_text(source_path("tests/data/golden/" + name)));
    }
  }
}
