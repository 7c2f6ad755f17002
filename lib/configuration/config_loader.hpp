#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "util/diagnostic.hpp"
#include "yamlio/reader.hpp"

namespace bibob::configuration {

// The label of the built-in defaults in messages.
inline constexpr const char* k_builtin_config_label = "config/bibob.yaml (built in)";

// Further checks of one configuration layer (the checks' declarations), reporting to the
// layer's context: configuration itself does not know the checks.
using LayerValidator = std::function<void(const YAML::Node& root, yamlio::ReadContext& context)>;

struct ConfigLoad {
  std::optional<Config> config;  // absent when any diagnostic is invalid
  std::vector<Diagnostic> diagnostics;
};

// Layers, each overriding the one before: the built-in defaults, the file (when given), the
// environment (BIBOB_<REGISTRY>_BASE_URL, BIBOB_DB). Every problem of every layer is reported.
ConfigLoad load_config(const std::optional<std::string>& file, const LayerValidator& extra = {});

// The same from text, for tests and for checking a file that is not yet installed.
ConfigLoad load_config_text(const std::optional<std::string>& text, const std::string& label,
                            const LayerValidator& extra = {});

// load_config, throwing InputError (exit code 3) with every diagnostic when the config is invalid.
Config require_config(const std::optional<std::string>& file, const LayerValidator& extra = {});

}  // namespace bibob::configuration
