#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "util/diagnostic.hpp"

namespace bibob::schemas {

// Every bibob-*/N object keeps its keys in the order written.
using Json = nlohmann::ordered_json;

Json to_json(const Diagnostic& diagnostic);
Json to_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace bibob::schemas
