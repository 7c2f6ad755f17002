#pragma once

#include <string>
#include <vector>

namespace bibob {

// Where in an input file something was found; line and column count from 1, 0 when unknown.
struct SourcePosition {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class DiagnosticLevel {
  invalid,    // the input cannot be used as it is (exit code 3)
  attention,  // the input is usable but a person must look at this (exit code 1)
};

// One problem with an input file, named by its position and its key path.
struct Diagnostic {
  DiagnosticLevel severity = DiagnosticLevel::invalid;
  SourcePosition position;
  std::string path;  // key path such as "parties[1].bsn"; empty for the whole file
  std::string message;
  std::string code;  // stable machine-readable kind, e.g. "elfproef", "missing_document"
};

// "case.yaml:14:9: parties[1].bsn: message", the form every input error takes.
std::string format_diagnostic(const Diagnostic& d);

bool has_invalid(const std::vector<Diagnostic>& diagnostics);

}  // namespace bibob
