#pragma once

#include <optional>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "model/validation.hpp"
#include "util/date.hpp"

namespace bibob::casefile {

// Parses and validates case-file text against the configuration, as of the given date.
Validation validate_case_text(std::string_view text, const std::string& file_label, const configuration::Config& config,
                              const Date& today);

// The same for a file; throws InputError when the file cannot be read at all.
Validation validate_case_file(const std::string& path, const configuration::Config& config, const Date& today);

}  // namespace bibob::casefile
