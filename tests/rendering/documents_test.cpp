#include <cstdio>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <sys/stat.h>
#include <zip.h>

#include "rendering/document_data.hpp"
#include "rendering/questionnaire_data.hpp"
#include "rendering/document_fixture.hpp"
#include "rendering/renderer.hpp"
#include "rendering/template_variables.hpp"
#include "screening/screening_fixture.hpp"
#include "support/temp_dir.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

// The text of a DOCX: word/document.xml out of the zip, parsed as XML, its text runs joined.
std::string docx_text(const std::string& bytes, bool& well_formed) {
  zip_error_t error;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  well_formed = false;
  if (archive == nullptr) return {};
  zip_file_t* file = zip_fopen(archive, "word/document.xml", 0);
  std::string xml;
  char buffer[65536];
  for (zip_int64_t n; file != nullptr && (n = zip_fread(file, buffer, sizeof buffer)) > 0;) {
    xml.append(buffer, static_cast<std::size_t>(n));
  }
  if (file != nullptr) zip_fclose(file);
  zip_close(archive);
  pugi::xml_document document;
  well_formed = static_cast<bool>(document.load_string(xml.c_str()));
  std::string text;
  for (const auto& node : document.select_nodes("//*[local-name()='t']")) text += node.node().text().as_string();
  return text;
}

std::string pdf_text(const std::filesystem::path& pdf, const TempDir& dir) {
  const std::string command = "pdftotext -layout " + pdf.string() + " " + (dir / "pdf.txt").string();
  REQUIRE(std::system(command.c_str()) == 0);
  std::string text = read_file(dir / "pdf.txt");
  // pdftotext breaks lines and pads them; compare on single spaces.
  std::string flat;
  for (char c : text) {
    const char d = (c == '\n' || c == '\r') ? ' ' : c;
    if (d == ' ' && !flat.empty() && flat.back() == ' ') continue;
    flat += d;
  }
  return flat;
}

}  // namespace

// Whether a dotted variable path ("gronden[].naam") leads to a value in the data.
bool holds(const nlohmann::json& data, const std::string& path) {
  nlohmann::json node = data;
  std::size_t start = 0;
  while (start < path.size()) {
    auto end = path.find('.', start);
    std::string step = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const bool list = step.ends_with("[]");
    if (list) step.resize(step.size() - 2);
    if (!node.is_object() || !node.contains(step)) return false;
    node = node[step];
    if (list) {
      if (!node.is_array()) return false;
      if (node.empty()) return true;  // an empty list: its members cannot be looked at
      node = node[0];
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return true;
}

TEST_CASE("the document data holds every declared template variable", "[documents]") {
  const auto data = rendering::document_data(screening_of("horeca-cash-abroad.yaml"), default_config(), options());
  // The questionnaire has data of its own: the form, not a screening.
  const auto form = rendering::questionnaire_data(default_config(), "exploitatievergunning_horeca",
                                                  *Date::parse("2026-11-28"));
  for (const auto& variable : rendering::template_variables()) {
    INFO(variable.path);
    CHECK((variable.path.starts_with("formulier") ? holds(form, variable.path) : holds(data, variable.path)));
  }
  for (const char* shared : {"rubricering", "datum", "gemeente.naam", "gemeente.afdeling", "gemeente.postadres"}) {
    INFO(shared);
    CHECK(holds(form, shared));  // what the letterhead needs
  }
}

TEST_CASE("every template renders for every example case as Markdown and HTML", "[documents]") {
  for (const auto& example : k_examples) {
    for (const auto& document : k_documents) {
      INFO(example << " " << document);
      const std::string md = markdown(example, document);
      CHECK(md.find("**Vertrouwelijk, art. 28 Wet Bibob**") != std::string::npos);
      CHECK(md.find("{{") == std::string::npos);
      const rendering::TemplateStore store(std::nullopt);
      const std::string html = rendering::convert(md, document, store, rendering::DocumentFormat::html);
      CHECK(html.find("<!DOCTYPE html>") == 0);
      CHECK(html.find("<style>") != std::string::npos);
      CHECK(html.find("<strong>Vertrouwelijk, art. 28 Wet Bibob</strong>") != std::string::npos);
    }
  }
}

TEST_CASE("the own-investigation report has its sections, footnotes and the proposal", "[documents]") {
  const std::string md = markdown("horeca-cash-abroad.yaml", "rapportage-eigen-onderzoek");
  for (const char* section : {"## 1. Aanleiding en reikwijdte", "## 2. Geraadpleegde bronnen", "## 3. Bevindingen",
                              "### 3.2 Financiering", "## 4. Analyse per grond", "## 5. Voorgestelde conclusie",
                              "## 6. Advies", "### Afweging van belangen en evenredigheid", "## Bijlagen", "## Bronnen"}) {
    INFO(section);
    CHECK(md.find(section) != std::string::npos);
  }
  // A registry fact carries its footnote, and the footnote names registry, moment and reference.
  CHECK(md.find("Opgegeven vloeroppervlakte 180 m² wijkt 89% af van de 95 m² in de BAG. (zwaarte middel) [") !=
        std::string::npos);
  CHECK(md.find("Basisregistratie Adressen en Gebouwen (BAG), opgevraagd op 20 november 2026 09:00 UTC") !=
        std::string::npos);
  CHECK(md.find("kenmerk bag:a3b0ec507054") != std::string::npos);
  CHECK(md.find("Dit is een voorstel voor de afweging door de behandelend ambtenaar, geen besluit.") != std::string::npos);
  CHECK(md.find("Nog in te vullen door de behandelend ambtenaar") != std::string::npos);
  CHECK(md.find("Voorgesteld: **ernstig gevaar**.") != std::string::npos);
  // The register names an officer the form leaves out: a suspicion under art. 3 lid 6.
  CHECK(md.find("Voorgestelde conclusie: **vermoeden dat ter verkrijging van de beschikking strafbare feiten zijn "
                "gepleegd**.") != std::string::npos);
}

TEST_CASE("the request for missing information lists each item with a deadline and the legal basis", "[documents]") {
  const std::string md = markdown("horeca-incomplete.yaml", "verzoek-aanvullende-gegevens");
  CHECK(md.find("1. BSN van degene die het formulier ondertekent (Kees Bakker)") != std::string::npos);
  CHECK(md.find("3. Datum van ondertekening van het Bibob-formulier") != std::string::npos);
  CHECK(md.find("Schenkingsakte (document)") != std::string::npos);
  CHECK(md.find("uiterlijk **12 december 2026**") != std::string::npos);
  CHECK(md.find("artikel 4:5 van de Algemene wet bestuursrecht") != std::string::npos);
  CHECK(md.find("het opzettelijk onjuist of onvolledig invullen van het Bibob-formulier een strafbaar feit") !=
        std::string::npos);
  // For an existing permit the basis is art. 4 Wet Bibob.
  ScreeningReport revocation = screening_of("horeca-incomplete.yaml");
  revocation.screened_case->trajectory = "intrekking";
  const rendering::TemplateStore store(std::nullopt);
  const std::string existing = rendering::render_markdown(
      store, "verzoek-aanvullende-gegevens", rendering::document_data(revocation, default_config(), options()));
  CHECK(existing.find("op grond van artikel 4 van de Wet Bibob") != std::string::npos);
}

TEST_CASE("the notice and the intention carry their terms and the secrecy notice", "[documents]") {
  const std::string notice = markdown("horeca-cash-abroad.yaml", "kennisgeving-lbb-advies");
  CHECK(notice.find("met ten hoogste 8 weeks") == std::string::npos);
  CHECK(notice.find("met ten hoogste 8 weken") != std::string::npos);
  CHECK(notice.find("ten hoogste 4 weken worden verlengd") != std::string::npos);
  const std::string intention = markdown("horeca-cash-abroad.yaml", "voornemen-weigering");
  CHECK(intention.find("Wij zijn voornemens uw aanvraag voor een exploitatievergunning horeca te weigeren.") !=
        std::string::npos);
  CHECK(intention.find("## Geheimhouding") != std::string::npos);
  CHECK(intention.find("tot en met **12 december 2026**") != std::string::npos);
  // Only facts of weight are given as reasons: the info statements are not.
  CHECK(intention.find("komen overeen met de aanvraag") == std::string::npos);
}

TEST_CASE("DOCX and PDF hold the text of every document for every example", "[documents][converters]") {
  TempDir dir;
  const rendering::TemplateStore store(std::nullopt);
  for (const auto& example : k_examples) {
  for (const auto& document : k_documents) {
    INFO(example << " " << document);
    const std::string md = markdown(example, document);
    const std::string id = screening_of(example).screened_case->id;
    bool well_formed = false;
    const std::string docx = rendering::convert(md, document, store, rendering::DocumentFormat::docx);
    const std::string text = docx_text(docx, well_formed);
    CHECK(well_formed);
    CHECK(text.find("Vertrouwelijk, art. 28 Wet Bibob") != std::string::npos);
    CHECK(text.find("Gemeente Zaanstad") != std::string::npos);
    const std::string pdf = rendering::convert(md, document, store, rendering::DocumentFormat::pdf);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    std::ofstream(dir / (document + ".pdf"), std::ios::binary) << pdf;
    const std::string pdf_words = pdf_text(dir / (document + ".pdf"), dir);
    CHECK(pdf_words.find("Vertrouwelijk, art. 28 Wet Bibob") != std::string::npos);
    CHECK(pdf_words.find(id) != std::string::npos);
  }
  }
}

TEST_CASE("every page of a PDF says it is confidential and which page of how many it is", "[documents][pdf]") {
  const TempDir dir;
  const rendering::TemplateStore store(std::nullopt);
  const std::string pdf = rendering::convert(markdown("horeca-cash-abroad.yaml", "rapportage-eigen-onderzoek"),
                                             "rapport", store, rendering::DocumentFormat::pdf);
  std::ofstream(dir / "r.pdf", std::ios::binary) << pdf;
  // pdftotext splits pages with a form feed.
  REQUIRE(std::system(("pdftotext -layout " + (dir / "r.pdf").string() + " " + (dir / "r.txt").string()).c_str()) == 0);
  const std::string text = read_file(dir / "r.txt");
  std::vector<std::string> pages;
  std::size_t start = 0;
  for (std::size_t at = text.find('\f'); at != std::string::npos; at = text.find('\f', start)) {
    pages.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  if (start < text.size() && text.find_first_not_of(" \n", start) != std::string::npos)
    pages.push_back(text.substr(start));
  REQUIRE(pages.size() >= 3);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    INFO("page " << i + 1);
    CHECK(pages[i].find("Vertrouwelijk, art. 28 Wet Bibob") != std::string::npos);
    CHECK(pages[i].find("pagina " + std::to_string(i + 1) + " van " + std::to_string(pages.size())) !=
          std::string::npos);
  }
}

TEST_CASE("a version for one party names nobody else", "[documents][redaction]") {
  const auto& screening = screening_of("horeca-cash-abroad.yaml");
  const auto withheld = rendering::names_to_withhold(screening, "p-financier");
  REQUIRE(withheld.size() >= 5);
  for (const auto& document : k_documents) {
    INFO(document);
    const std::string md = markdown("horeca-cash-abroad.yaml", document, "p-financier");
    for (const auto& name : withheld) {
      INFO(name);
      CHECK(md.find(name) == std::string::npos);
    }
    for (const char* bsn : {"999990020", "999990044", "999990068"}) CHECK(md.find(bsn) == std::string::npos);
  }
  const std::string own = markdown("horeca-cash-abroad.yaml", "voornemen-weigering", "p-financier");
  CHECK(own.find("Ahmed Benali") != std::string::npos);
  // It speaks of the applicant's application, in the third person.
  CHECK(own.find("de aanvraag van Eetcafe De Gouden Leeuw B.V. voor een exploitatievergunning horeca te weigeren") !=
        std::string::npos);
  CHECK(own.find("uw aanvraag") == std::string::npos);
  for (const auto& document : {"verzoek-aanvullende-gegevens", "kennisgeving-lbb-advies"}) {
    INFO(document);
    const std::string letter = markdown("horeca-cash-abroad.yaml", document, "p-financier");
    CHECK(letter.find("uw aanvraag") == std::string::npos);
    CHECK(letter.find("Uw aanvraag") == std::string::npos);
    CHECK(letter.find("de aanvraag van Eetcafe De Gouden Leeuw B.V.") != std::string::npos);
  }
  CHECK(own.find("Lening van € 180.000 door Ahmed Benali") != std::string::npos);
}

TEST_CASE("templates are strict: unknown variables, broken sections and partials are errors", "[documents][templates]") {
  TempDir dir;
  dir.write("advies.mustache", "# Advies\n\n{{zaak.kenmerk}}\n{{zaak.kenmerkk}}\n{{#themas}}{{titel}}\n{{> voettekst}}\n");
  const rendering::TemplateStore store(dir.path());
  try {
    rendering::render_markdown(store, "advies",
                               rendering::document_data(screening_of("horeca-clean.yaml"), default_config(), options()));
    FAIL("no error");
  } catch (const InputError& e) {
    const std::string message = e.what();
    CHECK(message.find(dir.path().string() + "/advies.mustache:4: unknown variable \"zaak.kenmerkk\"") !=
          std::string::npos);
    CHECK(message.find("advies.mustache:6: no partial named \"voettekst\"") != std::string::npos);
    CHECK(message.find("advies.mustache:5: section \"themas\" is never closed") != std::string::npos);
  }
  CHECK_THROWS_AS(store.document("../../etc/passwd"), UsageError);
  CHECK_THROWS_AS(store.document("Advies"), UsageError);
}

TEST_CASE("a municipality's template overrides the bundled one, file by file", "[documents][templates]") {
  TempDir dir;
  dir.write("advies.mustache", "{{> briefhoofd}}\n# Ons eigen advies over {{zaak.kenmerk}}\n");
  const rendering::TemplateStore store(dir.path());
  const std::string md = rendering::render_markdown(
      store, "advies", rendering::document_data(screening_of("horeca-clean.yaml"), default_config(), options()));
  CHECK(md.find("# Ons eigen advies over BIB-2026-0101") != std::string::npos);
  CHECK(md.find("**Gemeente Zaanstad**") != std::string::npos);  // the bundled letterhead still serves
  CHECK(store.origin_of_document("advies") == (dir / "advies.mustache").string());
  CHECK(store.origin_of_document("voornemen-weigering") == "templates/voornemen-weigering.mustache (built in)");
}
