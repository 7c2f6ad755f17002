#pragma once

#include <yaml-cpp/yaml.h>

#include "yamlio/reader.hpp"

namespace bibob::checks {

// Validates one configuration layer against the checks' declarations: every check named
// under `checks` or in a decision type's `checks` exists, every parameter is declared and of
// its declared type. Reports to the context with file, line and column.
void validate_check_config(const YAML::Node& root, yamlio::ReadContext& context);

}  // namespace bibob::checks
