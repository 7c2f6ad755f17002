#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "util/diagnostic.hpp"

namespace bibob::yamlio {

// Reads a whole input file; throws InputError when it is missing, unreadable, not an ordinary
// file, or larger than max_bytes (see util/input_file.hpp: never more than that is read).
std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes, std::string_view what);

// Parses YAML text that is expected to hold one mapping. On any problem (not UTF-8 text, a
// NUL byte, a syntax error, nesting too deep, several documents, not a mapping) appends an
// invalid diagnostic naming the position and returns nothing.
std::optional<YAML::Node> parse_mapping(std::string_view text, const std::string& file_label,
                                        std::vector<Diagnostic>& diagnostics);

}  // namespace bibob::yamlio
