#include "rendering/document_data.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/registry_names.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::rendering {
namespace {

using Json = nlohmann::json;

// Legal terms, in weeks or days; the municipality's own terms go into its templates.
constexpr int k_repair_days = 14;
constexpr int k_response_days = 14;
constexpr int k_lbb_weeks = 8;
constexpr int k_lbb_extension_weeks = 4;

const char* k_placeholder_weighing =
    "[Nog in te vullen door de behandelend ambtenaar: de belangen van de betrokkene, de ernst van het gevaar en de "
    "evenredigheid van de beslissing. Een beslissing zonder deze afweging houdt in bezwaar en beroep geen stand.]";

// "2026-11-20" or "2026-11-20T09:00:00Z" as letters write it; anything else as it is.
std::string dutch_date(const std::string& iso) {
  const auto date = Date::parse(iso.substr(0, 10));
  if (!date) return iso;
  std::string out = date->dutch();
  if (iso.size() >= 16 && iso[10] == 'T') out += " " + iso.substr(11, 5) + " UTC";
  return out;
}

std::string conclusion_text(Conclusion conclusion) {
  switch (conclusion) {
    case Conclusion::geen_gevaar: return "geen gevaar";
    case Conclusion::mindere_mate: return "mindere mate van gevaar";
    case Conclusion::ernstig_gevaar: return "ernstig gevaar";
    case Conclusion::twijfel: return "te onzeker voor een eigen conclusie; advies van het LBB aanbevolen";
    case Conclusion::vermoeden:
      return "vermoeden dat ter verkrijging van de beschikking strafbare feiten zijn gepleegd";
  }
  return "";
}

std::string ground_name(Ground ground) {
  switch (ground) {
    case Ground::a: return "Grond a: benutten van wederrechtelijk verkregen voordelen";
    case Ground::b: return "Grond b: plegen van strafbare feiten";
    case Ground::art3_6: return "Artikel 3, zesde lid: strafbaar feit om de beschikking te verkrijgen";
    case Ground::art4: return "Artikel 4: weigeren gegevens te verstrekken";
  }
  return "";
}

std::string severity_text(Severity severity) {
  switch (severity) {
    case Severity::low: return "laag";
    case Severity::medium: return "middel";
    case Severity::high: return "hoog";
    case Severity::info: break;
  }
  return "info";
}

std::string advice_for(Conclusion conclusion, bool existing) {
  const std::string refuse = existing ? "de beschikking in te trekken" : "de aanvraag te weigeren";
  switch (conclusion) {
    case Conclusion::geen_gevaar:
      return "Voorgesteld advies: de Wet Bibob staat niet in de weg aan het verlenen van de beschikking.";
    case Conclusion::mindere_mate:
      return "Voorgesteld advies: de beschikking verlenen met voorschriften die het gevaar beperken, of " + refuse +
             " als voorschriften het gevaar niet voldoende wegnemen.";
    case Conclusion::ernstig_gevaar:
      return "Voorgesteld advies: " + refuse + ", voor zover dat evenredig is. Weeg daarvoor de belangen hieronder; is " +
             "weigeren onevenredig, overweeg dan voorschriften.";
    case Conclusion::vermoeden:
      return "Voorgesteld advies: de aanvrager eerst in de gelegenheid stellen de onjuiste of onvolledige antwoorden "
             "te verklaren; blijft het vermoeden bestaan, " +
             refuse +
             " op grond van artikel 3, zesde lid, van de "
             "Wet Bibob, voor zover dat evenredig is.";
    case Conclusion::twijfel: break;
  }
  return "Voorgesteld advies: advies vragen aan het Landelijk Bureau Bibob, met de vragen in deze rapportage.";
}

std::string authority_phrase(const std::string& authority) {
  if (authority == "college") return "het college van burgemeester en wethouders";
  if (authority == "raad") return "de gemeenteraad";
  return "de burgemeester";
}

std::string source_key(const Provenance& source) {
  return source.registry + " " + source.request + " " + source.body_sha256;
}

bool mentions_any(const std::string& text, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return !name.empty() && text.find(name) != std::string::npos; });
}

}  // namespace

std::vector<std::string> names_to_withhold(const ScreeningReport& screening, const std::string& party_id) {
  // The applicant is named: the letter is about its application.
  const std::string applicant = screening.screened_case ? screening.screened_case->applicant : std::string();
  std::vector<std::string> names;
  for (const auto& party : screening.parties) {
    if (party.id != party_id && party.id != applicant) names.push_back(party.name);
  }
  return names;
}

Json document_data(const ScreeningReport& screening, const configuration::Config& config, const DocumentOptions& options) {
  if (!screening.screened_case || !screening.valid) {
    throw InputError("the screening is of an invalid case file; there is nothing to report");
  }
  const ScreenedCase& screened = *screening.screened_case;
  const std::string& decision_type = screened.decision_type;
  const configuration::DecisionType* type = config.decision_type(decision_type);
  const std::string title = type != nullptr ? type->title : decision_type;
  const bool existing = screened.trajectory == "intrekking";
  const bool redacted = !options.redact_for.empty();
  const std::vector<std::string> withheld = redacted ? names_to_withhold(screening, options.redact_for) : std::vector<std::string>{};

  const std::string& addressee_id = redacted ? options.redact_for : screened.applicant;
  const ReachedParty* addressee = screening.party(addressee_id);
  if (addressee == nullptr) throw UsageError("no party \"" + addressee_id + "\" in this screening");

  Json data;
  data["rubricering"] = "Vertrouwelijk, art. 28 Wet Bibob";
  data["datum"] = dutch_date(options.today.iso());
  data["auteur"] = options.author.empty() ? "de behandelend ambtenaar" : options.author;
  data["afweging"] = options.weighing.empty() ? k_placeholder_weighing : options.weighing;
  data["lijsten"] = screening.lists_consulted.empty() ? "geen" : screening.lists_consulted;
  const configuration::MunicipalitySettings& municipality = config.municipality;
  data["gemeente"] = {{"naam", "Gemeente " + municipality.name},
                      {"plaats", municipality.name},
                      {"afdeling", municipality.department},
                      {"beleidsregel", municipality.policy_rule},
                      {"postadres", municipality.postal_address}};
  const std::string authority = authority_phrase(screened.authority);
  // Who signs: --signer ("Naam, functie"), else the configuration's signer. Without one the
  // letter shows a placeholder to fill in, never "namens deze" with nothing after it.
  std::string signer_name = municipality.signer_name;
  std::string signer_function = municipality.signer_function;
  if (!options.signer.empty()) {
    const std::size_t comma = options.signer.find(',');
    signer_name = options.signer.substr(0, comma);
    signer_function = comma == std::string::npos ? "" : options.signer.substr(comma + 1);
    while (!signer_function.empty() && signer_function.front() == ' ') signer_function.erase(0, 1);
  }
  const bool signed_by_someone = !signer_name.empty();
  data["ondertekening"] = {{"namens", text::capitalised(authority) + " van " + municipality.name + ","},
                           {"bekend", signed_by_someone},
                           {"naam", signed_by_someone ? signer_name : "[naam en functie van de ondertekenaar]"},
                           {"functie", signer_function},
                           {"team", municipality.department}};
  const std::string title_lower = text::uncapitalised(title);
  data["zaak"] = {{"kenmerk", screened.id},
                  {"beschikking", title},
                  {"beschikking_klein", title_lower},
                  {"grondslag", type != nullptr ? type->legal_basis : ""},
                  {"bevoegd_gezag", authority},
                  {"ontvangen_op", screened.received_on ? screened.received_on->dutch() : ""},
                  {"traject", screened.trajectory}};
  data["screening"] = {{"datum", screening.screened_on.dutch()},
                       {"registers", screening.registry_mode == "offline" ? "offline (bewaarde antwoorden)" : "rechtstreeks"}};
  const auto& address = addressee->address;
  data["adres_bekend"] = address.has_value() && !address->street.empty() && !address->postcode_city.empty();
  // A version for a third party speaks of the applicant's application, not of "yours".
  const ReachedParty* applicant = screening.party(screened.applicant);
  const std::string applicant_name = applicant != nullptr ? applicant->name : "";
  const bool to_applicant = addressee_id == screened.applicant;
  const std::string your_application = to_applicant ? "uw aanvraag" : "de aanvraag van " + applicant_name;
  data["aanhef"] = {{"uw_aanvraag", your_application},
                    {"uw_aanvraag_hoofdletter", text::capitalised(your_application)}};
  data["kenmerken"] = {{"ons", screened.id},
                       {"uw", your_application +
                                  (screened.received_on ? " van " + screened.received_on->dutch() : std::string())},
                       {"behandeld_door", options.author.empty() ? municipality.department : options.author},
                       {"telefoon", municipality.phone},
                       {"email", municipality.email}};
  data["aanvrager"] = {{"naam", addressee->name},
                       {"adres",
                        {{"straat", address ? address->street : ""},
                         {"postcode_plaats", address ? address->postcode_city : ""}}}};

  Json involved = Json::array();
  for (const auto& party : screening.parties) {
    if (redacted && party.id != options.redact_for) continue;
    const bool self = party.id == screened.applicant;
    // The path begins with the party's own name, which the line already gives.
    std::string relation = party.relation_path;
    if (relation.starts_with(party.name + ", ")) relation.erase(0, party.name.size() + 2);
    involved.push_back({{"naam", party.name},
                        {"soort", party.person ? "persoon" : "organisatie"},
                        {"relatie", self || redacted ? std::string(self ? "de aanvrager" : "") : relation}});
  }
  data["betrokkenen"] = involved;

  // Which findings this document may show.
  auto shown = [&](const Finding& finding) {
    if (!redacted) return true;
    if (finding.parties.size() != 1 || finding.parties[0] != options.redact_for) return false;
    return !mentions_any(finding.statement, withheld);
  };

  // Sources are numbered in the order the shown findings cite them.
  std::map<std::string, int> numbers;
  Json sources = Json::array();
  auto footnotes = [&](const Finding& finding) {
    std::string out;
    for (const auto& source : finding.sources) {
      const std::string key = source_key(source);
      if (numbers.count(key) == 0) {
        numbers[key] = static_cast<int>(numbers.size()) + 1;
        const std::string& origin = source.source;
        sources.push_back({{"nummer", std::to_string(numbers[key])},
                           {"register", registry_title(source.registry)},
                           {"vraag", redacted ? "(weggelaten)" : source.request},
                           {"opgevraagd_op", dutch_date(source.retrieved_at)},
                           {"herkomst", origin == "live"    ? "rechtstreeks"
                                        : origin == "cache" ? "uit de bewaarde opvraging"
                                                            : "uit de registermomentopname"},
                           {"kenmerk", source.reference()}});
      }
      out += (out.empty() ? "" : " ") + std::string("[") + std::to_string(numbers[key]) + "]";
    }
    return out;
  };

  const std::vector<Finding>& findings = screening.findings;
  Json sections = Json::array();
  int theme_number = 0;
  for (const std::string& theme : themes()) {
    Json items = Json::array();
    for (const auto& finding : findings) {
      if (finding.theme != theme || !shown(finding)) continue;
      items.push_back({{"tekst", finding.statement},
                       {"ernst", severity_text(finding.severity)},
                       {"zwaarte", finding.severity == Severity::info || finding.status == FindingStatus::not_verified
                                       ? std::string()
                                       : "zwaarte " + severity_text(finding.severity) +
                                             (finding.status == FindingStatus::unconfirmed ? ", niet bevestigd" : "")},
                       {"niet_geverifieerd", finding.status == FindingStatus::not_verified},
                       {"voetnoten", footnotes(finding)},
                       {"relatie", redacted ? "" : finding.relation_path},
                       {"vraag", redacted ? "" : finding.question}});
    }
    sections.push_back({{"nummer", std::to_string(++theme_number)},
                      {"titel", theme_title(theme)},
                      {"bevindingen", items}});
  }
  data["themas"] = sections;

  Json key_findings = Json::array();
  for (const auto& finding : findings) {
    const bool weighty = finding.severity == Severity::medium || finding.severity == Severity::high;
    if (finding.status != FindingStatus::established || !weighty || !shown(finding)) continue;
    key_findings.push_back({{"tekst", finding.statement}, {"voetnoten", footnotes(finding)}});
  }
  data["kernbevindingen"] = key_findings;
  data["redenfeiten"] = key_findings;
  data["heeft_bronnen"] = !sources.empty();
  data["bronnen"] = sources;
  // Each register once, with how often it was asked: the annex has every request.
  Json registers = Json::array();
  for (const auto& source : sources) {
    const std::string name = source["register"].get<std::string>();
    auto known = std::find_if(registers.begin(), registers.end(), [&](const Json& r) { return r["naam"] == name; });
    if (known == registers.end()) {
      registers.push_back({{"naam", name},
                           {"aantal", 1},
                           {"opgevraagd_op", source["opgevraagd_op"]},
                           {"herkomst", source["herkomst"]}});
    } else {
      (*known)["aantal"] = (*known)["aantal"].get<int>() + 1;
    }
  }
  for (auto& r : registers) {
    const int count = r["aantal"].get<int>();
    r["opvragingen"] = count == 1 ? std::string("1 opvraging") : std::to_string(count) + " opvragingen";
    r.erase("aantal");
  }
  data["registers"] = registers;

  const Assessment& assessment = screening.assessment;
  Json grounds = Json::array();
  std::set<std::string> questions;
  std::set<std::string> conditions;
  Json question_list = Json::array();
  Json condition_list = Json::array();
  for (const auto& ground : assessment.grounds) {
    Json reasons = Json::array();
    for (const auto& reason : ground.reasons) reasons.push_back({{"tekst", reason}});
    char points[32];
    std::snprintf(points, sizeof points, "%g", ground.score);
    // A ground that does not apply has no conclusion of its own.
    Json carrying = Json::array();
    for (std::size_t index : ground.carrying) {
      const Finding& fact = findings[index];
      if (shown(fact)) carrying.push_back({{"tekst", fact.statement}, {"voetnoten", footnotes(fact)}});
    }
    const bool refusal_ground = ground.applicable && (ground.conclusion == Conclusion::ernstig_gevaar ||
                                                      ground.conclusion == Conclusion::vermoeden);
    grounds.push_back(
        {{"naam", ground_name(ground.ground)},
         {"van_toepassing", ground.applicable},
         {"heeft_dragende_feiten", !carrying.empty()},
         {"dragende_feiten", carrying},
         {"draagt_voornemen", refusal_ground && !carrying.empty()},
         {"conclusie", ground.applicable ? std::string(to_string(ground.conclusion)) : ""},
         {"conclusie_tekst", !ground.applicable ? ""
                             : ground.ground == Ground::art3_6 && ground.conclusion == Conclusion::geen_gevaar
                                 ? "geen vermoeden"
                                 : conclusion_text(ground.conclusion)},
         {"punten", std::string(points)},
         {"redenen", reasons}});
    if (redacted) continue;
    for (const auto& question : ground.questions) {
      if (questions.insert(question).second) question_list.push_back({{"tekst", question}});
    }
    for (const auto& condition : ground.conditions) {
      if (conditions.insert(condition).second) condition_list.push_back({{"tekst", condition}});
    }
  }
  data["gronden"] = grounds;
  data["heeft_voornemen_gronden"] = std::any_of(
      grounds.begin(), grounds.end(), [](const Json& ground) { return ground["draagt_voornemen"].get<bool>(); });
  const Conclusion proposed = assessment.proposed;
  data["voorstel"] = {{"conclusie", std::string(to_string(proposed))},
                      {"conclusie_tekst", conclusion_text(proposed)},
                      {"toelichting", k_proposal_notice}};
  // An incomplete application is completed first: the weighing per ground is provisional.
  const std::string advice =
      assessment.procedure == Procedure::buiten_behandeling
          ? "Voorgesteld advies: de aanvraag buiten behandeling laten (artikel 4:5 Awb). De analyse per grond is "
            "voorlopig en geen grond voor het besluit."
      : assessment.procedure == Procedure::aanvullen
          ? "Voorgesteld advies: de aanvrager eerst om de ontbrekende gegevens vragen (verzoek om aanvullende "
            "gegevens). De analyse per grond is voorlopig; het advies over het gevaar volgt op de volledige aanvraag."
          : advice_for(proposed, existing);
  data["advies"] = {{"tekst", advice}};
  data["heeft_procedurestap"] = assessment.procedure != Procedure::none;
  data["procedurestap"] = {{"stap", std::string(to_string(assessment.procedure))},
                           {"tekst", assessment.procedure_reason}};
  data["heeft_twijfel"] = proposed == Conclusion::twijfel;
  data["vragen_lbb"] = question_list;
  data["heeft_vragen"] = !question_list.empty();
  // Conditions come only from grounds proposed at a lesser degree or in doubt.
  data["heeft_voorwaarden"] = !condition_list.empty();
  data["voorwaarden"] = condition_list;
  Json unverified = Json::array();
  for (const auto& finding : findings) {
    if (finding.status == FindingStatus::not_verified && shown(finding)) {
      unverified.push_back({{"tekst", finding.statement}});
    }
  }
  data["heeft_niet_geverifieerd"] = !unverified.empty();
  data["niet_geverifieerd"] = unverified;

  Json missing = Json::array();
  int missing_number = 0;
  for (const auto& item : screening.missing) {
    if (redacted && mentions_any(item.question, withheld)) continue;
    missing.push_back({{"nummer", std::to_string(++missing_number)},
                       {"omschrijving", item.question},
                       {"is_document", item.kind == MissingItem::Kind::document},
                       {"pad", item.path}});
  }
  data["heeft_ontbrekend"] = !missing.empty();
  data["ontbrekend"] = missing;
  data["bestaande_beschikking"] = existing;
  data["termijn"] = {{"herstel_datum", dutch_date(options.today.plus_days(k_repair_days).iso())},
                     {"zienswijze_datum", dutch_date(options.today.plus_days(k_response_days).iso())},
                     {"lbb_weken", std::to_string(k_lbb_weeks)},
                     {"lbb_verlenging_weken", std::to_string(k_lbb_extension_weeks)}};
  data["voornemen"] = {
      {"handeling", existing ? "intrekking" : "weigering"},
      {"zin", existing ? (to_applicant ? "de aan u verleende " : "de aan " + applicant_name + " verleende ") +
                             title_lower + " in te trekken"
                       : your_application +
                             " voor een " + title_lower + " te weigeren"}};
  return data;
}

}  // namespace bibob::rendering
