#include "util/private_file_writer.hpp"

#include <cerrno>
#include <cstring>
#include <memory>
#include <random>

#include <fcntl.h>
#include <unistd.h>

#include "util/errors.hpp"
#include "util/private_files.hpp"

namespace bibob::private_files {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what) {
  throw Error(ExitCode::internal, path.string() + ": cannot " + std::string(what) + ": " + std::strerror(errno));
}

}  // namespace

PrivateFileWriter::PrivateFileWriter(std::filesystem::path target) : m_target(std::move(target)) {
  ensure_directory(m_target.parent_path());
  std::random_device random;
  m_temporary = m_target.parent_path() / ("." + m_target.filename().string() + ".tmp" + std::to_string(random()));
  // Created owner-only before the stream opens it, so no byte is ever readable by others.
  const int fd = open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail(m_temporary, "create the file");
  close(fd);
  m_out.open(m_temporary, std::ios::binary | std::ios::trunc);
  if (!m_out) {
    unlink(m_temporary.c_str());
    fail(m_temporary, "open the file");
  }
}

PrivateFileWriter::~PrivateFileWriter() {
  if (m_committed) return;
  m_out.close();
  unlink(m_temporary.c_str());
}

void PrivateFileWriter::finish() {
  if (m_finished) return;
  m_out.flush();
  const bool written = static_cast<bool>(m_out);
  m_out.close();
  if (!written) fail(m_target, "write");
  const int fd = open(m_temporary.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || fsync(fd) != 0) {
    if (fd >= 0) close(fd);
    fail(m_target, "write");
  }
  close(fd);
  m_finished = true;
}

void PrivateFileWriter::commit() {
  finish();
  if (rename(m_temporary.c_str(), m_target.c_str()) != 0) fail(m_target, "replace");
  m_committed = true;
}

void commit_together(const std::vector<PrivateFileWriter*>& files) {
  for (PrivateFileWriter* file : files) file->finish();
  for (PrivateFileWriter* file : files) file->commit();
}

void write_together(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files) {
  std::vector<std::unique_ptr<PrivateFileWriter>> writers;
  std::vector<PrivateFileWriter*> staged;
  for (const auto& [path, bytes] : files) {
    if (path.empty()) continue;
    writers.push_back(std::make_unique<PrivateFileWriter>(path));
    writers.back()->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    staged.push_back(writers.back().get());
  }
  commit_together(staged);
}

}  // namespace bibob::private_files
