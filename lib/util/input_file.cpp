#include "util/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/errors.hpp"

namespace bibob::input_file {
namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "is a folder";
  if (S_ISFIFO(mode)) return "is not an ordinary file (a FIFO)";
  if (S_ISCHR(mode)) return "is not an ordinary file (a character device)";
  if (S_ISBLK(mode)) return "is not an ordinary file (a block device)";
  if (S_ISSOCK(mode)) return "is not an ordinary file (a socket)";
  return "is not an ordinary file";
}

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& why, std::string_view what) {
  throw InputError(path.string() + ": " + why + "; a " + std::string(what) + " is read from an ordinary file");
}

[[noreturn]] void cannot_open(const std::filesystem::path& path, int error) {
  if (error == ENOENT || error == ENOTDIR) throw InputError(path.string() + ": no such file");
  if (error == EACCES || error == EPERM) throw InputError(path.string() + ": cannot be read (permission denied)");
  throw InputError(path.string() + ": cannot be read (" + std::strerror(error) + ")");
}

class Descriptor {
 public:
  explicit Descriptor(int fd) : m_fd(fd) {}
  ~Descriptor() {
    if (m_fd >= 0) ::close(m_fd);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return m_fd; }

 private:
  int m_fd;
};

}  // namespace

void require_regular_file(const std::filesystem::path& path, std::string_view what) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) cannot_open(path, errno);
  if (!S_ISREG(info.st_mode)) refuse(path, kind_of(info.st_mode), what);
}

std::string read(const std::filesystem::path& path, std::size_t max_bytes, std::string_view what) {
  // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for ever.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) cannot_open(path, errno);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) cannot_open(path, errno);
  if (!S_ISREG(info.st_mode)) refuse(path, kind_of(info.st_mode), what);
  const std::string limit = "a " + std::string(what) + " may be at most " + std::to_string(max_bytes / 1024) + " KiB";
  if (static_cast<std::size_t>(info.st_size) > max_bytes) {
    throw InputError(path.string() + ": file is " + std::to_string(info.st_size / 1024) + " KiB; " + limit);
  }
  // The size may change while the file is read: what is read decides.
  const auto too_large = [&] { throw InputError(path.string() + ": more than the limit; " + limit); };
  std::string bytes(static_cast<std::size_t>(info.st_size) + 1, '\0');
  std::size_t filled = 0;
  while (true) {
    if (filled == bytes.size()) {
      if (bytes.size() > max_bytes) too_large();
      bytes.resize(std::min(max_bytes + 1, bytes.size() * 2 + 4096));
    }
    const ssize_t got = ::read(fd.get(), bytes.data() + filled, bytes.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      cannot_open(path, errno);
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  if (filled > max_bytes) too_large();
  bytes.resize(filled);
  return bytes;
}

std::ifstream open(const std::filesystem::path& path, std::string_view what) {
  require_regular_file(path, what);
  std::ifstream in(path, std::ios::binary);
  if (!in) cannot_open(path, errno);
  return in;
}

Line read_line(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  bool any = false;
  bool too_long = false;
  for (int c = in.get(); c != std::char_traits<char>::eof(); c = in.get()) {
    any = true;
    if (c == '\n') break;
    if (line.size() < max_bytes) {
      line.push_back(static_cast<char>(c));
    } else {
      too_long = true;
    }
  }
  if (!any) return Line::end;
  return too_long ? Line::too_long : Line::read;
}

}  // namespace bibob::input_file
