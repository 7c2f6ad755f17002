#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "util/diagnostic.hpp"

namespace bibob::cli {

using Json = nlohmann::ordered_json;

Json to_json(const Diagnostic& diagnostic);
Json to_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace bibob::cli
