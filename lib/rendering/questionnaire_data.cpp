#include "rendering/questionnaire_data.hpp"

#include "model/dutch_labels.hpp"
#include "util/text.hpp"

namespace bibob::rendering {
namespace {

using Json = nlohmann::json;

// "als een organisatie aanvraagt", "bij huur of onderhuur": when a document is needed.
std::string when_needed(const configuration::DocumentRequirement& requirement) {
  std::vector<std::string> parts;
  for (const auto& [name, values] : requirement.when) {
    if (name == "applicant_kind") {
      parts.push_back(values.size() == 1 && values[0] == "person" ? "als u als persoon aanvraagt"
                                                                   : "als u als onderneming of organisatie aanvraagt");
    } else if (name == "applicant_legal_form") {
      parts.push_back("bij een rechtsvorm " + text::join(values, ", "));
    } else if (name == "use_title") {
      parts.push_back("bij " + text::join(values, " of "));
    } else if (name == "financing_kind") {
      std::vector<std::string> kinds;
      for (const auto& kind : values) kinds.push_back(financing_kind_label(kind));
      parts.push_back("bij financiering met " + text::join(kinds, " of "));
    } else if (name == "trajectory") {
      parts.push_back("bij " + text::join(values, " of "));
    }
  }
  return text::join(parts, "; ");
}

}  // namespace

Json questionnaire_data(const configuration::Config& config, const std::string& decision_type, const Date& today) {
  const configuration::DecisionType* type = &config.require_decision_type(decision_type);
  Json questions = Json::array();
  int number = 0;
  for (const auto& item : type->required_items) {
    // Who applies decides which questions about the applicant apply; the others are always asked.
    const bool about_applicant = item.item.starts_with("applicant.");
    const std::string who = !about_applicant                    ? ""
                            : item.applies_to == "person"       ? "als u als persoon aanvraagt"
                            : item.applies_to == "organisation" ? "als u als onderneming of organisatie aanvraagt"
                                                                : "";
    questions.push_back({{"nummer", std::to_string(++number)}, {"vraag", item.question}, {"wanneer", who}});
  }
  Json documents = Json::array();
  for (const auto& requirement : type->required_documents) {
    documents.push_back({{"nummer", std::to_string(++number)},
                         {"omschrijving", requirement.description},
                         {"wanneer", when_needed(requirement)}});
  }
  const std::string title_lower = text::uncapitalised(type->title);
  return {{"rubricering", "Vertrouwelijk, art. 28 Wet Bibob"},
          {"datum", today.dutch()},
          {"gemeente",
           {{"naam", "Gemeente " + config.municipality.name},
            {"plaats", config.municipality.name},
            {"afdeling", config.municipality.department},
            {"beleidsregel", config.municipality.policy_rule},
            {"postadres", config.municipality.postal_address}}},
          {"formulier",
           {{"beschikking", type->title},
            {"beschikking_klein", title_lower},
            {"grondslag", type->legal_basis},
            {"telefoon", config.municipality.phone},
            {"email", config.municipality.email},
            {"vragen", questions},
            {"documenten", documents}}}};
}

}  // namespace bibob::rendering
