#include "checks/check_config.hpp"

#include "checks/check_registry.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {

bool has_type(const YAML::Node& node, screening::ParameterType type) {
  switch (type) {
    case screening::ParameterType::integer:
    case screening::ParameterType::number:
      if (auto value = yamlio::as_number(node)) {
        return type == screening::ParameterType::number || *value == static_cast<double>(static_cast<long>(*value));
      }
      return false;
    case screening::ParameterType::text: return node.IsScalar();
    case screening::ParameterType::boolean: return node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false");
    case screening::ParameterType::text_list:
      if (!node.IsSequence()) return false;
      for (const auto& item : node) {
        if (!item.IsScalar()) return false;
      }
      return true;
    case screening::ParameterType::text_list_map:
      if (!node.IsMap()) return false;
      for (const auto& entry : node) {
        if (!has_type(entry.second, screening::ParameterType::text_list)) return false;
      }
      return true;
  }
  return false;
}

void check_name(const YAML::Node& key, const std::string& path, yamlio::ReadContext& context) {
  const std::string name = key.Scalar();
  if (find_check(name) == nullptr) {
    context.invalid(key, path, "unknown check " + text::quoted(name) + text::did_you_mean(name, check_names()),
                    "unknown_check");
  }
}

}  // namespace

void validate_check_config(const YAML::Node& root, yamlio::ReadContext& context) {
  const YAML::Node checks = root["checks"];
  if (checks.IsDefined() && checks.IsMap()) {
    for (const auto& entry : checks) {
      const std::string name = entry.first.Scalar();
      const std::string path = "checks." + name;
      const screening::Check* check = find_check(name);
      if (check == nullptr) {
        check_name(entry.first, path, context);
        continue;
      }
      const YAML::Node params = entry.second.IsMap() ? entry.second["params"] : YAML::Node();
      if (!params.IsDefined() || params.IsNull()) continue;
      if (!params.IsMap()) {
        context.invalid(params, path + ".params", "expected a mapping of parameters", "wrong_type");
        continue;
      }
      const auto& declared = check->declaration().parameters;
      std::vector<std::string> names;
      for (const auto& parameter : declared) names.push_back(parameter.name);
      for (const auto& parameter : params) {
        const std::string key = parameter.first.Scalar();
        const std::string parameter_path = path + ".params." + key;
        auto it = std::find_if(declared.begin(), declared.end(), [&](const auto& p) { return p.name == key; });
        if (it == declared.end()) {
          context.invalid(parameter.first, parameter_path,
                          "check " + name + " has no parameter " + text::quoted(key) + text::did_you_mean(key, names),
                          "unknown_parameter");
        } else if (!has_type(parameter.second, it->type)) {
          context.invalid(parameter.second, parameter_path,
                          "expected " + std::string(screening::to_string(it->type)) + ", found " +
                              yamlio::describe_node(parameter.second),
                          "wrong_type");
        }
      }
    }
  }
  const YAML::Node types = root["decision_types"];
  if (types.IsDefined() && types.IsMap()) {
    for (const auto& type : types) {
      const YAML::Node listed = type.second.IsMap() ? type.second["checks"] : YAML::Node();
      if (!listed.IsDefined() || !listed.IsSequence()) continue;
      std::size_t index = 0;
      for (const auto& item : listed) {
        check_name(item, "decision_types." + type.first.Scalar() + ".checks[" + std::to_string(index++) + "]", context);
      }
    }
  }
}

}  // namespace bibob::checks
