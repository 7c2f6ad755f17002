#include "configuration/config_keys.hpp"

#include <algorithm>
#include <map>

#include "model/scan_indicator.hpp"
#include "model/vocabulary.hpp"
#include "configuration/config.hpp"
#include "util/registry_address.hpp"
#include "util/text.hpp"
#include "yamlio/reader.hpp"

namespace bibob::configuration {
namespace {

using Check = std::function<std::optional<std::string>(const YAML::Node&)>;

Check positive() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    if (auto n = yamlio::as_number(node); n && *n <= 0) return "must be greater than zero";
    return std::nullopt;
  };
}

Check not_negative() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    if (auto n = yamlio::as_number(node); n && *n < 0) return "must not be negative";
    return std::nullopt;
  };
}

Check one_of(std::vector<std::string> allowed) {
  return [allowed](const YAML::Node& node) -> std::optional<std::string> {
    if (std::find(allowed.begin(), allowed.end(), node.Scalar()) != allowed.end()) return std::nullopt;
    return text::quoted(node.Scalar()) + " is not one of " + text::join(allowed, ", ") +
           text::did_you_mean(node.Scalar(), allowed);
  };
}

// Every element of a list is one of the allowed values.
Check each_one_of(std::vector<std::string> allowed) {
  return [allowed](const YAML::Node& node) -> std::optional<std::string> {
    for (const auto& item : node) {
      if (std::find(allowed.begin(), allowed.end(), item.Scalar()) == allowed.end()) {
        return text::quoted(item.Scalar()) + " is not one of " + text::join(allowed, ", ") +
               text::did_you_mean(item.Scalar(), allowed);
      }
    }
    return std::nullopt;
  };
}

Check fraction() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    if (auto n = yamlio::as_number(node); n && (*n <= 0 || *n > 1)) return "must be greater than 0 and at most 1";
    return std::nullopt;
  };
}

Check url() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    const std::string& value = node.Scalar();
    if (auto problem = registry_address::problem(value)) return text::quoted(value) + " " + *problem;
    return std::nullopt;
  };
}

Check environment_variable_name() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    const std::string& value = node.Scalar();
    const bool ok = !value.empty() && !(value[0] >= '0' && value[0] <= '9') &&
                    std::all_of(value.begin(), value.end(), [](char c) {
                      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                    });
    if (ok) return std::nullopt;
    return text::quoted(value) +
           " is not the name of an environment variable (capitals, digits, _); the secret itself never goes here";
  };
}

// "applicant.kvk", "signer.bsn", "role:director.bsn", "case.received_on", "premises.address".
Check item_selector() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    const std::string& value = node.Scalar();
    const auto dot = value.find('.');
    if (dot == std::string::npos || dot + 1 == value.size()) {
      return text::quoted(value) + " is not a key path such as applicant.kvk or role:director.bsn";
    }
    const std::string scope = value.substr(0, dot);
    if (scope.starts_with("role:")) {
      const std::string role = scope.substr(5);
      if (std::find(vocabulary::k_relation_types.begin(), vocabulary::k_relation_types.end(), role) ==
          vocabulary::k_relation_types.end()) {
        return text::quoted(role) + " is not a relation type" + text::did_you_mean(role, vocabulary::k_relation_types);
      }
      return std::nullopt;
    }
    const std::vector<std::string> scopes = {"applicant", "signer", "case", "premises", "financing"};
    if (std::find(scopes.begin(), scopes.end(), scope) == scopes.end()) {
      return text::quoted(scope) + " is not one of applicant, signer, role:TYPE, case, premises, financing" +
             text::did_you_mean(scope, scopes);
    }
    return std::nullopt;
  };
}

// SBI codes or their first digits: two to five digits each.
Check sbi_prefixes() {
  return [](const YAML::Node& node) -> std::optional<std::string> {
    for (const auto& item : node) {
      const std::string& value = item.Scalar();
      if (value.size() < 2 || value.size() > 5 ||
          !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return text::quoted(value) + " is not an SBI code or its first digits (2 to 5 digits)";
      }
    }
    return std::nullopt;
  };
}

std::vector<ConfigKey> build_keys() {
  using T = ConfigValueType;
  std::vector<ConfigKey> keys = {
      {"schema", T::text, "the configuration format, bibob-config/1", one_of({k_config_schema})},
      {"municipality.name", T::text, "name of the municipality, as on its letters", {}},
      {"municipality.department", T::text, "the department that does Bibob screening", {}},
      {"municipality.policy_rule", T::text, "the municipality's Bibob policy rule, cited in reports", {}},
      {"municipality.postal_address", T::text, "the return address on letters (Postbus 2000, 1500 GA Zaandam)", {}},
      {"municipality.phone", T::text, "the telephone number in a letter's reference block", {}},
      {"municipality.email", T::text, "the e-mail address in a letter's reference block", {}},
      {"municipality.signer.name",
       T::text,
       "who signs letters on the authority's behalf (advise --signer overrides)",
       {}},
      {"municipality.signer.function", T::text, "the signer's function under the signature", {}},
      {"decision_types.*.title", T::text, "the decision type's name in letters", {}},
      {"decision_types.*.authority", T::text, "the competent authority", one_of(vocabulary::k_authorities)},
      {"decision_types.*.legal_basis", T::text, "the legal basis cited in letters", {}},
      {"decision_types.*.checks", T::text_list, "the checks that apply (empty: all enabled checks)", {}},
      {"decision_types.*.required_items[].item", T::text, "key path of a required answer", item_selector()},
      {"decision_types.*.required_items[].applies_to", T::text, "person or organisation",
       one_of(vocabulary::k_party_kinds)},
      {"decision_types.*.required_items[].question", T::text, "the question as a letter asks it", {}},
      {"decision_types.*.required_documents[].type", T::text, "document type as in the case file", {}},
      {"decision_types.*.required_documents[].description", T::text, "the document as a letter names it", {}},
      {"registries.*.base_url", T::text, "the registry's base address", url()},
      {"registries.*.api_key_env", T::text, "environment variable holding the API key", environment_variable_name()},
      {"registries.*.username_env", T::text, "environment variable holding a user name", environment_variable_name()},
      {"registries.*.enabled", T::boolean, "whether the registry is consulted", {}},
      {"registries.*.connect_timeout_ms", T::integer, "time to connect, in milliseconds", positive()},
      {"registries.*.timeout_ms", T::integer, "time for a whole request, in milliseconds", positive()},
      {"registries.*.rate_limit_per_second", T::number, "requests per second at most", positive()},
      {"registries.*.retries", T::integer, "retries after a timeout, 429 or 5xx", not_negative()},
      {"registries.*.cache_ttl_hours", T::integer, "how long a cached response is reused", not_negative()},
      {"checks.*.enabled", T::boolean, "whether the check runs", {}},
      {"checks.*.weight", T::number, "the check's weight in the assessment", not_negative()},
      {"checks.*.params", T::any, "the check's parameters", {}},
      {"lists.max_age_days", T::integer, "a sanctions list older than this is reported as stale", positive()},
      {"lists.database", T::text, "path of the sanctions list store (else BIBOB_LISTS_DB, else the default)", {}},
      {"matching.threshold", T::number, "a name pair scoring at least this (0 to 1) is a match", fraction()},
      {"matching.max_hits", T::integer, "hits shown per screened name", positive()},
      {"assessment.thresholds.mindere_mate", T::number, "weighted points from which a lesser degree is proposed",
       positive()},
      {"assessment.thresholds.ernstig_gevaar", T::number, "weighted points from which a serious degree is proposed",
       positive()},
      {"assessment.doubt_margin", T::number, "this close below the serious threshold, LBB advice is proposed",
       not_negative()},
      {"assessment.points.low", T::number, "points of a finding of low severity", not_negative()},
      {"assessment.points.medium", T::number, "points of a finding of medium severity", not_negative()},
      {"assessment.points.high", T::number, "points of a finding of high severity", not_negative()},
      {"assessment.relation_depth", T::integer, "relations followed from the applicant (chains of organisations)",
       positive()},
      {"assessment.parallel_lookups", T::integer, "registry requests of one case under way at once", positive()},
      {"retention.case_file_years", T::integer, "years a Bibob file is kept after the decision", positive()},
      {"retention.registry_cache_days", T::integer, "days a registry response is kept", positive()},
      {"retention.signals_years", T::integer, "years a soft signal is kept", positive()},
      {"retention.audit_years", T::integer, "years an audit record is kept", positive()},
      {"store.database", T::text, "path of the case register database (else BIBOB_DB, else the default)", {}},
      {"store.busy_timeout_seconds", T::integer, "how long to wait for another bibob writing the register", positive()},
      {"deadlines.herstel_days", T::integer, "days of the repair period a request for missing information gives",
       positive()},
      {"deadlines.zienswijze_days", T::integer, "days the applicant has to respond to an intention to refuse",
       positive()},
      {"deadlines.lbb_weeks", T::integer, "weeks the LBB has for an advice", positive()},
      {"deadlines.lbb_extension_weeks", T::integer, "weeks the LBB's term may be extended by, at most", not_negative()},
      {"deadlines.skip_weekends", T::boolean, "a term ending on a Saturday or Sunday ends on the Monday after", {}},
      {"templates.directory", T::text, "folder whose templates override the bundled ones", {}},
      {"signals.categories", T::text_list, "the taxonomy of signals: the categories a signal may have", {}},
      {"templates.reference_docx", T::text, "a .docx whose styles DOCX documents take (pandoc --reference-doc)", {}},
      {"scan.risk_sectors", T::text_list,
       "area scan: SBI code prefixes of the risk sectors (56 horeca, 9602 barbers and nail studios, ...)",
       sbi_prefixes()},
      {"scan.signals_min", T::integer,
       "area scan: signals about one establishment, its address or officers that make a cluster", positive()},
      {"scan.top", T::integer, "area scan: establishments shown in the ranking (--top)", positive()},
  };
  for (const std::string_view indicator : k_indicator_names) {
    keys.push_back({"scan.weights." + std::string(indicator), T::number,
                    "area scan: points the indicator " + std::string(indicator) + " adds to an establishment's score",
                    not_negative()});
  }
  for (const auto& [name, values] : document_conditions()) {
    keys.push_back({"decision_types.*.required_documents[].when." + name, T::text_list,
                    "the document is required when " + name + " is one of these", each_one_of(values)});
  }
  return keys;
}

}  // namespace

const std::vector<ConfigKey>& config_keys() {
  static const std::vector<ConfigKey> keys = build_keys();
  return keys;
}

const std::vector<std::pair<std::string, std::vector<std::string>>>& config_required_keys() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> required = {
      {"decision_types.*.required_items[]", {"item", "question"}},
      {"decision_types.*.required_documents[]", {"type", "description"}},
  };
  return required;
}

std::string describe(ConfigValueType type) {
  switch (type) {
    case ConfigValueType::text: return "text";
    case ConfigValueType::integer: return "a whole number";
    case ConfigValueType::number: return "a number";
    case ConfigValueType::boolean: return "true or false";
    case ConfigValueType::text_list: return "a list of text";
    case ConfigValueType::any: return "anything";
  }
  return "text";
}

std::optional<std::string_view> moved_key(std::string_view key) {
  // The scan draws the checks' lines since the two share one set of thresholds.
  static const std::map<std::string_view, std::string_view> moved = {
      {"scan.young_company_months", "checks.young_company.params.months"},
      {"scan.address_cluster_min", "checks.address_cluster.params.min_registrations"},
      {"scan.officer_min_establishments", "checks.concentration.params.min_businesses"},
      {"scan.officer_change_months", "checks.officers.params.change_window_months"},
      {"scan.signal_window_months", "checks.signals.params.window_months"},
      {"scan.insolvency_window_years", "checks.insolvencies.params.window_years"},
      {"scan.refusal_kinds", "checks.earlier_decisions.params.counted_decisions"},
  };
  const auto found = moved.find(key);
  if (found == moved.end()) return std::nullopt;
  return found->second;
}

}  // namespace bibob::configuration
