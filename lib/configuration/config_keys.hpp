#pragma once

#include <functional>
#include <string_view>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace bibob::configuration {

enum class ConfigValueType { text, integer, number, boolean, text_list, any };

// One known configuration key. "*" in a pattern stands for a name the configuration chooses
// (a decision type, a registry, a check); "[]" for every element of a list.
struct ConfigKey {
  std::string pattern;
  ConfigValueType type;
  std::string description;
  // Checks the value further; returns why it is wrong, or nothing.
  std::function<std::optional<std::string>(const YAML::Node&)> check;
};

// The one table of every configuration key (lib/configuration/config_keys.cpp).
const std::vector<ConfigKey>& config_keys();

// Keys each element of a list must have, by the list element's pattern.
const std::vector<std::pair<std::string, std::vector<std::string>>>& config_required_keys();

std::string describe(ConfigValueType type);

// Where a key that is no longer read now lives, or nothing: the error then tells the way.
std::optional<std::string_view> moved_key(std::string_view key);

}  // namespace bibob::configuration
