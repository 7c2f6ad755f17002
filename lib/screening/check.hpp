#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "configuration/config.hpp"
#include "model/finding.hpp"

namespace bibob::screening {

class ScreeningContext;

enum class ParameterType { integer, number, text, text_list, text_list_map, boolean };

struct ParameterDeclaration {
  std::string name;
  ParameterType type = ParameterType::integer;
  std::string default_yaml;  // the default as YAML text: "12", "[5610, 5630]", "{a: [x]}"
  std::string description;
};

// What a check is, as data: `bibob checks list|explain` print it, the configuration is
// validated against it, the assessment reads its grounds.
struct CheckDeclaration {
  std::string name;
  std::string description;
  std::string indicator;
  std::string theme;
  std::vector<Ground> grounds;
  std::vector<ParameterDeclaration> parameters;
  std::vector<std::string> registries;      // the registries it reads
  std::vector<std::string> decision_types;  // empty: every decision type
};

// A check's parameters: the configured value, else the declared default.
class CheckParams {
 public:
  CheckParams(const CheckDeclaration& declaration, const YAML::Node& configured);
  long integer(const std::string& name) const;
  double number(const std::string& name) const;
  std::string text(const std::string& name) const;
  std::vector<std::string> texts(const std::string& name) const;
  std::map<std::string, std::vector<std::string>> text_lists(const std::string& name) const;
  bool boolean(const std::string& name) const;

 private:
  YAML::Node value(const std::string& name) const;
  const CheckDeclaration& m_declaration;
  YAML::Node m_configured;
};

// The check's parameters as the configuration sets them (checks.<name>.params), else its defaults.
CheckParams configured_params(const CheckDeclaration& declaration, const configuration::Config& config);

// Where a check puts its findings; the engine fills in the check's name, indicator, theme
// and grounds from its declaration when the check leaves them empty.
using Findings = std::vector<Finding>;

// One integrity check: reads the screening context (case file, registry facts, relations
// graph), never the network, and adds neutral findings.
class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckDeclaration& declaration() const = 0;
  virtual void run(const ScreeningContext& context, const CheckParams& params, Findings& findings) const = 0;
};

std::string_view to_string(ParameterType type);

}  // namespace bibob::screening
