#include <catch2/catch.hpp>

#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob::testing;

TEST_CASE("the case file of a case under investigation is replaced only with --replace and a reason, and says so",
          "[store][e2e]") {
  TempDir dir;
  const std::map<std::string, std::string> env = {{"BIBOB_DB", (dir / "register/bibob.db").string()},
                                                  {"BIBOB_TODAY", "2026-11-28"}};
  const std::string file = source_path("examples/horeca-clean.yaml");
  REQUIRE(run_bibob({"case", "import", file}, env).exit_code == 0);
  // In intake a corrected file simply replaces the first.
  CHECK(run_bibob({"case", "import", file}, env).exit_code == 0);
  REQUIRE(run_bibob({"case", "set", "BIB-2026-0101", "--state", "eigen_onderzoek"}, env).exit_code == 0);

  const auto refused = run_bibob({"case", "import", file}, env);
  CHECK(refused.exit_code == 3);
  CHECK(refused.err.find("case BIB-2026-0101 is in state eigen_onderzoek: replacing its case file needs --replace and "
                         "--reason; nothing was written") != std::string::npos);
  CHECK(run_bibob({"case", "import", file, "--replace"}, env).exit_code == 3);

  const auto replaced = run_bibob({"case", "import", file, "--replace", "--reason", "gecorrigeerd KvK-nummer"}, env);
  CHECK(replaced.exit_code == 0);
  const auto history = run_bibob({"case", "history", "BIB-2026-0101"}, env);
  CHECK(history.out.find("case file replaced (sha256 ") != std::string::npos);
  CHECK(history.out.find("): gecorrigeerd KvK-nummer") != std::string::npos);
}
