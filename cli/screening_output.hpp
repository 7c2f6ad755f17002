#pragma once

#include <ostream>

#include "cli/json_output.hpp"
#include "screening/screening.hpp"

namespace bibob::cli {

// The readable summary: findings by theme, severity and source, then the proposal.
void print_screening(const Screening& screening, std::ostream& out);

// One line for a batch: "file: BIB-2026-0042 ernstig_gevaar, 12 findings (3 high), exit 1".
std::string screening_line(const Screening& screening);

}  // namespace bibob::cli
