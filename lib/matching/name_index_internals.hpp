#pragma once

// What the name index's files share and its users need not see (name_index.hpp): what a term
// was seen as, the bits that stand for a query's words, and the letter trigrams and deletion
// hashes by which both building and lookups find words.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "matching/name_index.hpp"
#include "matching/name_weights.hpp"
#include "matching/prepared_name.hpp"
#include "util/mixed_bits.hpp"

namespace bibob::matching::index_detail {

inline constexpr std::uint32_t k_no_term = 0xFFFFFFFFU;
// What a term was seen as (bits): a word of a Latin name, a word of an Arabic-script name, or
// words in a row of an Arabic-script name run together, which a Latin word may spell
// ("Nasrallah" / nsr allh); runs are looked up by their consonants only.
inline constexpr std::uint8_t k_latin_word = 1;
inline constexpr std::uint8_t k_arabic_word = 2;
inline constexpr std::uint8_t k_arabic_run = 4;
// And under which rules: in a person's name, in an organisation's. A term that occurs under
// other rules than the query's leads to no name it may be compared with.
inline constexpr std::uint8_t k_in_person_name = 8;
inline constexpr std::uint8_t k_in_organisation_name = 16;
inline std::uint8_t in_names_of(NameRules rules) {
  return rules == NameRules::organisation ? k_in_organisation_name : k_in_person_name;
}

// A word of some name, not only a run: looked up by spelling, sound, deletions and trigrams.
inline bool is_word(std::uint8_t scripts) { return (scripts & (k_latin_word | k_arabic_word)) != 0; }
inline bool indexed(const Token& token, NameRules rules) { return weights::distinctive(token, rules); }

inline constexpr std::size_t k_max_query_bits = 32;
static_assert(k_max_tokens <= k_max_query_bits, "every distinctive word of a query has a bit");
// Generic words of an organisation's query whose partners are marked (Marks::loose); with more,
// any list word may be a partner.
inline constexpr std::size_t k_max_loose_bits = 8;

// The bits of the distinctive query words among the `count` words from `start` (bit_of: per
// query token, its word's bit, 0 for one that is not looked up).
inline std::uint32_t words_of_run(const std::array<std::uint32_t, k_max_tokens>& bit_of, std::size_t start,
                                  std::size_t count) {
  std::uint32_t bits = 0;
  for (std::size_t k = start; k < start + count; ++k) bits |= bit_of[k];
  return bits;
}

// A trigram's letter as one of its 39 symbols (NameIndex::k_trigram_space): a-z, 0-9, the ends.
inline std::uint32_t letter_code(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a') + 1;
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0') + 27;
  return c == '^' ? 37U : 38U;
}

// Calls visit(code) for every letter trigram of "^word$".
template <typename Visit>
void for_each_trigram(std::string_view word, Visit&& visit) {
  const std::size_t padded = word.size() + 2;
  auto at = [&](std::size_t i) { return i == 0 ? '^' : (i == padded - 1 ? '$' : word[i - 1]); };
  for (std::size_t i = 0; i + 2 < padded; ++i) {
    visit(letter_code(at(i)) * 39 * 39 + letter_code(at(i + 1)) * 39 + letter_code(at(i + 2)));
  }
}

// Letters a word may lose so that it meets every word the comparison takes for a typo of
// it: one edit from four letters on, two from seven (word_pairing.cpp: a word pair's edit
// distance may be up to 0.29 of the longer word). Both sides lose letters (a letter changed
// is one deleted on each side); a longer word of the pair has used up the difference.
inline std::size_t deletions_for(std::size_t length) { return length >= 7 ? 2 : (length >= 4 ? 1 : 0); }

// Query words run together of at most this many letters are looked up with two typos too.
inline constexpr std::size_t k_short_run = 12;

// Longer words are looked up whole (and by letter trigrams): their deletions would be many.
inline constexpr std::size_t k_longest_deleting_word = 24;
// The most hashes for_each_deletion() gives: a word with none, one and two letters deleted.
inline constexpr std::size_t k_most_deletion_hashes =
    1 + k_longest_deleting_word + k_longest_deleting_word * (k_longest_deleting_word - 1) / 2;

// A polynomial hash, so that the hash of a word less one or two letters follows from the
// hashes of its parts: H(x + y) = H(x) * B^|y| + H(y). Mixed at the end, so that its top
// bits spread evenly over the directory.
inline constexpr std::uint64_t k_hash_base = 1099511628211ULL;

// Calls visit(hash) for the word and for it with each one and each two letters deleted (as
// deletions_for() its length, at most most_deletions).
template <typename Visit>
void for_each_deletion(std::string_view word, std::size_t most_deletions, Visit&& visit) {
  const std::size_t n = std::min(word.size(), k_longest_deleting_word + 1);
  std::array<std::uint64_t, k_longest_deleting_word + 2> prefix{};  // prefix[k]: H(word[0, k))
  std::array<std::uint64_t, k_longest_deleting_word + 2> power{};   // power[k]: B^k
  power[0] = 1;
  for (std::size_t k = 0; k < n; ++k) {
    prefix[k + 1] = prefix[k] * k_hash_base + static_cast<unsigned char>(word[k]);
    power[k + 1] = power[k] * k_hash_base;
  }
  if (word.size() > k_longest_deleting_word) {
    std::uint64_t whole = 0;
    for (const char c : word) whole = whole * k_hash_base + static_cast<unsigned char>(c);
    visit(mixed_bits(whole));
    return;
  }
  auto part = [&](std::size_t from, std::size_t to) { return prefix[to] - prefix[from] * power[to - from]; };
  visit(mixed_bits(prefix[n]));
  const std::size_t deletions = std::min(deletions_for(n), most_deletions);
  if (deletions < 1) return;
  for (std::size_t a = 0; a < n; ++a) {
    if (a > 0 && word[a] == word[a - 1]) continue;  // "mm" less either m is the same word
    visit(mixed_bits(prefix[a] * power[n - a - 1] + part(a + 1, n)));
    if (deletions < 2) continue;
    for (std::size_t b = a + 1; b < n; ++b) {
      visit(mixed_bits(prefix[a] * power[n - a - 2] + part(a + 1, b) * power[n - b - 1] + part(b + 1, n)));
    }
  }
}

}  // namespace bibob::matching::index_detail

namespace bibob::matching {

// What a query's lookups found: per query token, the bit of the distinctive word it is (0 for
// the others), how many such words there are and which are cheap (is_cheap_word()); per word,
// the least a pair with a list word that is not quite alike loses (see Reach): a name whose
// partners for the word are all such pairs loses at least that much; and how many generic
// words an organisation's query has (mark_generic_partners()).
struct NameIndex::QueryTerms {
  std::array<std::uint32_t, k_max_tokens> bit_of{};
  std::size_t significant = 0;
  std::uint32_t cheap_words = 0;
  std::array<double, index_detail::k_max_query_bits> least_shortfall{};
  std::size_t generic_words = 0;
};

}  // namespace bibob::matching
