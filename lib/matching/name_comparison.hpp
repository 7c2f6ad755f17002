#pragma once

// Comparing two prepared names: how their words pair (word_pairing.cpp) and the score the
// pairs give (name_comparison.cpp).
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "matching/prepared_name.hpp"

namespace bibob::matching {

// Two words (or a word and several run together) that were paired.
struct AlignedTokens {
  std::string left;
  std::string right;
  double similarity = 0;
  std::string how;  // exact, spelling, sounds alike, initial, particle, run together
};

// One reason the score is below (or above) a perfect 1: what it added or took away.
struct ScoreEffect {
  std::string feature;
  double delta = 0;
  std::string detail;
};

struct NameExplanation {
  std::string rules;  // person or organisation
  std::vector<AlignedTokens> aligned;
  std::vector<std::string> unmatched_left;
  std::vector<std::string> unmatched_right;
  std::vector<ScoreEffect> effects;
};

struct NameScore {
  double score = 0;  // 0..1, the names alone
  bool only_generic = false;  // nothing distinctive aligned: capped below any threshold
};

// One word as the comparison sees it.
struct WordForm {
  std::string_view text;
  std::uint64_t phonetic = 0;
  std::uint64_t spelling = 0;
  std::uint64_t letters = 0;
  std::uint64_t consonant_stem = 0;  // abjad.hpp, read as Arabic when abjad
  bool abjad = false;
  std::uint8_t given_name = 0;  // given_names.hpp
};

WordForm word_form(const PreparedName& name, std::size_t i);

// How alike the comparison takes two distinctive words (weights::distinctive) of names under
// these rules, 0 when it does not pair them: what the index checks every word it looks up by,
// so that the words it reaches are the ones the comparison would pair.
double pair_similarity(const WordForm& a, const WordForm& b, NameRules rules);
inline bool words_pair(const WordForm& a, const WordForm& b, NameRules rules) { return pair_similarity(a, b, rules) > 0; }

// Whether the comparison pairs a generic word of an organisation's name (vocabulary::is_generic)
// with a word of the other name: by spelling alone, and closer than distinctive words.
bool generic_pairs(const WordForm& generic, const WordForm& other);

// Whether a word that is not generic may pair with a generic word of the other name, which
// the comparison allows only when they are spelled almost alike ("bankk" / bank).
bool may_pair_with_generic(const WordForm& word);
// The same of a run of a name's words (for_each_run) written together, which the comparison
// pairs with a word of the other name by spelling, at the organisation floor.
bool run_may_pair_with_generic(std::string_view run);

// A run (for_each_run) and a word are compared only when their letters differ in number by
// at most this many.
inline constexpr std::size_t k_run_gap = 2;
constexpr bool within_run_gap(std::size_t run_letters, std::size_t word_letters) {
  return (run_letters > word_letters ? run_letters - word_letters : word_letters - run_letters) <= k_run_gap;
}
// The most edits by which a run of `letters` letters may differ from a word of its script that
// the comparison pairs it with (by spelling; the word at most k_run_gap letters longer).
std::size_t most_run_edits(std::size_t letters, NameRules rules);

// How two or three words in a row of `runs` pair with one word of `words`, as the comparison
// takes them ("abdul rahman" / "abdulrahman"): how many runs pair with some word, which words
// pair with some run, and the most distinctive words (weights::distinctive) that a run that
// pairs holds.
struct RunPairing {
  static constexpr std::size_t k_word_bits = 64;
  std::size_t runs = 0;
  std::uint64_t word_bits = 0;      // of the words of `words` up to k_word_bits
  std::size_t words_past_bits = 0;  // pairs with words past those: at least as many as the words
  std::size_t most_distinctive = 0;
  std::size_t words() const { return static_cast<std::size_t>(std::popcount(word_bits)) + words_past_bits; }
  // The pairs themselves, the first k_kept_pairs of `pair_count`: a run of `count` words from
  // `start`, and the word it pairs with.
  struct Pair {
    std::size_t start = 0;
    std::size_t count = 0;
    std::size_t word = 0;
  };
  static constexpr std::size_t k_kept_pairs = 16;
  std::array<Pair, k_kept_pairs> pairs{};
  std::size_t pair_count = 0;
};
RunPairing run_pairing(const PreparedName& runs, const PreparedName& words);
inline bool runs_pair(const PreparedName& runs, const PreparedName& words) { return run_pairing(runs, words).runs > 0; }

// Compares two names prepared under the same rules. Allocation-free unless an explanation
// is asked for; the explanation's effects add up to score - 1.
NameScore compare_names(const PreparedName& left, const PreparedName& right, NameExplanation* explanation = nullptr);

// The score a name pair is capped at when only generic words, particles or initials aligned.
inline constexpr double k_generic_only_cap = 0.5;

}  // namespace bibob::matching
