#pragma once

// What reached a list name, as the score ceiling takes it (Reach, score_ceiling.hpp): the
// name's marks counted, the query words that may partner its loose words, and the query words
// that may be left without a partner. Included by name_index_candidates.cpp alone, so that it
// is compiled with candidates(), which inlines it into each of its targets.
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "matching/name_comparison.hpp"
#include "matching/name_index_internals.hpp"
#include "matching/prepared_name.hpp"
#include "matching/score_ceiling.hpp"

namespace bibob::matching::index_detail {

// What the ceiling needs of a name's marks: its words that pair, and what the pairs that are
// not quite alike lose at least. When its words cannot all pair at once (fewer list words
// than query words they reach), which lose is unknown, and nothing is counted.
// Inlined, as most_alone() below, so that it is compiled with each of candidates()'s targets.
template <typename Marks, typename Shortfalls>
[[gnu::always_inline]] inline Reach reach_of(const Marks& marks, const NameShape& shape,
                                             const Shortfalls& least_shortfall, std::size_t significant,
                                             bool loose_known) {
  Reach reach;
  if (loose_known) reach.loose_partners = static_cast<std::size_t>(std::popcount(marks.loose));
  const auto paired = static_cast<std::size_t>(std::popcount(marks.words.paired));
  reach.query_words = std::min<std::size_t>(paired, marks.cover);
  reach.listed_words = std::min<std::size_t>(marks.reached, significant);
  // An organisation's generic words may pair with a query word better than its other words.
  if (paired > marks.cover || (shape.rules == NameRules::organisation && shape.loose > 0)) return reach;
  for (std::uint32_t rest = marks.words.paired & ~marks.words.alike; rest != 0; rest &= rest - 1) {
    reach.shortfall += least_shortfall[static_cast<std::size_t>(std::countr_zero(rest))];
  }
  return reach;
}

// The bit (a-z) of the letter a name's word begins with; 0 when it begins with another sign.
inline std::uint32_t first_letter_bit(const PreparedName& name, std::size_t token) {
  const char first = name.text[name.tokens[token].offset];
  return first >= 'a' && first <= 'z' ? 1U << (first - 'a') : 0U;
}

// How many words `words` (bits) are; inlined, so that it counts with candidates()'s targets.
[[gnu::always_inline]] inline std::size_t count_words(std::uint32_t words) {
  return static_cast<std::size_t>(std::popcount(words));
}

// Which of a query's distinctive words may partner a list name's loose words, which the lookups
// do not see: its initials (a person's name), only words that begin with an initial's letter
// (or with no letter); its generic words (an organisation's), only words spelled almost like
// one, alone or in a run of query words, worked out when first asked.
class LoosePartners {
 public:
  // bit_of: per query token, the bit of the distinctive word it is (0 for the others).
  LoosePartners(const PreparedName& query, const std::array<std::uint32_t, k_max_tokens>& bit_of)
      : m_query(query), m_bit_of(bit_of), m_arabic(!query.tokens.empty() && query.tokens.front().abjad) {
    for (std::size_t i = 0; i < query.tokens.size(); ++i) {
      if (bit_of[i] == 0) continue;
      const auto word = static_cast<std::size_t>(std::countr_zero(bit_of[i]));
      m_letter_of_word[word] = first_letter_bit(query, i);
      m_first_letters |= m_letter_of_word[word];
    }
  }

  // The first letters (a-z bits) of the distinctive words.
  std::uint32_t first_letters() const { return m_first_letters; }

  // How many of `words` (bits) may partner a loose word of a name of this shape.
  std::size_t among(std::uint32_t words, const NameShape& shape) {
    if (m_query.rules == NameRules::organisation) {
      if (!m_generic_like) m_generic_like = generic_like();
      // Against an Arabic-script name a run of Latin words pairs by consonants, with any word.
      const std::uint32_t partners = m_generic_like->alone | (shape.arabic_script != m_arabic ? m_generic_like->in_runs
                                                                                             : m_generic_like->by_runs);
      return static_cast<std::size_t>(std::popcount(words & partners));
    }
    std::size_t partners = 0;
    for (std::uint32_t rest = words; rest != 0; rest &= rest - 1) {
      const std::uint32_t letter = m_letter_of_word[static_cast<std::size_t>(std::countr_zero(rest))];
      if (letter == 0 || (letter & shape.initials) != 0) ++partners;
    }
    return partners;
  }

 private:
  // The words that may pair with a generic word: alone, or in a run of query words; and all
  // words in runs.
  struct GenericLike {
    std::uint32_t alone = 0;
    std::uint32_t by_runs = 0;
    std::uint32_t in_runs = 0;
  };

  GenericLike generic_like() const {
    GenericLike like;
    for (std::size_t i = 0; i < m_query.tokens.size(); ++i) {
      if (m_bit_of[i] != 0 && may_pair_with_generic(word_form(m_query, i))) like.alone |= m_bit_of[i];
    }
    for_each_run(m_query, [&](std::size_t start, std::size_t count, std::string_view run) {
      const std::uint32_t bits = words_of_run(m_bit_of, start, count);
      like.in_runs |= bits;
      const bool new_bits = (bits & ~like.by_runs) != 0;
      if (new_bits && (m_query.tokens[start].abjad || run_may_pair_with_generic(run))) like.by_runs |= bits;
    });
    return like;
  }

  const PreparedName& m_query;
  const std::array<std::uint32_t, k_max_tokens>& m_bit_of;
  bool m_arabic = false;
  std::array<std::uint32_t, k_max_query_bits> m_letter_of_word{};  // a-z bit, 0 for another sign
  std::uint32_t m_first_letters = 0;
  std::optional<GenericLike> m_generic_like;
};

// Of the query words `words` (bits), how many may be without a partner of their own in a list
// name: those that paired with none of its words, and of those that did, as many as paired
// beyond what its words can partner (Reach::query_words). count(words) counts some of them.
template <typename Count>
[[gnu::always_inline]] inline std::size_t most_alone(std::uint32_t words, std::uint32_t paired, const Reach& reach,
                                                     Count&& count) {
  const auto reached = static_cast<std::size_t>(std::popcount(paired));
  const std::size_t paired_alone = reached > reach.query_words ? reached - reach.query_words : 0;
  const std::size_t unpaired = count(words & ~paired);
  return paired_alone == 0 ? unpaired : unpaired + std::min(paired_alone, count(words & paired));
}

// How runs of a list name's words that pair with query words (run_pairing() of the name against
// the query) add to the reach: of the query words they pair with, those that may have no partner
// of their own (most_alone(); words_paired: the query words that paired with some list word), and
// those not looked up (not distinctive) too.
[[gnu::always_inline]] inline RunsReach list_runs_reach(const RunPairing& paired,
                                                       const std::array<std::uint32_t, k_max_tokens>& bit_of,
                                                       std::uint32_t words_paired, const Reach& reach) {
  std::uint32_t bits = 0;
  std::size_t not_looked_up = paired.words_past_bits;
  for (std::uint64_t rest = paired.word_bits; rest != 0; rest &= rest - 1) {
    const auto word = static_cast<std::size_t>(std::countr_zero(rest));
    if (word < bit_of.size() && bit_of[word] != 0) {
      bits |= bit_of[word];
    } else {
      ++not_looked_up;
    }
  }
  const std::size_t words_not_reached = not_looked_up + most_alone(bits, words_paired, reach, count_words);
  return {std::min(paired.runs, paired.words()), paired.most_distinctive, words_not_reached};
}

}  // namespace bibob::matching::index_detail
