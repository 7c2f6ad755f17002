#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

// The small synthetic list imported, so that a screening of a clean example is complete.
std::map<std::string, std::string> with_lists(const TempDir& dir, std::map<std::string, std::string> env = {}) {
  env["BIBOB_LISTS_DB"] = (dir / "lists.db").string();
  const auto imported =
      run_bibob({"lists", "import", "--source", "ofac", source_path("tests/data/screening/sdn.csv")}, env);
  if (imported.exit_code != 0) throw std::runtime_error(imported.err);
  return env;
}

}  // namespace

TEST_CASE("bibob advise writes a document from a case, owner-only", "[documents][cli]") {
  TempDir dir;
  const auto out = dir / "rapportage.html";
  const auto result = run_bibob({"advise", "--offline", source_path("examples/horeca-clean.yaml"), "-t",
                                 "rapportage-eigen-onderzoek", "--format", "html", "-o", out.string(), "--author",
                                 "A. Ambtenaar"},
                                with_lists(dir));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  struct stat info {};
  REQUIRE(stat(out.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  std::ifstream in(out);
  std::stringstream html;
  html << in.rdbuf();
  CHECK(html.str().find("<strong>Opgesteld door:</strong> A. Ambtenaar") != std::string::npos);
  CHECK(html.str().find("Brasserie Het Zaanse Veld B.V.") != std::string::npos);
}

TEST_CASE("bibob advise takes a screening JSON too", "[documents][cli]") {
  TempDir dir;
  const auto screened = run_bibob({"screen", "--offline", source_path("examples/horeca-incomplete.yaml"), "--out-json",
                                   (dir / "s.json").string()});
  REQUIRE(screened.exit_code <= 4);
  const auto letter = run_bibob({"advise", (dir / "s.json").string(), "-t", "verzoek-aanvullende-gegevens"});
  CHECK(letter.exit_code == 4);  // screened without lists: incomplete, as the screening was
  CHECK(letter.out.find("Onderwerp: verzoek om aanvullende gegevens, aanvraag BIB-2026-0113") != std::string::npos);
}

TEST_CASE("bibob advise reads a screening JSON strictly: a changed member is named, nothing is written",
          "[documents][cli][hostile]") {
  TempDir dir;
  const auto screened = run_bibob({"screen", "--offline", source_path("examples/horeca-cash-abroad.yaml"), "--out-json",
                                   (dir / "s.json").string()});
  REQUIRE(screened.exit_code <= 4);
  const std::string json = file_text(dir / "s.json");
  const struct {
    std::string from, to, named;
  } changes[] = {
      {"\"severity\": \"", "\"severity\": \"extreme-", "findings[0].severity: not a value this schema knows"},
      {"\"screened_on\": \"", "\"screened_on\": \"x", "screened_on: expected a date"},
      {"\n  \"exit_code\": ", "\n  \"exit_code\": 9", "exit_code: not an exit code of bibob"},  // the top level's
      {"\"checks_run\": [", "\"checks_run\": [1, ", "checks_run[0]: expected a text"},
  };
  for (const auto& change : changes) {
    std::string changed = json;
    const auto at = changed.find(change.from);
    REQUIRE(at != std::string::npos);
    changed.replace(at, change.from.size(), change.to);
    const auto input = dir.write("changed.json", changed);
    const auto out = dir / "brief.md";
    const auto result = run_bibob({"advise", input.string(), "-t", "advies", "-o", out.string()});
    INFO(change.named << "\n" << result.err);
    CHECK(result.exit_code == 3);
    CHECK(result.err.find(input.string() + ": " + change.named) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
  }
}

TEST_CASE("bibob advise refuses what it cannot do, with exit codes", "[documents][cli]") {
  TempDir dir;
  const std::string example = source_path("examples/horeca-clean.yaml");
  const auto escape = run_bibob({"advise", "--offline", example, "-t", "../../etc/passwd"});
  CHECK(escape.exit_code == 2);
  CHECK(escape.err.find("may hold only lower-case letters, digits and -") != std::string::npos);
  const auto unknown = run_bibob({"advise", "--offline", example, "-t", "advis"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no template named \"advis\"") != std::string::npos);
  const auto binary = run_bibob({"advise", "--offline", example, "-t", "advies", "--format", "pdf"});
  CHECK(binary.exit_code == 2);
  CHECK(binary.err.find("--format pdf needs --out FILE") != std::string::npos);
  const auto invalid = run_bibob({"advise", "--offline", source_path("tests/data/bad/duplicate-ids.yaml"), "-t", "advies",
                                  "-o", (dir / "a.md").string()});
  CHECK(invalid.exit_code == 3);
  CHECK_FALSE(std::filesystem::exists(dir / "a.md"));
  const auto nobody = run_bibob({"advise", "--offline", example, "-t", "advies", "--redact-for", "p-nobody"});
  CHECK(nobody.exit_code == 2);
}

TEST_CASE("templates check names the file and line of every problem", "[documents][cli]") {
  TempDir dir;
  dir.write("advies.mustache", "# {{zaak.kenmerk}}\n{{aanvrager.naamm}}\n{{#gronden}}{{naam}}{{/themas}}\n");
  dir.write("voornemen-weigering.mustache", "{{> briefhoofd}}\n{{#redenfeiten}}- {{tekst}}\n{{/redenfeiten}}\n");
  const auto result = run_bibob({"templates", "check", dir.path().string()});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find((dir / "advies.mustache").string() + ":2: unknown variable \"aanvrager.naamm\"") !=
        std::string::npos);
  CHECK(result.out.find("advies.mustache:3: closes section \"themas\", but \"gronden\" (line 3) is open") !=
        std::string::npos);
  CHECK(result.out.find("voornemen-weigering.mustache") == std::string::npos);  // that one is fine
  CHECK(result.out.find(": 2 templates, 3 problems") != std::string::npos);
  const auto bundled = run_bibob({"templates", "check", source_path("templates")});
  CHECK(bundled.exit_code == 0);
}

TEST_CASE("templates list and vars describe what a municipality may change", "[documents][cli]") {
  const auto list = run_bibob({"templates", "list"});
  CHECK(list.out.find("voornemen-weigering  (templates/voornemen-weigering.mustache (built in))") != std::string::npos);
  const auto vars = run_bibob({"templates", "vars"});
  CHECK(vars.out.find("termijn.herstel_datum  (text)\n    uiterste datum voor aanvulling (herstelverzuim)") !=
        std::string::npos);
  const auto used = run_bibob({"templates", "vars", "kennisgeving-lbb-advies"});
  CHECK(used.out.find("termijn.lbb_weken") != std::string::npos);
  CHECK(used.out.find("themas[].bevindingen[].tekst") == std::string::npos);
}

TEST_CASE("bibob advise --store records the document in the case register and the audit trail", "[documents][cli][store]") {
  TempDir dir;
  const auto env = with_lists(dir, {{"BIBOB_DB", (dir / "register.db").string()}});
  const std::string example = source_path("examples/horeca-clean.yaml");
  const auto unregistered = run_bibob({"advise", "--offline", example, "-t", "advies", "-o", (dir / "a.md").string(),
                                       "--store"},
                                      env);
  CHECK(unregistered.exit_code == 3);
  CHECK(unregistered.err.find("case BIB-2026-0101 is not in the case register") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "a.md"));

  REQUIRE(run_bibob({"screen", "--offline", "--store", example}, env).exit_code <= 4);
  const auto stored = run_bibob({"advise", "--offline", example, "-t", "advies", "-o", (dir / "a.md").string(), "--store",
                                 "--reason", "advies aan de burgemeester"},
                                env);
  INFO(stored.err);
  CHECK(stored.exit_code == 0);
  const auto audit = run_bibob({"audit", "show", "--case", "BIB-2026-0101"}, env);
  CHECK(audit.out.find("document advies") != std::string::npos);
  CHECK(run_bibob({"audit", "verify"}, env).exit_code == 0);
}

TEST_CASE("a missing converter is named with the package to install, and nothing is written", "[documents][cli]") {
  TempDir dir;
  const auto result = run_bibob({"advise", "--offline", source_path("examples/horeca-clean.yaml"), "-t", "advies",
                                 "--format", "pdf", "-o", (dir / "a.pdf").string()},
                                {{"PATH", (dir / "no-tools").string()}});
  CHECK(result.exit_code == 5);
  CHECK(result.err.find("weasyprint is not installed; install the Debian package weasyprint") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "a.pdf"));
}

TEST_CASE("text in a document cannot open a heading, list or quote of its own", "[documents][hostile]") {
  TempDir dir;
  // An officer's weighing pasted from elsewhere, or a value with line breaks from a registry:
  // its lines are text in the paragraph, never markup.
  const auto weighing = dir.write("afweging.md",
                                  "Eerste alinea.\n\n## Geen bezwaar\n\nGrond a en b: geen gevaar.\n1. Verlenen\n"
                                  "> geciteerd\n    code\n- punt\n---\n");
  const auto result = run_bibob({"advise", "--offline", source_path("examples/horeca-clean.yaml"), "-t", "advies",
                                 "--format", "html", "--weighing", weighing.string()},
                                with_lists(dir));
  INFO(result.out);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("<h2>Geen bezwaar") == std::string::npos);
  CHECK(result.out.find("<ol>") == std::string::npos);
  CHECK(result.out.find("<blockquote>") == std::string::npos);
  CHECK(result.out.find("<pre>") == std::string::npos);
  CHECK(result.out.find("<hr") == std::string::npos);
  CHECK(result.out.find("## Geen bezwaar") != std::string::npos);  // shown as written
  CHECK(result.out.find("1. Verlenen") != std::string::npos);
  CHECK(result.out.find("<p>Eerste alinea.</p>") != std::string::npos);  // paragraphs kept
}

TEST_CASE("a document on a screening that could not verify everything lists it and exits 4", "[documents][cli][hostile]") {
  TempDir dir;
  // No lists imported: the sanctions check could not screen anyone.
  const auto result = run_bibob({"advise", "--offline", source_path("examples/horeca-clean.yaml"), "-t", "advies"},
                                {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}});
  CHECK(result.exit_code == 4);
  CHECK(result.err == "bibob: not every source could be consulted; the document lists what was not verified\n");
  CHECK(result.out.find("Het onderzoek heeft geen bevindingen opgeleverd die op een gevaar wijzen") == std::string::npos);
  CHECK(result.out.find("niet alle bronnen konden worden geraadpleegd") != std::string::npos);
  CHECK(result.out.find("Niet geverifieerd (de bron kon niet worden geraadpleegd):\n\n- Niet geverifieerd: er zijn geen "
                        "sanctie- of terrorismelijsten ingelezen") != std::string::npos);
}

TEST_CASE("a letter to an addressee without an address is refused, naming the party; a report is not",
          "[documents][cli]") {
  TempDir dir;
  // The financier of the cash-abroad case lives abroad; without his address there is nowhere
  // to send him a letter.
  std::ifstream in(source_path("examples/horeca-cash-abroad.yaml"));
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const std::string address = "    address: {street: Rue Tariq, number: \"8\", city: Tanger, country: MA}\n";
  REQUIRE(yaml.find(address) != std::string::npos);
  yaml.erase(yaml.find(address), address.size());
  const auto file = dir.write("case.yaml", yaml);
  const auto env = with_lists(dir);
  const auto out = dir / "voornemen.md";
  const auto letter = run_bibob({"advise", "--offline", file.string(), "-t", "voornemen-weigering", "--redact-for",
                                 "p-financier", "-o", out.string()},
                                env);
  CHECK(letter.exit_code == 3);
  CHECK(letter.err.find("the letter voornemen-weigering goes to party \"p-financier\" (Ahmed Benali), which has no "
                        "address in the case file") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
  // The report is no letter: it is written.
  const auto report = run_bibob(
      {"advise", "--offline", file.string(), "-t", "rapportage-eigen-onderzoek", "--redact-for", "p-financier"}, env);
  CHECK(report.exit_code <= 1);
}

TEST_CASE("a letter is signed by name and function on the authority's behalf, or shows where to sign",
          "[documents][cli]") {
  TempDir dir;
  const auto env = with_lists(dir);
  const auto named = run_bibob({"advise", "--offline", source_path("examples/horeca-cash-abroad.yaml"), "-t",
                                "voornemen-weigering", "--signer", "J. de Vries, teamleider Vergunningen"},
                               env);
  CHECK(named.exit_code <= 1);
  CHECK(named.out.find("De burgemeester van Zaanstad,  \nnamens deze,\n\nJ. de Vries  \nteamleider Vergunningen") !=
        std::string::npos);
  const auto unnamed = run_bibob(
      {"advise", "--offline", source_path("examples/horeca-cash-abroad.yaml"), "-t", "voornemen-weigering"}, env);
  CHECK(unnamed.out.find("namens deze") == std::string::npos);
  CHECK(unnamed.out.find("naam en functie van de ondertekenaar") != std::string::npos);
  // The reference block names the case, the officer and how to reach the municipality.
  CHECK(unnamed.out.find("Ons kenmerk: BIB-2026-0042  \nUw kenmerk: uw aanvraag van 1 oktober 2026") !=
        std::string::npos);
  CHECK(unnamed.out.find("Telefoon: 14 075") != std::string::npos);
  // The advice to the mayor is the team's, not signed on the mayor's behalf.
  const auto advice = run_bibob({"advise", "--offline", source_path("examples/horeca-cash-abroad.yaml"), "-t", "advies",
                                 "--author", "A. Ambtenaar"},
                                env);
  CHECK(advice.out.find("namens deze") == std::string::npos);
  CHECK(advice.out.find("Team Bibob, afdeling Vergunningen  \nA. Ambtenaar") != std::string::npos);
}

TEST_CASE("bibob questionnaire writes the form to send, and names an unknown decision type", "[documents][cli]") {
  TempDir dir;
  const auto md = run_bibob({"questionnaire", "exploitatievergunning_horeca"});
  CHECK(md.exit_code == 0);
  CHECK(md.out.find("# Bibob-vragenformulier: Exploitatievergunning horeca") != std::string::npos);
  CHECK(md.out.find("**1.** KvK-nummer van de aanvrager (als u als onderneming of organisatie aanvraagt)") !=
        std::string::npos);
  CHECK(md.out.find("**6.** Adres van degene die het formulier ondertekent  \n") != std::string::npos);
  const auto out = dir / "formulier.pdf";
  const auto pdf = run_bibob({"questionnaire", "vastgoedtransactie", "--format", "pdf", "-o", out.string()});
  CHECK(pdf.exit_code == 0);
  CHECK(std::filesystem::file_size(out) > 1000);
  const auto unknown = run_bibob({"questionnaire", "horeca"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown decision type \"horeca\"") != std::string::npos);
}
