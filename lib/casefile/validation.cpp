#include "casefile/validation.hpp"

#include <algorithm>

#include "casefile/completeness.hpp"
#include "casefile/consistency.hpp"
#include "casefile/parser.hpp"
#include "yamlio/load.hpp"

namespace bibob::casefile {
namespace {

Validation finish(ParsedCase parsed, const configuration::Config& config, const Date& today) {
  Validation validation;
  validation.file = parsed.context.file();
  if (parsed.case_file) {
    const CaseFile& file = *parsed.case_file;
    check_consistency(file, config, today, parsed.context);
    // Completeness is only meaningful for a file that is otherwise sound.
    if (!has_invalid(parsed.context.diagnostics())) {
      if (const configuration::DecisionType* type = config.decision_type(file.header.decision_type)) {
        validation.missing = find_missing_items(file, parsed.document, *type);
        for (const auto& item : validation.missing) {
          const bool document = item.kind == MissingItem::Kind::document;
          parsed.context.attention(item.path,
                                   std::string(document ? "missing document: " : "missing answer: ") + item.question +
                                       (document ? " (" + item.document_type + ")" : ""),
                                   document ? "missing_document" : "missing_answer");
        }
      }
    }
  }
  validation.diagnostics = std::move(parsed.context.diagnostics());
  std::stable_sort(validation.diagnostics.begin(), validation.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.severity != b.severity) return a.severity == DiagnosticLevel::invalid;
                     return std::pair(a.position.line, a.position.column) <
                            std::pair(b.position.line, b.position.column);
                   });
  validation.case_file = std::move(parsed.case_file);
  return validation;
}

}  // namespace

Validation validate_case_text(std::string_view text, const std::string& file_label, const configuration::Config& config,
                              const Date& today) {
  return finish(parse_case_text(text, file_label), config, today);
}

Validation validate_case_file(const std::string& path, const configuration::Config& config, const Date& today) {
  return finish(parse_case_file(path), config, today);
}

}  // namespace bibob::casefile
