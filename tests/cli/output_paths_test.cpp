#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

// A copy of an example, so that a test may see whether it was destroyed.
std::filesystem::path copy_of(const TempDir& dir, const std::string& example, const std::string& name) {
  const auto target = dir / name;
  std::filesystem::copy_file(source_path(example), target);
  return target;
}

void expect_refused(const RunResult& result, const std::string& message) {
  INFO(result.out << result.err);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("bibob: error: " + message) != std::string::npos);
}

}  // namespace

TEST_CASE("an output that names an input is refused, the input left whole", "[cli][hostile]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()},
                                                  {"BIBOB_DB", (dir / "bibob.db").string()}};
  const auto case_file = copy_of(dir, "examples/horeca-clean.yaml", "c.yaml");
  const std::string original = file_text(case_file);
  const std::string c = case_file.string();

  expect_refused(run_bibob({"advise", "--offline", c, "-t", "advies", "-o", c}, env),
                 "--out \"" + c + "\" is the case file; an output may not replace what the command reads");
  expect_refused(run_bibob({"screen", "--offline", c, "--out-json", c}, env), "--out-json \"" + c + "\" is the case file");
  // Through a symbolic link, a hard link and a path that goes round about.
  std::filesystem::create_symlink(case_file, dir / "link.yaml");
  std::filesystem::create_hard_link(case_file, dir / "hard.yaml");
  for (const auto& other : {(dir / "link.yaml").string(), (dir / "hard.yaml").string(),
                            (dir / "sub" / ".." / "c.yaml").string()}) {
    INFO(other);
    expect_refused(run_bibob({"screen", "--offline", c, "--out-text", other}, env), "--out-text \"" + other + "\" is the case file");
  }
  const auto weighing = dir.write("afweging.md", "Mijn afweging.\n");
  expect_refused(run_bibob({"advise", "--offline", c, "-t", "advies", "--weighing", weighing.string(), "-o",
                            weighing.string()},
                           env),
                 "--out \"" + weighing.string() + "\" is the weighing text (--weighing)");
  // The databases are inputs too.
  expect_refused(run_bibob({"screen", "--offline", c, "--out-json", (dir / "lists.db").string()}, env),
                 "--out-json \"" + (dir / "lists.db").string() + "\" is the list store");
  expect_refused(run_bibob({"screen", "--offline", c, "--out-json", (dir / "bibob.db").string()}, env),
                 "--out-json \"" + (dir / "bibob.db").string() + "\" is the case register");
  CHECK(file_text(case_file) == original);
  CHECK(file_text(weighing) == "Mijn afweging.\n");
}

TEST_CASE("two outputs that name one file are refused", "[cli][hostile]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}};
  const std::string x = (dir / "x").string();
  expect_refused(run_bibob({"screen", "--offline", source_path("examples/horeca-clean.yaml"), "--out-json", x,
                            "--out-text", x},
                           env),
                 "--out-json and --out-text name the same file \"" + x + "\"; each output needs a file of its own");
  CHECK_FALSE(std::filesystem::exists(x));
  const auto extract = copy_of(dir, "examples/establishments.csv", "est.csv");
  const std::string original = file_text(extract);
  expect_refused(run_bibob({"scan", extract.string(), "--out-csv", extract.string()}, env),
                 "--out-csv \"" + extract.string() + "\" is the register extract");
  expect_refused(run_bibob({"scan", extract.string(), "--out-json", x, "--out-html", x}, env),
                 "--out-json and --out-html name the same file");
  CHECK(file_text(extract) == original);
}

TEST_CASE("outputs are written all or none", "[cli][hostile]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}};
  const auto json = dir.write("s.json", "earlier\n");
  std::filesystem::create_directory(dir / "folder");
  // A folder cannot take a file: refused before anything is written.
  expect_refused(run_bibob({"screen", "--offline", source_path("examples/horeca-clean.yaml"), "--out-json",
                            json.string(), "--out-text", (dir / "folder").string()},
                           env),
                 "--out-text \"" + (dir / "folder").string() + "\" is a folder, not a file");
  CHECK(file_text(json) == "earlier\n");
  // A text file that cannot be made (its folder would be a file): the JSON is not replaced either.
  const auto failed = run_bibob({"screen", "--offline", source_path("examples/horeca-clean.yaml"), "--out-json",
                                 json.string(), "--out-text", (dir / "s.json" / "s.txt").string()},
                                env);
  INFO(failed.err);
  CHECK(failed.exit_code == 5);
  CHECK(file_text(json) == "earlier\n");
  CHECK(failed.out.empty());
  const auto both = run_bibob({"screen", "--offline", source_path("examples/horeca-clean.yaml"), "--out-json",
                               json.string(), "--out-text", (dir / "s.txt").string()},
                              env);
  CHECK(both.exit_code == 4);  // no lists imported
  CHECK(file_text(json).starts_with("{"));
  CHECK(std::filesystem::exists(dir / "s.txt"));
}
