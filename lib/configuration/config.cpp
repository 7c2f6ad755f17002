#include "configuration/config.hpp"

#include "model/vocabulary.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::configuration {

const DecisionType* Config::decision_type(const std::string& name) const {
  auto it = decision_types.find(name);
  return it == decision_types.end() ? nullptr : &it->second;
}

const DecisionType& Config::require_decision_type(const std::string& name) const {
  if (const DecisionType* type = decision_type(name)) return *type;
  throw UsageError("unknown decision type \"" + name + "\"" + text::did_you_mean(name, decision_type_names()) +
                   "; 'bibob config show' lists them");
}

std::vector<std::string> Config::decision_type_names() const {
  std::vector<std::string> names;
  for (const auto& [name, type] : decision_types) names.push_back(name);
  return names;
}

const std::map<std::string, std::vector<std::string>>& document_conditions() {
  static const std::map<std::string, std::vector<std::string>> conditions = {
      {"applicant_kind", vocabulary::k_party_kinds},
      {"applicant_legal_form", vocabulary::k_legal_forms},
      {"financing_kind", vocabulary::k_financing_kinds},
      {"use_title", vocabulary::k_use_titles},
      {"trajectory", vocabulary::k_trajectories},
  };
  return conditions;
}

}  // namespace bibob::configuration
