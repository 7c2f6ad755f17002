#include "util/private_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>

#include "util/errors.hpp"

namespace bibob::private_files {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what) {
  throw Error(ExitCode::internal, path.string() + ": cannot " + std::string(what) + ": " + std::strerror(errno));
}

std::filesystem::path home_based(const char* variable, const char* fallback) {
  if (const char* value = std::getenv(variable); value != nullptr && *value == '/') {
    return std::filesystem::path(value) / "bibob";
  }
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home != nullptr && *home != '\0' ? home : "/tmp") / fallback / "bibob";
}

}  // namespace

void ensure_directory(const std::filesystem::path& folder) {
  if (folder.empty() || std::filesystem::is_directory(folder)) return;
  ensure_directory(folder.parent_path());
  if (mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) fail(folder, "create the folder");
}

void ensure_file(const std::filesystem::path& file) {
  ensure_directory(file.parent_path());
  const int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) fail(file, "create the file");
  close(fd);
}

void write_atomically(const std::filesystem::path& file, std::string_view bytes) {
  ensure_directory(file.parent_path());
  std::random_device random;
  const auto temporary = file.parent_path() / ("." + file.filename().string() + ".tmp" + std::to_string(random()));
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail(temporary, "create the file");
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      close(fd);
      unlink(temporary.c_str());
      fail(file, "write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    unlink(temporary.c_str());
    fail(file, "write");
  }
  if (rename(temporary.c_str(), file.c_str()) != 0) {
    unlink(temporary.c_str());
    fail(file, "replace");
  }
}

std::filesystem::path data_home() { return home_based("XDG_DATA_HOME", ".local/share"); }

std::filesystem::path cache_home() { return home_based("XDG_CACHE_HOME", ".cache"); }

}  // namespace bibob::private_files
