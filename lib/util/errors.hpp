#pragma once

#include <stdexcept>
#include <string>

namespace bibob {

// Exit codes, kept by every subcommand and documented in the README and --help.
enum class ExitCode : int {
  ok = 0,              // done, nothing needs attention
  attention = 1,       // done, something needs a person's attention
  usage = 2,           // the command line is wrong
  invalid_input = 3,   // a case file, config or list file is invalid
  incomplete = 4,      // done, but some source could not be reached
  internal = 5,        // a bug or an environment failure
  busy = 6,            // a shared database stayed locked by another process: try again
};

// Thrown only to abort a command; caught once in main, printed as "bibob: error: ...".
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
  ExitCode code() const { return m_code; }

 private:
  ExitCode m_code;
};

class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(ExitCode::invalid_input, message) {}
};

}  // namespace bibob
