#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bibob::cli {

class Context;

// The files one command reads and the files it writes, held against each other before
// anything is written. An output that is one of the inputs (the same file, also through a
// symbolic or hard link) or another output, or that names a folder, is a usage error
// (exit 2): `advise c.yaml -o c.yaml` must not destroy the case file it reads.
class OutputPaths {
 public:
  // what: how the user named it ("the case file", "--out-json").
  OutputPaths& input(const std::string& path, const std::string& what);
  OutputPaths& output(const std::string& path, const std::string& what);
  // The databases a screening reads: the case register, the list store (--lists-db or its
  // default) and the registry cache, when there is one.
  OutputPaths& databases(Context& context, const std::string& lists_db,
                         const std::optional<std::filesystem::path>& cache_database);

  // UsageError naming the clash, if any.
  void check() const;

 private:
  struct Named {
    std::string path;
    std::string what;
  };
  std::vector<Named> m_inputs;
  std::vector<Named> m_outputs;
};

}  // namespace bibob::cli
