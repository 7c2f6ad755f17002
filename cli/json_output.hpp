#pragma once

#include "schemas/json.hpp"

namespace bibob::cli {

// The command line prints the JSON forms of lib/schemas.
using schemas::Json;
using schemas::to_json;

}  // namespace bibob::cli
