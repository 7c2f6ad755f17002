#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

namespace {

std::string example() {
  std::ifstream in(source_path("examples/horeca-clean.yaml"), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path fifo(const TempDir& dir, const std::string& name) {
  const auto path = dir / name;
  REQUIRE(mkfifo(path.c_str(), 0600) == 0);
  return path;
}

}  // namespace

TEST_CASE("a FIFO or a device is refused as input, never waited on or read without end",
          "[bad-input][hostile]") {
  TempDir dir;
  const auto pipe = fifo(dir, "case.yaml");
  const auto link = dir / "zero.yaml";
  std::filesystem::create_symlink("/dev/zero", link);
  for (const auto& [path, kind] : {std::pair{pipe.string(), "a FIFO"}, std::pair{std::string("/dev/zero"), "a character device"},
                                   std::pair{link.string(), "a character device"}}) {
    INFO(path);
    const auto result = run_bibob({"validate", path});
    CHECK(result.exit_code == 3);
    CHECK(result.out.find(path + ": is not an ordinary file (" + kind + "); a case file is read from an ordinary file") !=
          std::string::npos);
  }
  const auto weighing = run_bibob({"advise", "--offline", source_path("examples/horeca-clean.yaml"), "-t", "advies",
                                   "--weighing", "/dev/zero"});
  CHECK(weighing.exit_code == 3);
  CHECK(weighing.err == "bibob: error: /dev/zero: is not an ordinary file (a character device); a weighing text is "
                        "read from an ordinary file\n");
  const auto weighing_pipe = run_bibob({"advise", "--offline", source_path("examples/horeca-clean.yaml"), "-t",
                                        "advies", "--weighing", fifo(dir, "afweging").string()});
  CHECK(weighing_pipe.exit_code == 3);
  const auto list = run_bibob({"lists", "import", "--source", "un", "/dev/zero"},
                              {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}});
  CHECK(list.exit_code == 3);
  CHECK(list.err.find("/dev/zero: is not an ordinary file") != std::string::npos);
  const auto scan = run_bibob({"scan", fifo(dir, "extract.csv").string()}, {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}});
  CHECK(scan.exit_code == 3);
  CHECK(scan.err.find("extract.csv: is not an ordinary file (a FIFO)") != std::string::npos);
}

TEST_CASE("aliases cannot blow a small case file up", "[bad-input][hostile]") {
  TempDir dir;
  std::string text = example();
  text += "x_blob: &blob \"" + std::string(100 * 1024, 'x') + "\"\nx_refs: [";
  for (int i = 0; i < 1000; ++i) text += i == 0 ? "*blob" : ", *blob";
  text += "]\n";
  const auto file = dir.write("aliases.yaml", text);
  const auto result = run_bibob({"validate", file.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("aliases expand the file to more than") != std::string::npos);
  // An anchor used a few times, as a permit system may write one, is fine.
  std::string modest = example();
  modest += "x_address: &a {street: Dorpsstraat}\nx_again: [*a, *a, *a]\n";
  CHECK(run_bibob({"validate", dir.write("modest.yaml", modest).string()}).exit_code == 0);
}

TEST_CASE("a line that starts with a comma is a syntax error, not a parser that never ends", "[bad-input][hostile]") {
  // Found by make fuzz: the YAML library reads such a stream as empty documents without end.
  TempDir dir;
  const std::string text = example();
  const auto comma = dir.write("comma.yaml", "# a comment broken in two\n, its second half\n" + text.substr(text.find("schema:")));
  auto result = run_bibob({"validate", comma.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find(comma.string() + ":2:1: ") != std::string::npos);
  CHECK(result.out.find("malformed YAML") != std::string::npos);
  CHECK(run_bibob({"validate", dir.write("bare.yaml", ",").string()}).exit_code == 3);
  // Two documents are still named as two.
  const auto two = dir.write("two.yaml", text + "---\nschema: bibob-case/1\n");
  result = run_bibob({"validate", two.string()});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("more than one YAML document") != std::string::npos);
}

TEST_CASE("a field of megabytes in a register extract is named as a bad line", "[bad-input][hostile][scan]") {
  TempDir dir;
  std::ifstream bundled(source_path("examples/establishments.csv"));
  std::string header;
  std::string first;
  std::getline(bundled, header);
  std::getline(bundled, first);
  const std::string huge = "90000001,\"" + std::string(2 * 1024 * 1024, 'a') + "\"" + first.substr(first.find(',', 9));
  const auto extract = dir.write("extract.csv", header + "\n" + first + "\n" + huge + "\n");
  const auto result = run_bibob({"scan", extract.string()}, {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}});
  CHECK(result.exit_code == 3);
  CHECK(result.err.find(extract.string() + ":3: field 2 is longer than 64 KiB") != std::string::npos);
  CHECK(result.err.size() < 4096);
}

TEST_CASE("a list file with a field or a line of megabytes is refused, naming the line", "[bad-input][hostile][lists]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_LISTS_DB", (dir / "lists.db").string()}};
  const auto sdn = dir.write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
                                        "37,\"" + std::string(100 * 1024, 'A') + "\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
  const auto ofac = run_bibob({"lists", "import", "--source", "ofac", sdn.string()}, env);
  CHECK(ofac.exit_code == 3);
  CHECK(ofac.err == "bibob: error: " + sdn.string() + ":2: field 2 is longer than 64 KiB\n");
  const auto ftm = dir.write("entities.ftm.json", "{\"id\":\"x\",\"caption\":\"" + std::string(17 * 1024 * 1024, 'a') + "\"}\n");
  const auto long_line = run_bibob({"lists", "import", "--source", "ftm", ftm.string()}, env);
  CHECK(long_line.exit_code == 3);
  CHECK(long_line.err.find(ftm.string() + ":1: a line longer than 16 MiB") != std::string::npos);
}
