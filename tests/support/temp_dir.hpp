#pragma once

#include <filesystem>
#include <string>

namespace bibob::testing {

// A fresh folder under the system temp folder for one test, removed afterwards; kept (and
// its path printed) when BIBOB_KEEP_TEST_FILES is set, to inspect a failure.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

  // Writes a file below the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path m_path;
};

}  // namespace bibob::testing
