#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace bibob::matching {

// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to four letters).
// No allocation: words longer than k_max_word_length are compared on their first letters.
double jaro_winkler(std::string_view a, std::string_view b);

// Levenshtein distance, or limit + 1 as soon as it is known to exceed limit.
// No allocation for strings up to k_max_text_length; longer ones count as exceeding.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The letters and digits a word contains, one bit each.
std::uint64_t letter_set(std::string_view word);

// An upper bound of jaro_winkler(a, b) from the letters the words share, in one pass over
// each: most unrelated word pairs are ruled out without the full comparison.
double jaro_winkler_bound(std::string_view a, std::uint64_t letters_a, std::string_view b, std::uint64_t letters_b);

inline constexpr std::size_t k_max_word_length = 64;
inline constexpr std::size_t k_max_text_length = 128;

}  // namespace bibob::matching
