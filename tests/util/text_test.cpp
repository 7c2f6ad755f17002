#include <limits>

#include <catch2/catch.hpp>

#include "util/text.hpp"

using namespace bibob::text;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[text]") {
  CHECK(edit_distance("received_on", "recieved_on") == 1);  // a swap of neighbours
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("same", "same") == 0);
}

TEST_CASE("a suggestion is made only for a likely typo", "[text]") {
  const std::vector<std::string> keys = {"birth_date", "birth_place", "bsn"};
  CHECK(closest_match("birth_dat", keys) == "birth_date");
  CHECK_FALSE(closest_match("nationality", keys).has_value());
  CHECK(did_you_mean("bns", keys) == " (did you mean \"bsn\"?)");
  CHECK(did_you_mean("zzzzzz", keys).empty());
}

TEST_CASE("amounts read as an officer writes them", "[text]") {
  CHECK(euros(250000) == "EUR 250,000");
  CHECK(euros(1250.5) == "EUR 1,250.50");
  CHECK(euros(999) == "EUR 999");
  CHECK(euros(-20000) == "-EUR 20,000");
  CHECK(euros(1000000) == "EUR 1,000,000");
}

TEST_CASE("amounts of any size are written without undefined behaviour", "[text][hostile]") {
  CHECK(euros(1e20) == "EUR 100,000,000,000,000,000,000");
  CHECK(euros(-1e20) == "-EUR 100,000,000,000,000,000,000");
  CHECK(euros(1e308).size() == 4 + 309 + 102);  // 309 digits in groups of three
  CHECK(euros(std::numeric_limits<double>::quiet_NaN()) == "EUR ?");
  CHECK(euros(std::numeric_limits<double>::infinity()) == "EUR ?");
  CHECK(euros(-0.001) == "EUR 0");
  CHECK(euros(0.005) == "EUR 0.01");
}

TEST_CASE("values in messages are quoted, shortened and free of control characters", "[text]") {
  CHECK(quoted("abc") == "\"abc\"");
  CHECK(quoted(std::string("a\x01" "b", 3)) == "\"a\\x01b\"");
  CHECK(quoted(std::string(100, 'x')) == "\"" + std::string(60, 'x') + "...\"");
}
