#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "configuration/config.hpp"
#include "model/validation.hpp"

namespace bibob::casefile {

// Compares a case file with what its decision type requires (config: required_items and
// required_documents), in the order the configuration lists them. `document`: the YAML the
// case file was read from, whose key paths the configuration names.
std::vector<MissingItem> find_missing_items(const CaseFile& file, const YAML::Node& document, const configuration::DecisionType& type);

}  // namespace bibob::casefile
