#pragma once

#include <iosfwd>

namespace bibob::cli {

// Runs the bibob command line; returns the process exit code. Every error is caught here and
// printed as "bibob: error: ..." (and, with --format json, as a JSON object on out as well).
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// The footer of --help and the EXIT STATUS of the man page.
const char* exit_code_help();

}  // namespace bibob::cli
