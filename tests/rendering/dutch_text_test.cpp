// Every document of every example reads as Dutch a municipality sends: no raw key of the
// case file or the configuration, no English word, no amount with a decimal point, no
// Markdown mark left in what a reader sees.

#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "rendering/document_fixture.hpp"
#include "rendering/questionnaire_data.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

// Words that are English, or technical, and never Dutch.
const std::set<std::string> k_english = {
    "the",         "and",       "from",    "with",   "not",      "none",        "unknown",     "loan",     "gift",
    "cash",        "bank",      "offline", "online", "snapshot", "cache",       "GET",         "POST",     "HTTP",
    "unreachable", "timeout",   "neither", "nor",    "holds",    "director",    "shareholder", "landlord", "score",
    "m2",          "own_funds", "null",    "true",   "false",    "established", "not_verified"};

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    const bool part = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80) != 0;
    if (part) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// What a reader sees of an HTML document: its text outside the tags, and outside <style>.
std::string visible_text(const std::string& html) {
  std::string text;
  bool in_tag = false;
  std::size_t style_end = 0;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (i < style_end) continue;
    if (html.compare(i, 6, "<style") == 0) {
      style_end = html.find("</style>", i);
      style_end = style_end == std::string::npos ? html.size() : style_end + 8;
      continue;
    }
    if (html[i] == '<') in_tag = true;
    if (!in_tag) text += html[i];
    if (html[i] == '>') in_tag = false;
  }
  return text;
}

// The problems a reader would see in one rendered text.
std::vector<std::string> problems_in(const std::string& text) {
  std::vector<std::string> problems;
  for (const auto& word : words_of(text)) {
    if (k_english.count(word) != 0) problems.push_back("English or technical word \"" + word + "\"");
    // A snake_case code (verleend_met_voorschriften, exploitatievergunning_horeca).
    if (word.find('_') != std::string::npos) problems.push_back("raw key \"" + word + "\"");
  }
  static const std::regex dot_decimal(R"((EUR|€)\s*\d[\d,]*\.\d{2}\b|\b\d{1,3}(,\d{3})+\b|\bEUR\b)");
  for (std::sregex_iterator it(text.begin(), text.end(), dot_decimal), end; it != end; ++it) {
    problems.push_back("amount not written the Dutch way \"" + it->str() + "\"");
  }
  return problems;
}

}  // namespace

TEST_CASE("every document of every example is written in Dutch, with Dutch numbers", "[documents][dutch]") {
  const rendering::TemplateStore store(std::nullopt);
  for (const auto& example : k_examples) {
    for (const auto& document : k_documents) {
      INFO(example << " / " << document);
      const std::string md = markdown(example, document);
      // The internal documents end with an annex of the registry requests made: the trace
      // of every fact, technical by nature. A letter has no such annex.
      const bool internal =
          document == "rapportage-eigen-onderzoek" || document == "advies" || document == "bevindingen-lbb";
      const std::size_t annex = md.find("\n## Bronnen\n");
      for (const auto& problem : problems_in(internal && annex != std::string::npos ? md.substr(0, annex) : md)) {
        INFO(problem);
        CHECK(false);
      }
      const std::string html = visible_text(rendering::convert(md, document, store, rendering::DocumentFormat::html));
      for (const char* mark : {"*", "\\", "##", "](", "{{", "}}"}) {
        INFO("unrendered mark " << mark);
        CHECK(html.find(mark) == std::string::npos);
      }
    }
  }
}

TEST_CASE("the check of Dutch text catches what it is for", "[documents][dutch]") {
  CHECK(problems_in("Een lening van € 180.000 en € 12,63 per m², bestuurder sinds 1 september 2026.").empty());
  CHECK(problems_in("Financieringspost loan van EUR 180,000").size() >= 3);
  CHECK(problems_in("de huur is EUR 12.63 per m2").size() >= 1);
  CHECK(problems_in("een alcoholwet_vergunning geweigerd").size() == 1);
  CHECK(problems_in("offline: neither the cache nor the snapshot holds").size() >= 4);
}

TEST_CASE("the questionnaire of every decision type is Dutch, numbered, and asks what the type requires",
          "[documents][dutch][questionnaire]") {
  const rendering::TemplateStore store(std::nullopt);
  for (const auto& [name, type] : default_config().decision_types) {
    INFO(name);
    const std::string md = rendering::render_markdown(
        store, "vragenformulier", rendering::questionnaire_data(default_config(), name, *Date::parse("2026-11-28")));
    for (const auto& problem : problems_in(md)) {
      INFO(problem);
      CHECK(false);
    }
    // Every question and document of the configuration, numbered in order.
    int number = 0;
    for (const auto& item : type.required_items) {
      CHECK(md.find("**" + std::to_string(++number) + ".** " + item.question) != std::string::npos);
    }
    for (const auto& document : type.required_documents) {
      CHECK(md.find("**" + std::to_string(++number) + ".** " + document.description) != std::string::npos);
    }
    CHECK(md.find("artikel 225 van het Wetboek van Strafrecht") != std::string::npos);
  }
}
