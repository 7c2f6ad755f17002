#include "casefile/skeleton.hpp"

#include <map>
#include <set>
#include <vector>

#include "model/dutch_labels.hpp"
#include "model/vocabulary.hpp"
#include "util/text.hpp"

namespace bibob::casefile {
namespace {

// What the questionnaire asks about one key, keyed by the key's path below its scope.
using Questions = std::map<std::string, std::string>;

struct Scopes {
  Questions applicant;
  Questions signer;
  std::map<std::string, Questions> roles;  // relation type -> questions about each party in it
  Questions case_keys;                     // below case.
  Questions financing;
  Questions premises;
};

bool applies_to(const configuration::RequiredItem& item, bool person) {
  return item.applies_to.empty() || (item.applies_to == "person") == person;
}

Scopes scopes_of(const configuration::DecisionType& type, bool applicant_is_person) {
  Scopes scopes;
  for (const auto& item : type.required_items) {
    const std::size_t dot = item.item.find('.');
    if (dot == std::string::npos) continue;
    const std::string scope = item.item.substr(0, dot);
    const std::string key = item.item.substr(dot + 1);
    if (scope == "applicant") {
      if (applies_to(item, applicant_is_person)) scopes.applicant[key] = item.question;
    } else if (scope == "signer") {
      if (applies_to(item, true)) scopes.signer[key] = item.question;
    } else if (scope.starts_with("role:")) {
      if (applies_to(item, true)) scopes.roles[scope.substr(5)][key] = item.question;
    } else if (scope == "case") {
      scopes.case_keys[key] = item.question;
    } else if (scope == "financing") {
      scopes.financing[key] = item.question;
    } else if (scope == "premises") {
      scopes.premises[key] = item.question;
    }
  }
  return scopes;
}

std::string one_of(const std::vector<std::string>& values) { return text::join(values, ", "); }

// The line of one key, empty, with what to write and the question beside it.
std::string key_line(const std::string& indent, const std::string& key, const std::string& question) {
  std::string hint;
  if (key == "address") {
    hint = " {street, number, suffix, postcode: 1506 CH, city, country: NL}";
  } else if (key == "legal_form") {
    hint = " één van " + one_of(vocabulary::k_legal_forms);
  } else if (key == "use_title") {
    hint = " één van " + one_of(vocabulary::k_use_titles);
  } else if (key.ends_with("_on") || key == "birth_date" || key == "founded_on") {
    hint = " JJJJ-MM-DD";
  } else if (key == "declaration_truthful") {
    hint = " true of false";
  } else if (key == "bsn") {
    hint = " 9 cijfers, tussen aanhalingstekens";
  } else if (key == "kvk") {
    hint = " 8 cijfers, tussen aanhalingstekens";
  } else if (key.ends_with("_eur") || key.ends_with("_m2")) {
    hint = " een getal";
  }
  return indent + key + ":" + std::string(key.size() < 22 ? 22 - key.size() : 1, ' ') + "# " + question +
         (hint.empty() ? "" : ";" + hint) + "\n";
}

void write_keys(std::string& out, const std::string& indent, const Questions& questions,
                const std::set<std::string>& written) {
  for (const auto& [key, question] : questions) {
    if (written.count(key) == 0) out += key_line(indent, key, question);
  }
}

// One party of the skeleton, with its name and then the keys asked about it.
void write_party(std::string& out, const std::string& id, bool person, const std::string& role,
                 const Questions& asked) {
  out += "  - id: " + id + "\n";
  out += std::string("    kind: ") + (person ? "person" : "organisation") + "\n";
  if (person) {
    out += "    name: {given: , prefix: , family: }   # Naam van " + role + ": voornamen, tussenvoegsel, achternaam\n";
  } else {
    out += key_line("    ", "name", "Naam van " + role + ", zoals in het Handelsregister");
  }
  write_keys(out, "    ", asked, {"name"});
}

std::string condition_words(const configuration::DocumentRequirement& requirement) {
  std::vector<std::string> parts;
  for (const auto& [name, values] : requirement.when) {
    const std::string list = one_of(values);
    if (name == "applicant_kind")
      parts.push_back(list == "person" ? "als een persoon aanvraagt" : "als een organisatie aanvraagt");
    if (name == "applicant_legal_form") parts.push_back("bij rechtsvorm " + list);
    if (name == "use_title") parts.push_back("bij gebruikstitel " + list);
    if (name == "trajectory") parts.push_back("bij traject " + list);
    if (name == "financing_kind") {
      std::vector<std::string> kinds;
      for (const auto& kind : values) kinds.push_back(financing_kind_label(kind));
      parts.push_back("bij financiering met " + text::join(kinds, " of ") + ", in de evidence van die post");
    }
  }
  return parts.empty() ? "" : " (" + text::join(parts, "; ") + ")";
}

}  // namespace

std::string case_skeleton(const configuration::Config& config, const SkeletonOptions& options) {
  const configuration::DecisionType* type = &config.require_decision_type(options.decision_type);
  const Scopes scopes = scopes_of(*type, options.applicant_is_person);
  const std::string applicant_id = options.applicant_is_person ? "p-aanvrager" : "org-aanvrager";

  std::string out;
  out += "# Bibob-zaak: " + text::uncapitalised(type->title) + " (" + config.municipality.name + ").\n";
  out += "# Vul elke lege sleutel in met het antwoord op de vraag erachter. `bibob validate` noemt wat\n";
  out += "# nog leeg is als ontbrekend antwoord of document; `bibob help case-file` beschrijft elke sleutel.\n";
  out += "schema: bibob-case/1\n";
  out += "case:\n";
  out += "  id: " + (options.case_id.empty() ? std::string("BIB-NIEUW") : options.case_id) +
         (options.case_id.empty() ? "               # het zaaknummer van de gemeente, bijv. BIB-2026-0042\n" : "\n");
  out += "  authority: " + type->authority + "\n";
  out += "  municipality: " + config.municipality.name + "\n";
  out += "  decision_type: " + type->name + "\n";
  out +=
      "  trajectory: aanvraag          # of intrekking (een bestaande beschikking), subsidie, vastgoed, aanbesteding\n";
  out += "  received_on: " + options.received_on.iso() + "      # de dag waarop de aanvraag binnenkwam\n";
  for (const auto& [key, question] : scopes.case_keys) {
    if (!key.starts_with("questionnaire.")) out += key_line("  ", key, question);
  }
  out += "  questionnaire:\n";
  out += "    signed_by: p-ondertekenaar\n";
  Questions form = {{"signed_on", "Datum van ondertekening van het Bibob-formulier"},
                    {"declaration_truthful", "Verklaring dat het formulier naar waarheid is ingevuld"}};
  for (const auto& [key, question] : scopes.case_keys) {
    if (key.starts_with("questionnaire.")) form[key.substr(14)] = question;
  }
  write_keys(out, "    ", form, {});
  out += "\napplicant: " + applicant_id + "\n\nparties:\n";
  Questions applicant = scopes.applicant;
  applicant.emplace("address", "Adres van de aanvrager");
  write_party(out, applicant_id, options.applicant_is_person, "de aanvrager", applicant);
  std::vector<std::pair<std::string, std::string>> relations;  // party id, relation type
  for (const auto& [role, asked] : scopes.roles) {
    if (options.applicant_is_person && role == "director") continue;
    const std::string label = relation_label(role);
    const std::string id = "p-" + label.substr(0, label.find(' '));
    write_party(out, id, true, "de " + label, asked);
    relations.emplace_back(id, role);
  }
  if (!options.applicant_is_person && scopes.roles.count("director") == 0) {
    write_party(out, "p-bestuurder", true, "de bestuurder", {});
    relations.emplace_back("p-bestuurder", "director");
  }
  write_party(out, "p-ondertekenaar", true, "degene die het formulier ondertekent", scopes.signer);
  relations.emplace_back("p-ondertekenaar", "representative");
  out += "  # Meer betrokkenen (aandeelhouders, financiers, verhuurder): dezelfde sleutels; zie docs/case-file.md.\n";
  out += "\nrelations:\n";
  for (const auto& [id, role] : relations) {
    out += "  - {from: " + id + ", to: " + applicant_id + ", type: " + role +
           (role == "shareholder" ? ", share_pct: " : "") + ", since: }   # " + relation_label(role) +
           " sinds (JJJJ-MM-DD)" + (role == "shareholder" ? "; share_pct: het aandeel in procenten" : "") + "\n";
  }
  out += "\nfinancing:\n";
  write_keys(out, "  ", scopes.financing, {});
  out += "  items: []   # elke post: {kind: " + one_of(vocabulary::k_financing_kinds) +
         ", amount_eur, provider, origin, paid_via: bank of cash}\n";
  if (!scopes.premises.empty()) {
    out += "\npremises:\n";
    write_keys(out, "  ", scopes.premises, {});
  }
  out += "\n# De ontvangen documenten. Vervang [] door een regel per document dat is binnengekomen, zoals\n";
  out += "# hieronder (zonder #, met de datum van ontvangst); wat nodig is en ontbreekt, noemt `bibob validate`.\n";
  out += "documents: []\n";
  for (const auto& requirement : type->required_documents) {
    out += "#  - {id: doc-" + requirement.type + ", type: " + requirement.type + ", received_on: JJJJ-MM-DD}   # " +
           requirement.description + condition_words(requirement) + "\n";
  }
  return out;
}

}  // namespace bibob::casefile
