#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "model/case_file.hpp"
#include "yamlio/reader.hpp"

namespace bibob::casefile {

// A case file as read: the model (absent when the file is not a case file at all) and every
// problem found while reading, with the position of every key path for later checks.
struct ParsedCase {
  explicit ParsedCase(std::string file_label) : context(std::move(file_label)) {}
  std::optional<CaseFile> case_file;
  YAML::Node document;  // the parsed YAML, for completeness rules that name key paths
  yamlio::ReadContext context;
};

// The largest case file accepted; a questionnaire with all its parties is a few dozen KiB.
inline constexpr std::size_t k_max_case_file_bytes = 4 * 1024 * 1024;

// Parses case-file text: structure, types, required keys and the format of each identifier.
ParsedCase parse_case_text(std::string_view text, const std::string& file_label);

// Reads and parses a case file; throws InputError when it cannot be read at all.
ParsedCase parse_case_file(const std::string& path);

}  // namespace bibob::casefile
