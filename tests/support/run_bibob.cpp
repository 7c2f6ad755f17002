#include "support/run_bibob.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "support/temp_dir.hpp"

namespace bibob::testing {

RunResult run_bibob(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                    const std::string& input) {
  TempDir io;
  const auto in_file = io.write("stdin", input);
  const auto out_file = io / "stdout";
  const auto err_file = io / "stderr";

  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int in_fd = open(in_file.c_str(), O_RDONLY);
    const int out_fd = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err_fd = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) _exit(127);
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    // Never the user's own cache, lists or case register: every run gets private folders
    // unless the test names its own.
    setenv("XDG_CACHE_HOME", (io.path() / "cache").c_str(), 1);
    setenv("XDG_DATA_HOME", (io.path() / "data").c_str(), 1);
    unsetenv("BIBOB_CACHE_DB");
    unsetenv("BIBOB_LISTS_DB");
    unsetenv("BIBOB_DB");
    for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> argv;
    std::string binary = BIBOB_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copies = args;
    for (auto& arg : copies) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = file_text(out_file);
  result.err = file_text(err_file);
  return result;
}

std::string source_path(const std::string& relative) { return std::string(BIBOB_SOURCE_DIR) + "/" + relative; }

std::string file_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string source_text(const std::string& relative, const std::string& from, const std::string& to) {
  if (!std::filesystem::is_regular_file(source_path(relative))) throw std::runtime_error("cannot read " + source_path(relative));
  std::string result = file_text(source_path(relative));
  if (from.empty()) return result;
  for (auto at = result.find(from); at != std::string::npos; at = result.find(from, at + to.size())) {
    result.replace(at, from.size(), to);
  }
  return result;
}

std::string shared_data_path(const std::string& relative) {
  return std::string(BIBOB_SOURCE_DIR) + "/../shared/data/" + relative;
}

std::optional<std::string> shared_data(const std::string& relative) {
  const std::string path = shared_data_path(relative);
  if (std::filesystem::exists(path)) return path;
  WARN("SKIPPED: " << path << " is absent; this test reads the public data that lies beside the project");
  return std::nullopt;
}

}  // namespace bibob::testing
