#include "configuration/config_loader.hpp"

#include <algorithm>
#include <cstdlib>

#include "configuration/config_keys.hpp"
#include "util/embedded_files.hpp"
#include "util/errors.hpp"
#include "util/registry_address.hpp"
#include "util/text.hpp"
#include "yamlio/load.hpp"
#include "yamlio/reader.hpp"

namespace bibob::configuration {
namespace {

constexpr std::size_t k_max_config_bytes = 1024 * 1024;

// Keys that would hold a secret; the configuration names environment variables instead.
const std::vector<std::string> k_secret_keys = {"api_key", "apikey", "password", "secret", "token"};

bool pattern_has_prefix(std::string_view pattern, std::string_view prefix) {
  return pattern.size() > prefix.size() && pattern.starts_with(prefix) &&
         (pattern[prefix.size()] == '.' || pattern[prefix.size()] == '[');
}

// Walks one configuration document and reports every key the table does not know, every
// value of the wrong type, and every value its key's check refuses.
class ConfigWalker {
 public:
  explicit ConfigWalker(yamlio::ReadContext& context) : m_context(context) {}

  void walk(const YAML::Node& node, const std::string& pattern, const std::string& path) {
    if (const ConfigKey* key = find_key(pattern)) {
      check_leaf(*key, node, path);
      return;
    }
    if (node.IsMap()) {
      walk_map(node, pattern, path);
    } else if (node.IsSequence() && has_children(pattern + "[]")) {
      std::size_t index = 0;
      for (const auto& item : node) walk_item(item, pattern + "[]", yamlio::index_path(path, index++));
    } else if (!node.IsNull()) {
      m_context.invalid(node, path, "expected " + std::string(has_children(pattern + "[]") ? "a list" : "a mapping") +
                                        ", found " + yamlio::describe_node(node), "wrong_type");
    }
  }

 private:
  static const ConfigKey* find_key(const std::string& pattern) {
    for (const auto& key : config_keys()) {
      if (key.pattern == pattern) return &key;
    }
    return nullptr;
  }

  static bool has_children(const std::string& pattern) {
    return std::any_of(config_keys().begin(), config_keys().end(),
                       [&](const ConfigKey& key) { return pattern_has_prefix(key.pattern, pattern); });
  }

  static std::string join_pattern(const std::string& pattern, const std::string& key) {
    return pattern.empty() ? key : pattern + "." + key;
  }

  // The names allowed directly below a pattern, for "did you mean".
  static std::vector<std::string> names_below(const std::string& pattern) {
    std::vector<std::string> names;
    const std::string prefix = pattern.empty() ? "" : pattern + ".";
    for (const auto& key : config_keys()) {
      if (!key.pattern.starts_with(prefix)) continue;
      std::string rest = key.pattern.substr(prefix.size());
      rest = rest.substr(0, rest.find_first_of(".["));
      if (rest != "*" && std::find(names.begin(), names.end(), rest) == names.end()) names.push_back(rest);
    }
    return names;
  }

  void walk_item(const YAML::Node& item, const std::string& pattern, const std::string& path) {
    m_context.remember(path, item);
    if (item.IsMap()) {
      for (const auto& [list_pattern, required] : config_required_keys()) {
        if (list_pattern != pattern) continue;
        for (const auto& key : required) {
          if (!item[key].IsDefined() || item[key].IsNull()) {
            m_context.invalid(item, yamlio::child_path(path, key), "required but missing", "missing_key");
          }
        }
      }
    }
    walk(item, pattern, path);
  }

  void walk_map(const YAML::Node& node, const std::string& pattern, const std::string& path) {
    std::vector<std::string> seen;
    for (const auto& entry : node) {
      const std::string key = entry.first.Scalar();
      const std::string child = yamlio::child_path(path, key);
      m_context.remember(child, entry.second);
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
        m_context.invalid(entry.first, child, "key given more than once", "duplicate_key");
        continue;
      }
      seen.push_back(key);
      if (std::find(k_secret_keys.begin(), k_secret_keys.end(), key) != k_secret_keys.end()) {
        m_context.invalid(entry.first, child,
                          "secrets are never read from a configuration file; put the secret in an environment "
                          "variable and name that variable in api_key_env",
                          "secret_in_config");
        continue;
      }
      const std::string literal = join_pattern(pattern, key);
      const std::string wildcard = join_pattern(pattern, "*");
      if (find_key(literal) || has_children(literal)) {
        walk(entry.second, literal, child);
      } else if (find_key(wildcard) || has_children(wildcard)) {
        walk(entry.second, wildcard, child);
      } else if (const auto now = moved_key(literal)) {
        m_context.invalid(entry.first, child,
                          "is no longer read: the scan and the checks share one threshold, set as " + std::string(*now),
                          "moved_key");
      } else {
        m_context.invalid(entry.first, child, "unknown key" + text::did_you_mean(key, names_below(pattern)),
                          "unknown_key");
      }
    }
  }

  void check_leaf(const ConfigKey& key, const YAML::Node& node, const std::string& path) {
    if (node.IsNull() && key.type != ConfigValueType::any) {
      m_context.invalid(node, path, "has no value; expected " + describe(key.type), "wrong_type");
      return;
    }
    if (!has_type(key.type, node)) {
      m_context.invalid(node, path, "expected " + describe(key.type) + ", found " + yamlio::describe_node(node),
                        "wrong_type");
      return;
    }
    if (key.check) {
      if (auto why = key.check(node)) m_context.invalid(node, path, *why, "invalid_value");
    }
  }

  static bool has_type(ConfigValueType type, const YAML::Node& node) {
    switch (type) {
      case ConfigValueType::any: return true;
      case ConfigValueType::text: return node.IsScalar();
      case ConfigValueType::number: return yamlio::as_number(node).has_value();
      case ConfigValueType::integer: {
        const auto n = yamlio::as_number(node);
        return n && *n == static_cast<double>(static_cast<long long>(*n));
      }
      case ConfigValueType::boolean:
        return node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false");
      case ConfigValueType::text_list:
        return node.IsSequence() &&
               std::all_of(node.begin(), node.end(), [](const YAML::Node& item) { return item.IsScalar(); });
    }
    return false;
  }

  yamlio::ReadContext& m_context;
};

// Overlays one mapping onto another: mappings merge key by key; anything else replaces.
YAML::Node merge(const YAML::Node& base, const YAML::Node& overlay) {
  if (!base.IsMap() || !overlay.IsMap()) return YAML::Clone(overlay);
  YAML::Node result = YAML::Clone(base);
  for (const auto& entry : overlay) {
    const std::string key = entry.first.Scalar();
    result[key] = result[key].IsDefined() ? merge(result[key], entry.second) : YAML::Clone(entry.second);
  }
  return result;
}

std::optional<YAML::Node> read_layer(std::string_view text, const std::string& label,
                                     std::vector<Diagnostic>& diagnostics, const LayerValidator& extra) {
  auto root = yamlio::parse_mapping(text, label, diagnostics);
  if (!root) return std::nullopt;
  yamlio::ReadContext context(label);
  ConfigWalker(context).walk(*root, "", "");
  if (extra) extra(*root, context);
  diagnostics.insert(diagnostics.end(), context.diagnostics().begin(), context.diagnostics().end());
  return root;
}

// A child of a mapping, or a null node; yaml-cpp's own lookup of an absent key yields a node
// that throws on any further use.
YAML::Node at(const YAML::Node& node, const char* key) {
  if (node.IsMap()) {
    if (YAML::Node child = node[key]; child.IsDefined()) return child;
  }
  return YAML::Node(YAML::NodeType::Null);
}

template <typename T>
T scalar_or(const YAML::Node& node, T fallback) {
  return node.IsDefined() && !node.IsNull() ? node.as<T>() : fallback;
}

std::vector<std::string> text_list(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node.IsSequence()) {
    for (const auto& item : node) out.push_back(item.Scalar());
  }
  return out;
}

DecisionType build_decision_type(const std::string& name, const YAML::Node& node) {
  DecisionType type;
  type.name = name;
  type.title = scalar_or<std::string>(at(node, "title"), name);
  type.authority = scalar_or<std::string>(at(node, "authority"), "burgemeester");
  type.legal_basis = scalar_or<std::string>(at(node, "legal_basis"), "");
  type.checks = text_list(at(node, "checks"));
  for (const auto& item : at(node, "required_items")) {
    type.required_items.push_back({scalar_or<std::string>(at(item, "item"), ""),
                                   scalar_or<std::string>(at(item, "applies_to"), ""),
                                   scalar_or<std::string>(at(item, "question"), "")});
  }
  for (const auto& item : at(node, "required_documents")) {
    DocumentRequirement requirement{scalar_or<std::string>(at(item, "type"), ""),
                                    scalar_or<std::string>(at(item, "description"), ""), {}};
    for (const auto& condition : at(item, "when")) {
      requirement.when[condition.first.Scalar()] = text_list(condition.second);
    }
    type.required_documents.push_back(std::move(requirement));
  }
  return type;
}

Config build_config(const YAML::Node& merged, std::vector<std::string> sources, std::vector<Diagnostic>& diagnostics) {
  Config config;
  config.sources = std::move(sources);
  config.merged = merged;
  const YAML::Node municipality = at(merged, "municipality");
  const YAML::Node signer = at(municipality, "signer");
  config.municipality = {scalar_or<std::string>(at(municipality, "name"), ""),
                         scalar_or<std::string>(at(municipality, "department"), ""),
                         scalar_or<std::string>(at(municipality, "policy_rule"), ""),
                         scalar_or<std::string>(at(municipality, "postal_address"), ""),
                         scalar_or<std::string>(at(municipality, "phone"), ""),
                         scalar_or<std::string>(at(municipality, "email"), ""),
                         scalar_or<std::string>(at(signer, "name"), ""),
                         scalar_or<std::string>(at(signer, "function"), "")};
  for (const auto& entry : at(merged, "decision_types")) {
    const std::string name = entry.first.Scalar();
    config.decision_types[name] = build_decision_type(name, entry.second);
    if (config.decision_types[name].legal_basis.empty()) {
      diagnostics.push_back({DiagnosticLevel::invalid, {config.sources.back(), 0, 0}, "decision_types." + name + ".legal_basis",
                             "required but missing: every decision type cites its legal basis", "missing_key"});
    }
  }
  for (const auto& entry : at(merged, "registries")) {
    RegistrySettings registry;
    const YAML::Node& node = entry.second;
    registry.name = entry.first.Scalar();
    registry.base_url = scalar_or<std::string>(at(node, "base_url"), "");
    registry.api_key_env = scalar_or<std::string>(at(node, "api_key_env"), "");
    registry.username_env = scalar_or<std::string>(at(node, "username_env"), "");
    registry.enabled = scalar_or<bool>(at(node, "enabled"), true);
    registry.connect_timeout_ms = scalar_or<long>(at(node, "connect_timeout_ms"), registry.connect_timeout_ms);
    registry.timeout_ms = scalar_or<long>(at(node, "timeout_ms"), registry.timeout_ms);
    registry.rate_limit_per_second = scalar_or<double>(at(node, "rate_limit_per_second"), registry.rate_limit_per_second);
    registry.retries = scalar_or<int>(at(node, "retries"), registry.retries);
    registry.cache_ttl_hours = scalar_or<int>(at(node, "cache_ttl_hours"), registry.cache_ttl_hours);
    config.registries[registry.name] = registry;
  }
  for (const auto& entry : at(merged, "checks")) {
    CheckSettings check;
    check.name = entry.first.Scalar();
    check.enabled = scalar_or<bool>(at(entry.second, "enabled"), true);
    check.weight = scalar_or<double>(at(entry.second, "weight"), 1.0);
    check.params = at(entry.second, "params");
    config.checks[check.name] = check;
  }
  const YAML::Node retention = at(merged, "retention");
  config.retention.case_file_years = scalar_or<int>(at(retention, "case_file_years"), config.retention.case_file_years);
  config.retention.registry_cache_days =
      scalar_or<int>(at(retention, "registry_cache_days"), config.retention.registry_cache_days);
  config.retention.signals_years = scalar_or<int>(at(retention, "signals_years"), config.retention.signals_years);
  config.retention.audit_years = scalar_or<int>(at(retention, "audit_years"), config.retention.audit_years);
  const YAML::Node deadlines = at(merged, "deadlines");
  DeadlineSettings& terms = config.deadlines;
  terms.herstel_days = scalar_or<int>(at(deadlines, "herstel_days"), terms.herstel_days);
  terms.zienswijze_days = scalar_or<int>(at(deadlines, "zienswijze_days"), terms.zienswijze_days);
  terms.lbb_weeks = scalar_or<int>(at(deadlines, "lbb_weeks"), terms.lbb_weeks);
  terms.lbb_extension_weeks = scalar_or<int>(at(deadlines, "lbb_extension_weeks"), terms.lbb_extension_weeks);
  terms.skip_weekends = scalar_or<bool>(at(deadlines, "skip_weekends"), terms.skip_weekends);
  config.list_max_age_days = scalar_or<int>(at(at(merged, "lists"), "max_age_days"), config.list_max_age_days);
  config.lists_database = scalar_or<std::string>(at(at(merged, "lists"), "database"), "");
  const YAML::Node assessment = at(merged, "assessment");
  AssessmentConfig& weighing = config.assessment;
  weighing.mindere_mate = scalar_or<double>(at(at(assessment, "thresholds"), "mindere_mate"), weighing.mindere_mate);
  weighing.ernstig_gevaar = scalar_or<double>(at(at(assessment, "thresholds"), "ernstig_gevaar"), weighing.ernstig_gevaar);
  weighing.doubt_margin = scalar_or<double>(at(assessment, "doubt_margin"), weighing.doubt_margin);
  weighing.points_low = scalar_or<double>(at(at(assessment, "points"), "low"), weighing.points_low);
  weighing.points_medium = scalar_or<double>(at(at(assessment, "points"), "medium"), weighing.points_medium);
  weighing.points_high = scalar_or<double>(at(at(assessment, "points"), "high"), weighing.points_high);
  weighing.relation_depth = scalar_or<int>(at(assessment, "relation_depth"), weighing.relation_depth);
  weighing.parallel_lookups = scalar_or<int>(at(assessment, "parallel_lookups"), weighing.parallel_lookups);
  if (weighing.ernstig_gevaar <= weighing.mindere_mate) {
    diagnostics.push_back({DiagnosticLevel::invalid, {config.sources.back(), 0, 0}, "assessment.thresholds",
                           "the threshold for ernstig_gevaar must lie above the one for mindere_mate", "invalid_value"});
  }
  const YAML::Node matching = at(merged, "matching");
  config.matching.threshold = scalar_or<double>(at(matching, "threshold"), config.matching.threshold);
  config.matching.max_hits = scalar_or<int>(at(matching, "max_hits"), config.matching.max_hits);
  config.database = scalar_or<std::string>(at(at(merged, "store"), "database"), "");
  config.busy_timeout_seconds = scalar_or<int>(at(at(merged, "store"), "busy_timeout_seconds"), config.busy_timeout_seconds);
  config.template_dir = scalar_or<std::string>(at(at(merged, "templates"), "directory"), "");
  config.reference_docx = scalar_or<std::string>(at(at(merged, "templates"), "reference_docx"), "");
  config.signal_categories = text_list(at(at(merged, "signals"), "categories"));
  return config;
}

// The environment layer: only what deployment needs to point elsewhere, never secrets.
void apply_environment(Config& config) {
  for (auto& [name, registry] : config.registries) {
    std::string variable = "BIBOB_" + name + "_BASE_URL";
    std::transform(variable.begin(), variable.end(), variable.begin(),
                   [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); });
    if (const char* url = std::getenv(variable.c_str()); url != nullptr && *url != '\0') {
      if (auto problem = registry_address::problem(url)) {
        throw InputError(variable + ": " + text::quoted(url) + " " + *problem);
      }
      registry.base_url = url;
    }
  }
  if (const char* database = std::getenv("BIBOB_DB"); database != nullptr && *database != '\0') {
    config.database = database;
  }
}

}  // namespace

ConfigLoad load_config_text(const std::optional<std::string>& text, const std::string& label,
                            const LayerValidator& extra) {
  ConfigLoad load;
  const std::string_view defaults = embedded::file("config/bibob.yaml");
  auto merged = read_layer(defaults, k_builtin_config_label, load.diagnostics, extra);
  std::vector<std::string> sources = {k_builtin_config_label};
  if (text) {
    auto overlay = read_layer(*text, label, load.diagnostics, extra);
    if (overlay && merged) merged = merge(*merged, *overlay);
    sources.push_back(label);
  }
  if (has_invalid(load.diagnostics) || !merged) return load;
  Config config = build_config(*merged, sources, load.diagnostics);
  if (has_invalid(load.diagnostics)) return load;
  apply_environment(config);
  load.config = std::move(config);
  return load;
}

ConfigLoad load_config(const std::optional<std::string>& file, const LayerValidator& extra) {
  if (!file) return load_config_text(std::nullopt, "", extra);
  return load_config_text(yamlio::read_text_file(*file, k_max_config_bytes, "configuration file"), *file, extra);
}

Config require_config(const std::optional<std::string>& file, const LayerValidator& extra) {
  ConfigLoad load = load_config(file, extra);
  if (load.config) return std::move(*load.config);
  std::vector<std::string> lines;
  for (const auto& d : load.diagnostics) lines.push_back(format_diagnostic(d));
  throw InputError("invalid configuration:\n  " + text::join(lines, "\n  "));
}

}  // namespace bibob::configuration
