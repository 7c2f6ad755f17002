#include "matching/string_similarity.hpp"

#include <algorithm>
#include <array>
#include <bit>

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

namespace {

// Per byte value, the positions (bits) where it occurs in a word of at most 64 letters. Only the
// entries of the words' own bytes are written, so that no call clears all 256.
class Positions {
 public:
  Positions(std::string_view word, std::string_view other) {
    for (const char c : other) m_bits[index(c)] = 0;
    for (const char c : word) m_bits[index(c)] = 0;
    for (std::size_t i = 0; i < word.size(); ++i) m_bits[index(word[i])] |= std::uint64_t{1} << i;
  }
  std::uint64_t of(char c) const { return m_bits[index(c)]; }

 private:
  static std::size_t index(char c) { return static_cast<unsigned char>(c); }
  std::array<std::uint64_t, 256> m_bits;  // NOLINT(cppcoreguidelines-pro-type-member-init): written before read
};

std::uint64_t low_bits(std::size_t count) { return count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1; }

}  // namespace

// The matching of the classic algorithm (each letter of a, in order, takes the first free equal
// letter of b within the window), with the letters of b as bits: one step per letter of a.
double jaro_winkler(std::string_view a, std::string_view b) {
  if (a.size() > k_max_word_length) a = a.substr(0, k_max_word_length);
  if (b.size() > k_max_word_length) b = b.substr(0, k_max_word_length);
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  if (a == b) return 1.0;
  static_assert(k_max_word_length <= 64, "a word's letters fit in one 64-bit mask");
  const std::size_t window = std::max(a.size(), b.size()) / 2 == 0 ? 0 : std::max(a.size(), b.size()) / 2 - 1;
  const Positions in_b(b, a);
  std::uint64_t a_used = 0;
  std::uint64_t b_used = 0;
  std::size_t matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t from = i > window ? i - window : 0;
    const std::size_t to = std::min(b.size(), i + window + 1);
    if (from >= to) continue;
    const std::uint64_t free = in_b.of(a[i]) & ~b_used & low_bits(to) & ~low_bits(from);
    if (free == 0) continue;
    b_used |= free & (~free + 1);  // the first
    a_used |= std::uint64_t{1} << i;
    ++matches;
  }
  if (matches == 0) return 0.0;
  std::size_t half_transpositions = 0;
  for (std::uint64_t left = a_used, right = b_used; left != 0; left &= left - 1, right &= right - 1) {
    if (a[static_cast<std::size_t>(std::countr_zero(left))] != b[static_cast<std::size_t>(std::countr_zero(right))]) {
      ++half_transpositions;
    }
  }
  const double m = static_cast<double>(matches);
  const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
                       (m - static_cast<double>(half_transpositions) / 2.0) / m) /
                      3.0;
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

namespace {

// The dynamic programme, row by row (a row per letter of a), for words too long for one mask.
std::size_t edit_distance_by_rows(std::string_view a, std::string_view b, std::size_t limit) {
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

// The same with a's letters as bits (Myers 1999, Hyyro 2001): a column of the programme per
// letter of b, whose last cell is a cell of the programme's last row. Rows' smallest cells never
// fall from one row to the next, so the programme above stops early exactly when the last
// row's smallest cell exceeds the limit.
std::size_t edit_distance_by_bits(std::string_view a, std::string_view b, std::size_t limit) {
  const Positions in_a(a, b);
  const std::uint64_t last = std::uint64_t{1} << (a.size() - 1);
  std::uint64_t plus_vertical = ~std::uint64_t{0};
  std::uint64_t minus_vertical = 0;
  std::size_t score = a.size();
  std::size_t least = score;
  for (const char c : b) {
    const std::uint64_t equal = in_a.of(c);
    const std::uint64_t x_vertical = equal | minus_vertical;
    const std::uint64_t x_horizontal = (((equal & plus_vertical) + plus_vertical) ^ plus_vertical) | equal;
    std::uint64_t plus_horizontal = minus_vertical | ~(x_horizontal | plus_vertical);
    std::uint64_t minus_horizontal = plus_vertical & x_horizontal;
    if ((plus_horizontal & last) != 0) {
      ++score;
    } else if ((minus_horizontal & last) != 0) {
      --score;
    }
    least = std::min(least, score);
    plus_horizontal = (plus_horizontal << 1) | 1;  // the first row counts the letters of b
    minus_horizontal <<= 1;
    plus_vertical = minus_horizontal | ~(x_vertical | plus_horizontal);
    minus_vertical = plus_horizontal & x_vertical;
  }
  return least > limit ? limit + 1 : score;
}

}  // namespace

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > k_max_text_length || b.size() > k_max_text_length) return limit + 1;
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > limit) return limit + 1;
  if (a.empty()) return b.size();
  return a.size() <= 64 ? edit_distance_by_bits(a, b, limit) : edit_distance_by_rows(a, b, limit);
}

}  // namespace bibob::matching
