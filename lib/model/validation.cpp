#include "model/validation.hpp"

namespace bibob {

ExitCode Validation::exit_code() const {
  if (!valid()) return ExitCode::invalid_input;
  return needs_attention() ? ExitCode::attention : ExitCode::ok;
}

}  // namespace bibob
