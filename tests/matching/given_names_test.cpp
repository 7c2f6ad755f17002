#include "matching/given_names.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace bibob::matching;

TEST_CASE("given names: a name and the forms that stand for it share a group, and only one", "[matching][person]") {
  CHECK(given_names::group_of("kees") != 0);
  CHECK(given_names::group_of("kees") == given_names::group_of("cornelis"));
  CHECK(given_names::group_of("jan") == given_names::group_of("johannes"));
  CHECK(given_names::group_of("bill") == given_names::group_of("william"));
  CHECK(given_names::group_of("jan") != given_names::group_of("piet"));
  // Short forms of several names, and names unknown, are in none.
  CHECK(given_names::group_of("bert") == 0);
  CHECK(given_names::group_of("chris") == 0);
  CHECK(given_names::group_of("mohammed") == 0);
  CHECK(given_names::words_of(0).empty());
  // Every word of every group leads back to its group.
  std::size_t words = 0;
  for (unsigned group = 1; group < 256; ++group) {
    const auto& members = given_names::words_of(static_cast<std::uint8_t>(group));
    if (members.empty()) break;
    for (const auto word : members) {
      INFO(word);
      CHECK(given_names::group_of(word) == group);
      ++words;
    }
  }
  CHECK(words > 200);
}
