#include "screening/check.hpp"

#include <stdexcept>

namespace bibob::screening {

std::string_view to_string(ParameterType type) {
  switch (type) {
    case ParameterType::integer: return "integer";
    case ParameterType::number: return "number";
    case ParameterType::text: return "text";
    case ParameterType::text_list: return "list of text";
    case ParameterType::text_list_map: return "mapping of lists";
    case ParameterType::boolean: return "true or false";
  }
  return "text";
}

CheckParams::CheckParams(const CheckDeclaration& declaration, const YAML::Node& configured)
    : m_declaration(declaration), m_configured(configured) {}

CheckParams configured_params(const CheckDeclaration& declaration, const configuration::Config& config) {
  const auto configured = config.checks.find(declaration.name);
  return CheckParams(declaration, configured != config.checks.end() ? configured->second.params : YAML::Node());
}

YAML::Node CheckParams::value(const std::string& name) const {
  if (m_configured.IsMap()) {
    if (YAML::Node configured = m_configured[name]; configured.IsDefined() && !configured.IsNull()) return configured;
  }
  for (const auto& parameter : m_declaration.parameters) {
    if (parameter.name == name) return YAML::Load(parameter.default_yaml);
  }
  // A check asking for a parameter it did not declare is a programming error.
  throw std::logic_error("check " + m_declaration.name + " has no parameter " + name);
}

long CheckParams::integer(const std::string& name) const { return value(name).as<long>(); }

double CheckParams::number(const std::string& name) const { return value(name).as<double>(); }

std::string CheckParams::text(const std::string& name) const { return value(name).as<std::string>(); }

bool CheckParams::boolean(const std::string& name) const { return value(name).as<bool>(); }

std::vector<std::string> CheckParams::texts(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& item : value(name)) out.push_back(item.as<std::string>());
  return out;
}

std::map<std::string, std::vector<std::string>> CheckParams::text_lists(const std::string& name) const {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& entry : value(name)) {
    auto& list = out[entry.first.as<std::string>()];
    for (const auto& item : entry.second) list.push_back(item.as<std::string>());
  }
  return out;
}

}  // namespace bibob::screening
