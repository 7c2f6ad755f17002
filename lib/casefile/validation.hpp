#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casefile/case_file.hpp"
#include "casefile/completeness.hpp"
#include "configuration/config.hpp"
#include "util/date.hpp"
#include "util/diagnostic.hpp"
#include "util/errors.hpp"

namespace bibob {

// Everything `bibob validate` knows about one case file.
struct Validation {
  std::string file;
  std::optional<CaseFile> case_file;    // absent when the file is no case file at all
  std::vector<Diagnostic> diagnostics;  // invalid and attention, in file order
  std::vector<MissingItem> missing;     // the completeness part of the attention items

  bool valid() const { return case_file.has_value() && !has_invalid(diagnostics); }
  bool needs_attention() const { return !diagnostics.empty(); }
  ExitCode exit_code() const;
};

// Parses and validates case-file text against the configuration, as of the given date.
Validation validate_case_text(std::string_view text, const std::string& file_label, const Config& config,
                              const Date& today);

// The same for a file; throws InputError when the file cannot be read at all.
Validation validate_case_file(const std::string& path, const Config& config, const Date& today);

}  // namespace bibob
