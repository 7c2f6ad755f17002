#pragma once

// What the comparison's two files share (word_pairing.cpp, name_comparison.cpp): how two words
// pair, and how runs of one name's words pair with a word of the other.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "matching/abjad.hpp"
#include "matching/name_comparison.hpp"
#include "matching/phonetic.hpp"
#include "matching/prepared_name.hpp"
#include "matching/string_similarity.hpp"

namespace bibob::matching::comparison_detail {

// Below these a pair of words is not taken as the same word.
inline constexpr double k_person_floor = 0.86;
inline constexpr double k_organisation_floor = 0.90;
inline constexpr double k_generic_floor = 0.95;

// How two words were paired, as the explanation names it.
enum class How : std::uint8_t { exact, spelling, sounds_alike, initial, particle, joined, consonants, short_form };

// A word transliterated from Arabic script against a Latin spelling: alike when the Latin
// word's consonants are the Arabic word's (Mohammed / mhmd, Hamza / hmzt). Below the exact
// spellings, since the short vowels that would tell Hasan from Husayn are not written.
inline constexpr double k_same_consonants = 0.88;

// Similarity of two words by their spelling and sound, 0 below the floor. Compiled for several
// targets in word_pairing.cpp; declared here without BIBOB_POPCOUNT_CLONES, since a file that
// saw it would make a resolver of its own for clones it does not have.
double word_similarity(const WordForm& wa, const WordForm& wb, double floor, bool person, How& how);

// How alike the comparison takes word i of `left` and word j of `right`, as their roles allow;
// 0 when they do not pair.
double token_similarity(const PreparedName& left, std::size_t i, const PreparedName& right, std::size_t j,
                        How& how);

// Runs of words written together on one side against one word on the other
// ("van der meer" / "vandermeer", "abdul rahman" / "abdulrahman", "jin ping" / "jinping").
template <typename Add>
void add_spans(const PreparedName& joined_side, const PreparedName& word_side, bool joined_is_left, Add&& add) {
  const std::size_t m = word_side.tokens.size();
  const double floor = joined_side.rules == NameRules::person ? k_person_floor : k_organisation_floor;
  // Whether a run may pair with word j: a word of the other script by its consonants; one of
  // the same script only when it begins with the same letter and is about as long. Asked
  // before the run is written out, since most runs of most pairs meet no word.
  auto may_meet = [&](bool span_arabic, char first, std::size_t length, std::size_t j) {
    const Token& other = word_side.tokens[j];
    if (other.role == TokenRole::initial || other.role == TokenRole::particle || other.role == TokenRole::stopword) {
      return false;
    }
    if (span_arabic != other.abjad) return true;
    return word_side.text[other.offset] == first && within_run_gap(length, other.length);
  };
  std::array<char, k_run_letters> buffer{};
  for_each_run_extent(joined_side, [&](std::size_t start, std::size_t count, std::size_t length) {
    const bool span_arabic = joined_side.tokens[start].abjad;
    const char first = joined_side.text[joined_side.tokens[start].offset];
    std::size_t j = 0;
    while (j < m && !may_meet(span_arabic, first, length, j)) ++j;
    if (j == m) return;
    const std::string_view span = run_letters(joined_side, start, count, buffer);
    std::optional<std::uint64_t> span_stem;  // worked out for the first word of the other script
    std::optional<WordForm> span_form;       // for the first word of the same script that may pair
    auto add_joined = [&](double similarity, std::size_t word) {
      if (joined_is_left) {
        add(similarity, start, count, word, 1, How::joined);
      } else {
        add(similarity, word, 1, start, count, How::joined);
      }
    };
    for (; j < m; ++j) {
      if (!may_meet(span_arabic, first, length, j)) continue;
      const Token& other = word_side.tokens[j];
      const std::string_view target = word_side.token(j);
      // "bd allh" / "Abdallah", "Abd Allah" / "bdallh": one side from Arabic script, which
      // writes neither the short vowels nor the first letter's ayn.
      if (span_arabic != other.abjad) {
        if (!span_stem) span_stem = consonant_stem(span, span_arabic);
        if (*span_stem != 0 && *span_stem == other.consonant_stem &&
            (span_arabic ? same_consonants(span, target) : same_consonants(target, span))) {
          add_joined(k_same_consonants, j);
        }
        continue;
      }
      How how = How::joined;
      if (!span_form) span_form = WordForm{span, 0, spelling_key(span), letter_set(span), 0, span_arabic};
      const double similarity = word_similarity(*span_form, WordForm{target, 0, other.spelling, other.letters, 0, other.abjad},
                                                floor, joined_side.rules == NameRules::person, how);
      if (similarity <= 0) continue;
      add_joined(similarity, j);
    }
  });
}

}  // namespace bibob::matching::comparison_detail
