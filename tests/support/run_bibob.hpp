#pragma once

#include <map>
#include <string>
#include <vector>

namespace bibob::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the real bibob binary with the arguments (no shell), optionally with extra environment
// variables and standard input, and collects its output and exit code. Each run has its own
// cache and data folders, so no test reads or writes the user's own.
RunResult run_bibob(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {},
                    const std::string& input = "");

// A path below the source tree, e.g. source_path("examples/horeca-clean.yaml").
std::string source_path(const std::string& relative);

// The text of a file below the source tree, with every `from` replaced by `to`.
std::string source_text(const std::string& relative, const std::string& from = "", const std::string& to = "");

// A path below the shared data folder beside the source tree (../shared/data).
std::string shared_data_path(const std::string& relative);

}  // namespace bibob::testing
