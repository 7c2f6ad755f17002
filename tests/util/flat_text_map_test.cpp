#include <random>
#include <string>
#include <unordered_map>
#include <utility>

#include <catch2/catch.hpp>

#include "util/flat_text_map.hpp"

using namespace bibob;

namespace {

std::string random_text(std::mt19937& random) {
  // Short texts over few letters, so that many share prefixes, lengths and (low) hash bits.
  std::uniform_int_distribution<int> length(0, 20);
  std::uniform_int_distribution<int> letter('a', 'd');
  std::string out(static_cast<std::size_t>(length(random)), ' ');
  for (char& c : out) c = static_cast<char>(letter(random));
  return out;
}

}  // namespace

TEST_CASE("a flat text map finds what a standard map finds, through growth", "[flat-text-map]") {
  std::mt19937 random(20261129);
  FlatTextMap<std::uint32_t> flat;
  std::unordered_map<std::string, std::uint32_t> expected;
  for (std::uint32_t i = 0; i < 60'000; ++i) {
    const std::string text = random_text(random);
    const auto [kept, added] = flat.try_emplace(text, i);
    const auto [standard, standard_added] = expected.try_emplace(text, i);
    REQUIRE(added == standard_added);
    REQUIRE(*kept == standard->second);  // the first value stays
  }
  CHECK(flat.size() == expected.size());
  bool all_found = true;
  for (const auto& [text, value] : expected) {
    const std::uint32_t* found = flat.find(text);
    all_found = all_found && found != nullptr && *found == value;
  }
  CHECK(all_found);
  std::size_t absent_found = 0;
  for (int i = 0; i < 20'000; ++i) {
    const std::string text = random_text(random) + "e";  // 'e' is in no kept text
    if (flat.find(text) != nullptr) ++absent_found;
  }
  CHECK(absent_found == 0);
}

TEST_CASE("a flat text map tells texts apart that differ only past eight letters or in length", "[flat-text-map]") {
  FlatTextMap<std::pair<std::uint32_t, std::uint32_t>> flat;
  CHECK(flat.find("") == nullptr);
  flat.try_emplace("", {1, 1});
  flat.try_emplace("abdulrahman", {2, 2});
  flat.try_emplace("abdulrahmaan", {3, 3});
  flat.try_emplace("abdulrah", {4, 4});
  flat.try_emplace(std::string("abdul\0rahman", 12), {5, 5});
  REQUIRE(flat.size() == 5);
  CHECK(flat.find("")->first == 1);
  CHECK(flat.find("abdulrahman")->first == 2);
  CHECK(flat.find("abdulrahmaan")->first == 3);
  CHECK(flat.find("abdulrah")->first == 4);
  CHECK(flat.find(std::string_view("abdul\0rahman", 12))->first == 5);
  CHECK(flat.find("abdulra") == nullptr);
  CHECK(flat.find("abdulrahma") == nullptr);
}

TEST_CASE("a flat text map cleared forgets every text and can be filled again", "[flat-text-map]") {
  FlatTextMap<std::uint32_t> flat;
  for (std::uint32_t i = 0; i < 1000; ++i) flat.try_emplace("word" + std::to_string(i), i);
  flat.clear();
  CHECK(flat.empty());
  std::size_t still_found = 0;
  for (std::uint32_t i = 0; i < 1000; ++i) still_found += flat.find("word" + std::to_string(i)) != nullptr ? 1U : 0U;
  CHECK(still_found == 0);
  flat.try_emplace("word7", 70);
  CHECK(*flat.find("word7") == 70);
  CHECK(flat.find("word8") == nullptr);
}

TEST_CASE("text hashes differ for texts that differ anywhere", "[flat-text-map]") {
  CHECK(text_hash("") != text_hash(std::string_view("\0", 1)));
  CHECK(text_hash("abcdefgh") != text_hash("abcdefgi"));
  CHECK(text_hash("abcdefghijklmnop") != text_hash("abcdefghijklmnoq"));
  CHECK(text_hash("abc") == text_hash(std::string("abc")));
}
