#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace bibob::configuration {

inline constexpr const char* k_config_schema = "bibob-config/1";

// A questionnaire answer a decision type requires, named by a key path (see README "Completeness").
struct RequiredItem {
  std::string item;        // "applicant.kvk", "signer.bsn", "role:director.bsn", "premises.address"
  std::string applies_to;  // person | organisation | empty for both
  std::string question;    // the question as the request for missing information asks it
};

// A document a decision type requires, when all its conditions hold.
struct DocumentRequirement {
  std::string type;
  std::string description;
  // condition name -> accepted values; see k_document_conditions
  std::map<std::string, std::vector<std::string>> when;
};

struct DecisionType {
  std::string name;
  std::string title;
  std::string authority;
  std::string legal_basis;
  std::vector<std::string> checks;  // empty: every enabled check that applies
  std::vector<RequiredItem> required_items;
  std::vector<DocumentRequirement> required_documents;
};

struct RegistrySettings {
  std::string name;
  std::string base_url;
  std::string api_key_env;   // the environment variable holding the key; never the key
  std::string username_env;  // for registries with a user name as well (CIR)
  bool enabled = true;
  long connect_timeout_ms = 3000;
  long timeout_ms = 10000;
  double rate_limit_per_second = 10;
  int retries = 3;
  int cache_ttl_hours = 24;
};

struct CheckSettings {
  std::string name;
  bool enabled = true;
  double weight = 1;
  YAML::Node params;
};

struct RetentionSettings {
  int case_file_years = 5;
  int registry_cache_days = 30;
  int signals_years = 2;
  int audit_years = 7;
};

// Legal terms of the Bibob procedure, in calendar days unless skip_weekends moves a term
// that ends on a Saturday or Sunday to the Monday after (Algemene termijnenwet).
struct DeadlineSettings {
  int herstel_days = 14;        // repair period of a request for missing information (Awb 4:5)
  int zienswijze_days = 14;     // term to respond to an intention to refuse
  int lbb_weeks = 8;            // the LBB's term for an advice (art. 15 Wet Bibob)
  int lbb_extension_weeks = 4;  // at most this much longer
  bool skip_weekends = false;
};

// Name screening against sanctions and terrorism lists.
struct MatchingSettings {
  double threshold = 0.85;  // a name pair scoring at least this is a match
  int max_hits = 10;        // hits shown per screened name
};

struct MunicipalitySettings {
  std::string name;
  std::string department;
  std::string policy_rule;
  std::string postal_address;  // the return address on a letter: "Postbus 2000, 1500 GA Zaandam"
  std::string phone;           // for "behandeld door" in the reference block
  std::string email;
  std::string signer_name;  // who signs letters on the authority's behalf, unless --signer says
  std::string signer_function;
};

struct AssessmentConfig {
  double mindere_mate = 3;
  double ernstig_gevaar = 8;
  double doubt_margin = 1.5;
  double points_low = 1;
  double points_medium = 2;
  double points_high = 4;
  int relation_depth = 3;
  int parallel_lookups = 8;
};

struct Config {
  std::vector<std::string> sources;  // the files merged, in order
  MunicipalitySettings municipality;
  std::map<std::string, DecisionType> decision_types;
  std::map<std::string, RegistrySettings> registries;
  std::map<std::string, CheckSettings> checks;
  RetentionSettings retention;
  DeadlineSettings deadlines;
  int list_max_age_days = 7;
  std::string lists_database;  // empty: BIBOB_LISTS_DB, else the default location
  MatchingSettings matching;
  AssessmentConfig assessment;
  std::string database;  // empty: the default location
  int busy_timeout_seconds = 10;
  std::string template_dir;
  std::string reference_docx;  // the municipality's house style for DOCX
  std::vector<std::string> signal_categories;
  YAML::Node merged;  // the effective configuration, as `bibob config show` prints it

  const DecisionType* decision_type(const std::string& name) const;
  // The decision type; a UsageError naming the known ones ("did you mean") when there is none.
  const DecisionType& require_decision_type(const std::string& name) const;
  std::vector<std::string> decision_type_names() const;
};

// The conditions a document requirement may name, with the values each accepts
// (empty: free values).
const std::map<std::string, std::vector<std::string>>& document_conditions();

}  // namespace bibob::configuration
