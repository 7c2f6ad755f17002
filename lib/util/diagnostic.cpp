#include "util/diagnostic.hpp"

#include <algorithm>

namespace bibob {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.position.file;
  if (d.position.line > 0) {
    out += ':' + std::to_string(d.position.line);
    if (d.position.column > 0) out += ':' + std::to_string(d.position.column);
  }
  out += ": ";
  if (!d.path.empty()) out += d.path + ": ";
  out += d.message;
  return out;
}

bool has_invalid(const std::vector<Diagnostic>& diagnostics) {
  return std::ranges::any_of(diagnostics, [](const Diagnostic& d) { return d.severity == DiagnosticLevel::invalid; });
}

}  // namespace bibob
