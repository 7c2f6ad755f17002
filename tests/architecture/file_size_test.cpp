// A source file is held in one's head: about 400 lines at the most. A file that grows past
// the line below is split by what it does (ARCHITECTURE.md), not allowed to sprawl.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "support/run_bibob.hpp"

using namespace bibob::testing;

namespace {

constexpr long k_most_lines = 420;

long lines_of(const std::filesystem::path& file) {
  std::ifstream in(file);
  long lines = 0;
  for (std::string line; std::getline(in, line);) ++lines;
  return lines;
}

}  // namespace

TEST_CASE("no source file of the product is over about 400 lines", "[architecture]") {
  long files = 0;
  for (const char* folder : {"lib", "checks", "cli"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(source_path(folder))) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp")) continue;
      ++files;
      INFO(entry.path().string());
      CHECK(lines_of(entry.path()) <= k_most_lines);
    }
  }
  CHECK(files > 100);  // the tree was found
}
