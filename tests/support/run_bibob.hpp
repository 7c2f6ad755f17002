#pragma once

#include <filesystem>
#include <map>
#include <optional>
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

// The whole content of a file; empty when it cannot be read.
std::string file_text(const std::filesystem::path& file);

// A path below the source tree, e.g. source_path("examples/horeca-clean.yaml").
std::string source_path(const std::string& relative);

// The text of a file below the source tree, with every `from` replaced by `to`.
std::string source_text(const std::string& relative, const std::string& from = "", const std::string& to = "");

// A path below the shared data folder beside the source tree (../shared/data).
std::string shared_data_path(const std::string& relative);

// The path of public data in ../shared/data when it is there. Otherwise nothing, after a
// warning "SKIPPED: ..." naming what is absent, which CTest reports as a skipped test: the
// project's own tests never need that folder, the tests of the real lists do.
std::optional<std::string> shared_data(const std::string& relative);

}  // namespace bibob::testing
