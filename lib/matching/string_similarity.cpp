#include "matching/string_similarity.hpp"

#include <algorithm>
#include <array>

namespace bibob::matching {

namespace {

std::uint64_t letter_bit(char c) {
  if (c >= 'a' && c <= 'z') return std::uint64_t{1} << static_cast<unsigned>(c - 'a');
  if (c >= '0' && c <= '9') return std::uint64_t{1} << static_cast<unsigned>(c - '0' + 26);
  return std::uint64_t{1} << 36;
}

std::size_t letters_in(std::string_view word, std::uint64_t letters) {
  std::size_t count = 0;
  for (char c : word) count += (letter_bit(c) & letters) != 0 ? 1U : 0U;
  return count;
}

}  // namespace

std::uint64_t letter_set(std::string_view word) {
  std::uint64_t letters = 0;
  for (char c : word) letters |= letter_bit(c);
  return letters;
}

double jaro_winkler_bound(std::string_view a, std::uint64_t letters_a, std::string_view b, std::uint64_t letters_b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  // Matching characters can only be letters the other word has too.
  const std::size_t matches = std::min({letters_in(a, letters_b), letters_in(b, letters_a), a.size(), b.size()});
  if (matches == 0) return 0.0;
  const double m = static_cast<double>(matches);
  const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + 1.0) / 3.0;
  return jaro + 0.4 * (1.0 - jaro);
}

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a.size() > k_max_word_length) a = a.substr(0, k_max_word_length);
  if (b.size() > k_max_word_length) b = b.substr(0, k_max_word_length);
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  if (a == b) return 1.0;
  const std::size_t window = std::max(a.size(), b.size()) / 2 == 0 ? 0 : std::max(a.size(), b.size()) / 2 - 1;
  std::array<bool, k_max_word_length> a_used{};
  std::array<bool, k_max_word_length> b_used{};
  std::size_t matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t from = i > window ? i - window : 0;
    const std::size_t to = std::min(b.size(), i + window + 1);
    for (std::size_t j = from; j < to; ++j) {
      if (!b_used[j] && a[i] == b[j]) {
        a_used[i] = b_used[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  std::size_t half_transpositions = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_used[i]) continue;
    while (!b_used[j]) ++j;
    if (a[i] != b[j]) ++half_transpositions;
    ++j;
  }
  const double m = static_cast<double>(matches);
  const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
                       (m - static_cast<double>(half_transpositions) / 2.0) / m) /
                      3.0;
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > k_max_text_length || b.size() > k_max_text_length) return limit + 1;
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > limit) return limit + 1;
  std::array<std::size_t, k_max_text_length + 1> row{};
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

}  // namespace bibob::matching
