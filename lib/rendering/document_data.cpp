#include "rendering/document_data.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/registry_names.hpp"
#include "model/finding.hpp"
#include "util/errors.hpp"

namespace bibob::rendering {
namespace {

using Json = nlohmann::json;

// Legal terms, in weeks or days; the municipality's own terms go into its templates.
constexpr int k_repair_days = 14;
constexpr int k_response_days = 14;
constexpr int k_lbb_weeks = 8;
constexpr int k_lbb_extension_weeks = 4;

const char* k_placeholder_weighing =
    "*Nog in te vullen door de behandelend ambtenaar: de belangen van de betrokkene, de ernst van het gevaar en de "
    "evenredigheid van de beslissing. Een beslissing zonder deze afweging houdt in bezwaar en beroep geen stand.*";

// "2026-11-20" or "2026-11-20T09:00:00Z" as letters write it; anything else as it is.
std::string dutch_date(const std::string& iso) {
  const auto date = Date::parse(iso.substr(0, 10));
  if (!date) return iso;
  std::string out = date->dutch();
  if (iso.size() >= 16 && iso[10] == 'T') out += " " + iso.substr(11, 5) + " UTC";
  return out;
}

std::string text_of(const Json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string conclusion_text(const std::string& conclusion) {
  if (conclusion == "geen_gevaar") return "geen gevaar";
  if (conclusion == "mindere_mate") return "mindere mate van gevaar";
  if (conclusion == "ernstig_gevaar") return "ernstig gevaar";
  if (conclusion == "twijfel") return "te onzeker voor een eigen conclusie; advies van het LBB aanbevolen";
  return conclusion;
}

std::string ground_name(const std::string& ground) {
  if (ground == "a") return "Grond a: benutten van wederrechtelijk verkregen voordelen";
  if (ground == "b") return "Grond b: plegen van strafbare feiten";
  if (ground == "art3_lid6") return "Artikel 3, zesde lid: strafbaar feit om de beschikking te verkrijgen";
  if (ground == "art4") return "Artikel 4: weigeren gegevens te verstrekken";
  return ground;
}

std::string severity_text(const std::string& severity) {
  if (severity == "low") return "laag";
  if (severity == "medium") return "middel";
  if (severity == "high") return "hoog";
  return "info";
}

std::string advice_for(const std::string& conclusion, bool existing) {
  const std::string refuse = existing ? "de beschikking in te trekken" : "de aanvraag te weigeren";
  if (conclusion == "geen_gevaar") return "Voorgesteld advies: de Wet Bibob staat niet in de weg aan het verlenen van de beschikking.";
  if (conclusion == "mindere_mate") {
    return "Voorgesteld advies: de beschikking verlenen met voorschriften die het gevaar beperken, of " + refuse +
           " als voorschriften het gevaar niet voldoende wegnemen.";
  }
  if (conclusion == "ernstig_gevaar") {
    return "Voorgesteld advies: " + refuse + ", voor zover dat evenredig is. Weeg daarvoor de belangen hieronder; is " +
           "weigeren onevenredig, overweeg dan voorschriften.";
  }
  return "Voorgesteld advies: advies vragen aan het Landelijk Bureau Bibob, met de vragen in deze rapportage.";
}

std::string authority_phrase(const std::string& authority) {
  if (authority == "college") return "het college van burgemeester en wethouders";
  if (authority == "raad") return "de gemeenteraad";
  return "de burgemeester";
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string source_key(const Json& source) {
  return text_of(source, "registry") + " " + text_of(source, "request") + " " + text_of(source, "body_sha256");
}

bool mentions_any(const std::string& text, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return !name.empty() && text.find(name) != std::string::npos; });
}

}  // namespace

std::vector<std::string> names_to_withhold(const Json& screening, const std::string& party_id) {
  std::vector<std::string> names;
  for (const auto& party : screening.value("parties", Json::array())) {
    if (text_of(party, "id") != party_id) names.push_back(text_of(party, "name"));
  }
  return names;
}

Json document_data(const Json& screening, const Config& config, const DocumentOptions& options) {
  if (!screening.contains("case") || !screening["validation"].value("valid", false)) {
    throw InputError("the screening is of an invalid case file; there is nothing to report");
  }
  const Json& case_json = screening["case"];
  const std::string decision_type = text_of(case_json, "decision_type");
  const DecisionType* type = config.decision_type(decision_type);
  const std::string title = type != nullptr ? type->title : decision_type;
  const bool existing = text_of(case_json, "trajectory") == "intrekking";
  const bool redacted = !options.redact_for.empty();
  const std::vector<std::string> withheld = redacted ? names_to_withhold(screening, options.redact_for) : std::vector<std::string>{};

  const Json parties = screening.value("parties", Json::array());
  const Json* addressee = nullptr;
  const std::string addressee_id = redacted ? options.redact_for : text_of(case_json, "applicant");
  for (const auto& party : parties) {
    if (text_of(party, "id") == addressee_id) addressee = &party;
  }
  if (addressee == nullptr) throw UsageError("no party \"" + addressee_id + "\" in this screening");

  Json data;
  data["rubricering"] = "Vertrouwelijk, art. 28 Wet Bibob";
  data["datum"] = dutch_date(options.today.iso());
  data["auteur"] = options.author.empty() ? "de behandelend ambtenaar" : options.author;
  data["afweging"] = options.weighing.empty() ? k_placeholder_weighing : options.weighing;
  data["lijsten"] = text_of(screening, "lists_consulted").empty() ? "geen" : text_of(screening, "lists_consulted");
  data["gemeente"] = {{"naam", "Gemeente " + config.municipality.name},
                      {"plaats", config.municipality.name},
                      {"afdeling", config.municipality.department},
                      {"beleidsregel", config.municipality.policy_rule}};
  const std::string authority = authority_phrase(text_of(case_json, "authority"));
  data["ondertekening"] = {{"namens", capitalised(authority) + " van " + config.municipality.name},
                           {"functie", config.municipality.department}};
  std::string title_lower = title;
  if (!title_lower.empty() && title_lower[0] >= 'A' && title_lower[0] <= 'Z') {
    title_lower[0] = static_cast<char>(title_lower[0] - 'A' + 'a');
  }
  data["zaak"] = {{"kenmerk", text_of(case_json, "id")},
                  {"beschikking", title},
                  {"beschikking_klein", title_lower},
                  {"grondslag", type != nullptr ? type->legal_basis : ""},
                  {"bevoegd_gezag", authority},
                  {"ontvangen_op", dutch_date(text_of(case_json, "received_on"))},
                  {"traject", text_of(case_json, "trajectory")}};
  data["screening"] = {{"datum", dutch_date(text_of(screening, "screened_on"))},
                       {"registers", text_of(screening, "registry_mode") == "offline" ? "offline (bewaarde antwoorden)"
                                                                                        : "rechtstreeks"}};
  const Json address = addressee->value("address", Json());
  data["aanvrager"] = {{"naam", text_of(*addressee, "name")},
                       {"adres",
                        {{"straat", address.is_object() ? text_of(address, "street") : ""},
                         {"postcode_plaats", address.is_object() ? text_of(address, "postcode_city") : ""}}}};

  Json involved = Json::array();
  for (const auto& party : parties) {
    if (redacted && text_of(party, "id") != options.redact_for) continue;
    const bool self = text_of(party, "id") == text_of(case_json, "applicant");
    involved.push_back({{"naam", text_of(party, "name")},
                        {"soort", text_of(party, "kind") == "person" ? "persoon" : "organisatie"},
                        {"relatie", self || redacted ? std::string(self ? "de aanvrager" : "")
                                                     : text_of(party, "relation_path")}});
  }
  data["betrokkenen"] = involved;

  // Which findings this document may show.
  auto shown = [&](const Json& finding) {
    if (!redacted) return true;
    const auto ids = finding.value("parties", Json::array());
    if (ids.size() != 1 || ids[0] != options.redact_for) return false;
    return !mentions_any(text_of(finding, "statement"), withheld);
  };

  // Sources are numbered in the order the shown findings cite them.
  std::map<std::string, int> numbers;
  Json sources = Json::array();
  auto footnotes = [&](const Json& finding) {
    std::string out;
    for (const auto& source : finding.value("sources", Json::array())) {
      const std::string key = source_key(source);
      if (numbers.count(key) == 0) {
        numbers[key] = static_cast<int>(numbers.size()) + 1;
        const std::string origin = text_of(source, "source");
        sources.push_back({{"nummer", std::to_string(numbers[key])},
                           {"register", registry_title(text_of(source, "registry"))},
                           {"vraag", redacted ? "(weggelaten)" : text_of(source, "request")},
                           {"opgevraagd_op", dutch_date(text_of(source, "retrieved_at"))},
                           {"herkomst", origin == "live"    ? "rechtstreeks"
                                        : origin == "cache" ? "uit de bewaarde opvraging"
                                                            : "uit de registermomentopname"},
                           {"kenmerk", text_of(source, "reference")}});
      }
      out += (out.empty() ? "" : " ") + std::string("[") + std::to_string(numbers[key]) + "]";
    }
    return out;
  };

  const Json findings = screening.value("findings", Json::array());
  Json sections = Json::array();
  int theme_number = 0;
  for (const std::string& theme : themes()) {
    Json items = Json::array();
    for (const auto& finding : findings) {
      if (text_of(finding, "theme") != theme || !shown(finding)) continue;
      items.push_back({{"tekst", text_of(finding, "statement")},
                       {"ernst", severity_text(text_of(finding, "severity"))},
                       {"niet_geverifieerd", text_of(finding, "status") == "not_verified"},
                       {"voetnoten", footnotes(finding)},
                       {"relatie", redacted ? "" : text_of(finding, "relation_path")},
                       {"vraag", redacted ? "" : text_of(finding, "question")}});
    }
    sections.push_back({{"nummer", std::to_string(++theme_number)},
                      {"titel", theme_title(theme)},
                      {"bevindingen", items}});
  }
  data["themas"] = sections;

  Json key_findings = Json::array();
  for (const auto& finding : findings) {
    const std::string severity = text_of(finding, "severity");
    if (text_of(finding, "status") != "established" || (severity != "medium" && severity != "high") || !shown(finding)) {
      continue;
    }
    key_findings.push_back({{"tekst", text_of(finding, "statement")}, {"voetnoten", footnotes(finding)}});
  }
  data["kernbevindingen"] = key_findings;
  data["redenfeiten"] = key_findings;
  data["heeft_bronnen"] = !sources.empty();
  data["bronnen"] = sources;

  const Json& assessment = screening["assessment"];
  Json grounds = Json::array();
  std::set<std::string> questions;
  std::set<std::string> conditions;
  Json question_list = Json::array();
  Json condition_list = Json::array();
  for (const auto& ground : assessment.value("grounds", Json::array())) {
    const bool applicable = ground.value("applicable", true);
    const std::string conclusion = text_of(ground, "conclusion");
    Json reasons = Json::array();
    for (const auto& reason : ground.value("reasons", Json::array())) reasons.push_back({{"tekst", reason}});
    char points[32];
    std::snprintf(points, sizeof points, "%g", ground.value("score", 0.0));
    grounds.push_back({{"naam", ground_name(text_of(ground, "ground"))},
                       {"van_toepassing", applicable},
                       {"conclusie", conclusion},
                       {"conclusie_tekst", conclusion_text(conclusion)},
                       {"punten", std::string(points)},
                       {"redenen", reasons}});
    if (redacted) continue;
    for (const auto& question : ground.value("questions", Json::array())) {
      if (questions.insert(question.get<std::string>()).second) question_list.push_back({{"tekst", question}});
    }
    for (const auto& condition : ground.value("conditions", Json::array())) {
      if (conditions.insert(condition.get<std::string>()).second) condition_list.push_back({{"tekst", condition}});
    }
  }
  data["gronden"] = grounds;
  const std::string proposed = text_of(assessment, "proposed");
  data["voorstel"] = {{"conclusie", proposed},
                      {"conclusie_tekst", conclusion_text(proposed)},
                      {"toelichting", text_of(assessment, "notice")}};
  data["advies"] = {{"tekst", advice_for(proposed, existing)}};
  data["heeft_twijfel"] = proposed == "twijfel";
  data["vragen_lbb"] = question_list;
  data["heeft_voorwaarden"] = proposed == "mindere_mate" && !condition_list.empty();
  data["voorwaarden"] = condition_list;
  Json unverified = Json::array();
  for (const auto& finding : findings) {
    if (text_of(finding, "status") == "not_verified" && shown(finding)) {
      unverified.push_back({{"tekst", text_of(finding, "statement")}});
    }
  }
  data["heeft_niet_geverifieerd"] = !unverified.empty();
  data["niet_geverifieerd"] = unverified;

  Json missing = Json::array();
  int missing_number = 0;
  for (const auto& item : screening["validation"].value("missing", Json::array())) {
    const std::string question = text_of(item, "question");
    if (redacted && mentions_any(question, withheld)) continue;
    missing.push_back({{"nummer", std::to_string(++missing_number)},
                       {"omschrijving", question},
                       {"is_document", text_of(item, "kind") == "document"},
                       {"pad", text_of(item, "path")}});
  }
  data["heeft_ontbrekend"] = !missing.empty();
  data["ontbrekend"] = missing;
  data["bestaande_beschikking"] = existing;
  data["termijn"] = {{"herstel_datum", dutch_date(options.today.plus_days(k_repair_days).iso())},
                     {"zienswijze_datum", dutch_date(options.today.plus_days(k_response_days).iso())},
                     {"lbb_weken", std::to_string(k_lbb_weeks)},
                     {"lbb_verlenging_weken", std::to_string(k_lbb_extension_weeks)}};
  data["voornemen"] = {{"handeling", existing ? "intrekking" : "weigering"},
                       {"zin", existing ? "de aan u verleende " + title_lower + " in te trekken"
                                        : "uw aanvraag voor een " + title_lower + " te weigeren"}};
  return data;
}

}  // namespace bibob::rendering
