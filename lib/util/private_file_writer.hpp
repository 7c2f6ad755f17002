#pragma once

#include <filesystem>
#include <fstream>
#include <string_view>
#include <utility>
#include <vector>

namespace bibob::private_files {

// A file written piece by piece that appears whole or not at all: the pieces go to a
// temporary file beside the target (mode 0600), and commit() renames it over the target.
// Destroyed without commit(), the temporary file is removed and the target left as it was.
// For output too large to hold in memory; write_atomically() is the one-piece form.
class PrivateFileWriter {
 public:
  explicit PrivateFileWriter(std::filesystem::path target);
  ~PrivateFileWriter();
  PrivateFileWriter(const PrivateFileWriter&) = delete;
  PrivateFileWriter& operator=(const PrivateFileWriter&) = delete;

  std::ostream& stream() { return m_out; }
  const std::filesystem::path& target() const { return m_target; }
  const std::filesystem::path& temporary() const { return m_temporary; }
  // Flushes, syncs and renames the temporary file over the target; Error when that fails.
  void commit();
  // The first half of commit(): flushed and synced, Error when the bytes could not be written.
  void finish();

 private:
  std::filesystem::path m_target;
  std::filesystem::path m_temporary;
  std::ofstream m_out;
  bool m_committed = false;
  bool m_finished = false;
};

// Several files that replace their targets together: each is finished (written whole and
// synced) before the first is renamed into place, so a failure in any leaves every target as
// it was. Targets that are folders are refused before (cli/output_paths).
void commit_together(const std::vector<PrivateFileWriter*>& files);

// The same for files whose bytes are at hand; a pair with an empty path is skipped.
void write_together(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files);

}  // namespace bibob::private_files
