#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "matching/string_similarity.hpp"

using bibob::matching::bounded_edit_distance;
using bibob::matching::jaro_winkler;

namespace {

// The textbook algorithms, letter by letter, as the oracle for the library's bit-parallel ones.
double textbook_jaro_winkler(std::string a, std::string b) {
  a = a.substr(0, std::min<std::size_t>(a.size(), 64));
  b = b.substr(0, std::min<std::size_t>(b.size(), 64));
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  if (a == b) return 1.0;
  const std::size_t longest = std::max(a.size(), b.size());
  const std::size_t window = longest / 2 == 0 ? 0 : longest / 2 - 1;
  std::vector<bool> a_used(a.size());
  std::vector<bool> b_used(b.size());
  double matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t from = i > window ? i - window : 0;
    for (std::size_t j = from; j < std::min(b.size(), i + window + 1); ++j) {
      if (!b_used[j] && a[i] == b[j]) {
        a_used[i] = b_used[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  double half_transpositions = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_used[i]) continue;
    while (!b_used[j]) ++j;
    if (a[i] != b[j++]) ++half_transpositions;
  }
  const double jaro = (matches / static_cast<double>(a.size()) + matches / static_cast<double>(b.size()) +
                       (matches - half_transpositions / 2.0) / matches) /
                      3.0;
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

// The whole table; the limit as documented: limit + 1 once every cell of a row exceeds it.
std::size_t textbook_bounded_edit_distance(const std::string& a, const std::string& b, std::size_t limit) {
  if (a.size() > 128 || b.size() > 128) return limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<std::vector<std::size_t>> table(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t j = 0; j <= b.size(); ++j) table[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    table[i][0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      table[i][j] = std::min({table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  for (std::size_t i = 0; i <= a.size(); ++i) {
    if (*std::min_element(table[i].begin(), table[i].end()) > limit) return limit + 1;
  }
  return table[a.size()][b.size()];
}

std::string random_word(std::mt19937& random, std::size_t length) {
  static constexpr std::array<char, 6> k_letters{'a', 'b', 'd', 'h', 'l', 'm'};  // few, so that many meet
  std::string word;
  for (std::size_t i = 0; i < length; ++i) word += k_letters[random() % k_letters.size()];
  return word;
}

// A typo or two of a word, so that the pairs are alike as often as not.
std::string variant(std::mt19937& random, std::string word) {
  for (std::size_t edits = random() % 3; edits > 0 && !word.empty(); --edits) {
    const std::size_t at = random() % word.size();
    switch (random() % 3) {
      case 0: word.erase(at, 1); break;
      case 1: word.insert(at, 1, 'x'); break;
      default: word[at] = 'y';
    }
  }
  return word;
}

}  // namespace

TEST_CASE("Jaro-Winkler and the bounded edit distance equal the textbook algorithms", "[matching][strings]") {
  std::mt19937 random(20261128);
  // Lengths around one mask (63, 64, 65 letters) and past the edit distance's 64-letter bits.
  const std::array<std::size_t, 12> lengths{0, 1, 2, 4, 7, 12, 20, 63, 64, 65, 100, 128};
  std::size_t alike = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string a = random_word(random, round < 2000 ? lengths[random() % lengths.size()] : random() % 24);
    const std::string b = random() % 2 == 0 ? variant(random, a) : random_word(random, random() % 24);
    const std::size_t limit = random() % 4 == 0 ? 200 : random() % 6;
    INFO(a << " / " << b << ", limit " << limit);
    REQUIRE(jaro_winkler(a, b) == textbook_jaro_winkler(a, b));
    REQUIRE(bounded_edit_distance(a, b, limit) == textbook_bounded_edit_distance(a, b, limit));
    if (bounded_edit_distance(a, b, limit) <= limit) ++alike;
  }
  CHECK(alike > 5000);  // the pairs try both answers
}

TEST_CASE("the bounded edit distance stops at the limit only when a whole row exceeds it", "[matching][strings]") {
  CHECK(bounded_edit_distance("kitten", "sitting", 3) == 3);
  CHECK(bounded_edit_distance("kitten", "sitting", 2) == 3);  // the last row's best cell (2) is within
  CHECK(bounded_edit_distance("abcdef", "uvwxyz", 2) == 3);
  CHECK(bounded_edit_distance("", "abc", 5) == 3);
  CHECK(bounded_edit_distance("abc", "", 2) == 3);
}
