#include <catch2/catch.hpp>

#include "cli/personal_data.hpp"
#include "registries/registry_request.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using bibob::cli::redact_personal_data;
using namespace bibob::testing;

TEST_CASE("log lines lose BSNs and names, and keep what was asked", "[personal-data]") {
  CHECK(redact_personal_data("brp POST /personen RaadpleegMetBurgerservicenummer 999990020 -> HTTP 200") ==
        "brp POST /personen RaadpleegMetBurgerservicenummer ********* -> HTTP 200");
  CHECK(redact_personal_data("cir searchNaturalPerson prefix=van der surname=Berg dateOfBirth=1979-04-02") ==
        "cir searchNaturalPerson prefix=[naam] surname=[naam] dateOfBirth=1979-04-02");
  CHECK(redact_personal_data("brp POST /personen ZoekMetGeslachtsnaamEnGeboortedatum van der Berg 1979-04-02") ==
        "brp POST /personen ZoekMetGeslachtsnaamEnGeboortedatum [naam] 1979-04-02");
  // KvK numbers (8 digits) and house numbers are no personal data of a person.
  CHECK(redact_personal_data("kvk GET /v1/basisprofielen/90002547") == "kvk GET /v1/basisprofielen/90002547");
  CHECK(redact_personal_data("cir searchUndertaking commercialRegisterID=69599076") ==
        "cir searchUndertaking commercialRegisterID=69599076");
}

TEST_CASE("the verbose option redacts personal data unless it is asked to show it", "[personal-data][cli]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_CACHE_DB", (dir / "cache.db").string()}};
  const std::string example = source_path("examples/horeca-cash-abroad.yaml");
  const auto redacted = run_bibob({"--verbose", "screen", "--offline", example}, env);
  CHECK(redacted.err.find("bibob: asked kvk GET /v1/basisprofielen/90002547 -> HTTP 200 (snapshot)") !=
        std::string::npos);
  // Requests for persons are filed under a pseudonym of the BSN or the name and date of birth.
  const std::string director = "RaadpleegMetBurgerservicenummer " + bibob::registries::pseudonym("999990020");
  CHECK(redacted.err.find(director) != std::string::npos);
  CHECK(redacted.err.find("999990020") == std::string::npos);
  CHECK(redacted.err.find("surname=Berg") == std::string::npos);
  CHECK(redacted.err.find("Berg") == std::string::npos);
  const auto shown = run_bibob({"--verbose", "--show-personal-data", "screen", "--offline", example}, env);
  CHECK(shown.err.find(director) != std::string::npos);
  const auto quiet = run_bibob({"screen", "--offline", example}, env);
  CHECK(quiet.err.empty());
}

TEST_CASE("the verbose option names every question that could not be answered", "[personal-data][cli]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_CACHE_DB", (dir / "cache.db").string()}};
  // A BSN the offline snapshot holds no answer for.
  const auto file = dir.write("case.yaml", source_text("examples/horeca-clean.yaml", "bsn: \"999990007\"",
                                                       "bsn: \"999990159\""));
  const auto result = run_bibob({"--verbose", "screen", "--offline", file.string()}, env);
  CHECK(result.exit_code == 4);
  const std::string question = "bibob: asked brp POST /personen RaadpleegMetBurgerservicenummer " +
                               bibob::registries::pseudonym("999990159") + " -> not verified (offline: ";
  CHECK(result.err.find(question) != std::string::npos);
  CHECK(result.err.find("999990159") == std::string::npos);
}
