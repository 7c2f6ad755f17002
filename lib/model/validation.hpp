#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/case_file.hpp"
#include "util/diagnostic.hpp"
#include "util/errors.hpp"

namespace bibob {

// An answer or document the decision type requires and the case file does not hold.
struct MissingItem {
  enum class Kind { answer, document };
  Kind kind = Kind::answer;
  std::string path;           // the key path it concerns, e.g. "parties[0].kvk" or "financing.items[1].evidence"
  std::string question;       // as the request for missing information asks for it (Dutch)
  std::string document_type;  // for documents
};

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

}  // namespace bibob
