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

  // Everything the child needs is made before fork: the test process has threads (fake
  // registries), and a child that allocates before exec may wait for ever on a lock one of
  // them held (the sanitizers' allocator shows it). The child only opens, dups and execs.
  std::map<std::string, std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string text = *entry;
    const auto equals = text.find('=');
    if (equals != std::string::npos) environment[text.substr(0, equals)] = text.substr(equals + 1);
  }
  // Never the user's own cache, lists or case register: every run gets private folders
  // unless the test names its own.
  environment["XDG_CACHE_HOME"] = (io.path() / "cache").string();
  environment["XDG_DATA_HOME"] = (io.path() / "data").string();
  for (const char* own : {"BIBOB_CACHE_DB", "BIBOB_LISTS_DB", "BIBOB_DB"}) environment.erase(own);
  for (const auto& [name, value] : env) environment[name] = value;
  std::vector<std::string> env_texts;
  for (const auto& [name, value] : environment) env_texts.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (auto& text : env_texts) envp.push_back(text.data());
  envp.push_back(nullptr);
  std::string binary = BIBOB_BINARY;
  std::vector<std::string> copies = args;
  std::vector<char*> argv = {binary.data()};
  for (auto& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const std::string in_path = in_file.string();
  const std::string out_path = out_file.string();
  const std::string err_path = err_file.string();

  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int in_fd = open(in_path.c_str(), O_RDONLY);
    const int out_fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) _exit(127);
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    execve(binary.c_str(), argv.data(), envp.data());
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
