#pragma once

#include <string>

#include "util/date.hpp"

namespace bibob {

// A case of the municipality's register with its latest decision: what a new screening and
// the area scan compare parties and premises with.
struct DecidedCase {
  std::string case_id;
  std::string decision_type;
  std::string case_file;  // the YAML text as received; empty for a case opened without one
  std::string decision;   // verleend | verleend_met_voorschriften | geweigerd | ingetrokken | buiten_behandeling
  Date decided_on;
  std::string danger;     // geen | mindere_mate | ernstig_gevaar
};

}  // namespace bibob
