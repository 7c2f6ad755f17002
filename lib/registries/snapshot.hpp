#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "registries/raw_answer.hpp"

namespace bibob::registries {

// A folder of registry answers in the registries' own formats, listed in manifest.yaml, served
// through the same adapters as live answers: for offline work, demos and tests. A municipality
// builds its own with `bibob registry snapshot DIR` from its registry cache.
class Snapshot {
 public:
  // Reads the manifest; throws InputError naming file, line and key when it is invalid.
  explicit Snapshot(const std::filesystem::path& folder);

  std::optional<RawAnswer> find(const std::string& registry, const std::string& request_key) const;
  const std::filesystem::path& folder() const { return m_folder; }
  std::size_t size() const { return m_entries.size(); }
  std::optional<std::string> taken_at(const std::string& registry) const;

  // Writes answers as a snapshot folder (manifest and one file per answer).
  static void write(const std::filesystem::path& folder, const std::vector<std::pair<std::string, RawAnswer>>& answers);

 private:
  struct Entry {
    std::string file;
    long status = 0;
    std::string content_type;
    std::string retrieved_at;
  };
  std::filesystem::path m_folder;
  std::map<std::pair<std::string, std::string>, Entry> m_entries;
};

// The snapshot in force: BIBOB_SNAPSHOT, else "snapshot" beside the build folder of the
// binary (a source checkout), else /usr/share/bibob/snapshot; nothing when none exists.
std::optional<std::filesystem::path> default_snapshot_folder();

}  // namespace bibob::registries
