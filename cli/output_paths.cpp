#include "cli/output_paths.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <optional>

#include "cli/context.hpp"
#include "cli/lists_support.hpp"
#include "store/case_store.hpp"
#include "util/errors.hpp"

namespace bibob::cli {
namespace {

// What makes two names one file: device and inode when it exists, else the path with every
// link and ".." resolved.
struct Identity {
  std::optional<std::pair<dev_t, ino_t>> inode;
  std::filesystem::path resolved;
  bool folder = false;
};

Identity identity_of(const std::string& path) {
  Identity identity;
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    identity.inode = std::pair{info.st_dev, info.st_ino};
    identity.folder = S_ISDIR(info.st_mode);
  }
  std::error_code error;
  identity.resolved = std::filesystem::weakly_canonical(std::filesystem::absolute(path, error), error);
  if (error) identity.resolved = std::filesystem::absolute(path).lexically_normal();
  return identity;
}

std::string in_quotes(const std::string& path) { return "\"" + path + "\""; }

bool same_file(const Identity& a, const Identity& b) {
  if (a.inode && b.inode) return *a.inode == *b.inode;
  return a.resolved == b.resolved;
}

}  // namespace

OutputPaths& OutputPaths::input(const std::string& path, const std::string& what) {
  if (!path.empty()) m_inputs.push_back({path, what});
  return *this;
}

OutputPaths& OutputPaths::output(const std::string& path, const std::string& what) {
  if (!path.empty()) m_outputs.push_back({path, what});
  return *this;
}

OutputPaths& OutputPaths::databases(Context& context, const std::string& lists_db,
                                    const std::optional<std::filesystem::path>& cache_database) {
  input(store::register_path(context.config()).string(), "the case register");
  input(list_store_path(lists_db.empty() ? std::nullopt : std::optional(lists_db), context), "the list store");
  if (cache_database) input(cache_database->string(), "the registry cache");
  return *this;
}

void OutputPaths::check() const {
  std::vector<Identity> outputs;
  for (const auto& output : m_outputs) {
    outputs.push_back(identity_of(output.path));
    if (outputs.back().folder) throw UsageError(output.what + " " + in_quotes(output.path) + " is a folder, not a file");
  }
  for (std::size_t i = 0; i < m_outputs.size(); ++i) {
    for (const auto& input : m_inputs) {
      if (same_file(outputs[i], identity_of(input.path))) {
        throw UsageError(m_outputs[i].what + " " + in_quotes(m_outputs[i].path) + " is " + input.what +
                         "; an output may not replace what the command reads");
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (same_file(outputs[i], outputs[j])) {
        throw UsageError(m_outputs[j].what + " and " + m_outputs[i].what + " name the same file " +
                         in_quotes(m_outputs[i].path) + "; each output needs a file of its own");
      }
    }
  }
}

}  // namespace bibob::cli
