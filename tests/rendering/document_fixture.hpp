#pragma once

#include <map>
#include <string>
#include <vector>

#include "rendering/document_data.hpp"
#include "rendering/renderer.hpp"
#include "screening/screening_fixture.hpp"

// The documents of the examples, as the rendering tests read them.
namespace bibob::testing {

inline const std::vector<std::string> k_documents = {"rapportage-eigen-onderzoek",   "advies",
                                                     "verzoek-aanvullende-gegevens", "kennisgeving-lbb-advies",
                                                     "voornemen-weigering",          "bevindingen-lbb"};
inline const std::vector<std::string> k_examples = {"horeca-cash-abroad.yaml", "horeca-clean.yaml",
                                                    "horeca-incomplete.yaml", "vastgoed-holding.yaml"};

// Screens an example once (offline, with a list that knows Ahmed Benali) and keeps its report.
inline const ScreeningReport& screening_of(const std::string& example) {
  static std::map<std::string, ScreeningReport> screenings;
  if (screenings.count(example) == 0) {
    const FixedListScreener lists({{"Ahmed Benali", benali_hit()}});
    screenings[example] = report_of(screen_offline(read_example(example), &lists));
  }
  return screenings[example];
}

inline rendering::DocumentOptions options(const std::string& redact_for = "") {
  rendering::DocumentOptions o;
  o.today = *Date::parse("2026-11-28");
  o.author = "A. Ambtenaar";
  o.redact_for = redact_for;
  return o;
}

inline std::string markdown(const std::string& example, const std::string& document,
                            const std::string& redact_for = "") {
  const rendering::TemplateStore store(std::nullopt);
  return rendering::render_markdown(
      store, document, rendering::document_data(screening_of(example), default_config(), options(redact_for)));
}

}  // namespace bibob::testing
