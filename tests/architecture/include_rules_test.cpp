// The dependency rules between folders (cmake/IncludeRules.cmake) stop the build on a forbidden
// include: run here on a small tree of its own, with one include that breaks them at a time.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

struct RuleRun {
  int exit_code = 0;
  std::string output;
};

// A tree with lib/model/pure.hpp, lib/store/records.hpp and cli/main.cpp, plus `file` holding `text`.
RuleRun check_tree(const std::string& file, const std::string& text) {
  const TempDir tree;
  const auto write = [&](const std::string& path, const std::string& content) {
    std::filesystem::create_directories((tree.path() / path).parent_path());
    std::ofstream(tree.path() / path) << content;
  };
  write("lib/model/pure.hpp", "#pragma once\n#include <string>\n#include \"util/date.hpp\"\n");
  write("lib/store/records.hpp", "#pragma once\n#include \"model/pure.hpp\"\n");
  write("cli/main.cpp", "#include \"store/records.hpp\"\n");
  write(file, text);
  const auto output = tree.path() / "output.txt";
  const std::string command = std::string(BIBOB_CMAKE) + " -DSOURCE_DIR=" + tree.path().string() + " -P " +
                              source_path("cmake/IncludeRules.cmake") + " > " + output.string() + " 2>&1";
  const int status = std::system(command.c_str());
  return {status, file_text(output)};
}

}  // namespace

TEST_CASE("the include rules pass a tree that keeps them", "[architecture]") {
  const auto run = check_tree("lib/model/more.hpp", "#pragma once\n#include <vector>\n#include \"model/pure.hpp\"\n");
  INFO(run.output);
  CHECK(run.exit_code == 0);
}

TEST_CASE("the include rules stop the core model from reaching registries, store or YAML", "[architecture]") {
  for (const std::string include : {"#include \"registries/lookup.hpp\"", "#include \"store/records.hpp\"",
                                    "#include \"rendering/renderer.hpp\"", "#include \"cli/context.hpp\"",
                                    "#include <yaml-cpp/yaml.h>"}) {
    const auto run = check_tree("lib/model/impure.hpp", "#pragma once\n" + include + "\n");
    INFO(include << "\n" << run.output);
    CHECK(run.exit_code != 0);
    CHECK(run.output.find("lib/model/impure.hpp:2") != std::string::npos);
  }
}

TEST_CASE("the include rules stop anything from including the command line", "[architecture]") {
  const auto run = check_tree("lib/store/uses_cli.cpp", "#include \"cli/context.hpp\"\n");
  INFO(run.output);
  CHECK(run.exit_code != 0);
  CHECK(run.output.find("lib/store/uses_cli.cpp:1: store/ may not include cli/") != std::string::npos);
}
