// Which list names are worth scoring against a query (candidates()): the postings of the terms
// its lookups reached (name_index_lookup.cpp), walked name by name, and each name's reach held
// against the floor by the score ceiling (score_ceiling.hpp); runs decide the names in doubt.
#include "matching/name_index.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

#include "matching/name_comparison.hpp"
#include "matching/name_index_internals.hpp"
#include "matching/name_index_reach.hpp"
#include "matching/name_index_scratch.hpp"
#include "matching/name_weights.hpp"
#include "matching/score_ceiling.hpp"
#include "util/popcount_clones.hpp"

namespace bibob::matching {
using namespace index_detail;
namespace {

// How many names ahead their marks and shapes are fetched: they are read at random.
constexpr std::size_t k_prefetch_ahead = 16;

// Names whose marks (16 bytes each) fit in a core's level-2 cache together: the block of
// names that a query whose words have more postings than this walks at a time.
constexpr std::size_t k_names_per_block = std::size_t{1} << 16;

// Whether the lookups of a run of query words that holds a distinctive word (reach_runs()) find
// every word of its script the comparison pairs it with. They reach words two edits away at
// least: the run and the words lose up to two letters each (deletions_for(): a word shorter than
// seven letters loses one, or none below four, but then the comparison allows fewer edits). Across
// scripts the run and a word pair by their consonants, which the lookups find whatever the length.
bool lookups_find_pairs_of(std::string_view run, NameRules rules) {
  return run.size() <= k_short_run && most_run_edits(run.size(), rules) <= 2;
}

// Whether a list name is worth scoring against a query, by its shape and what reached it: yes,
// no, or only if runs of its words (if_runs_pair) or of the query's (if_query_runs_pair) pair,
// which the comparison's run test tells. Runs of list words are checked by that test only when
// they could lift the score to the floor. Runs of the query's other words (particles, generic
// words) may pair with list words no lookup reached: each gives one more list word a partner.
// Runs of query words are looked up, but a long one may pair with a list word further than its
// lookups reach, which the run test tells too.
enum class Worth : std::uint8_t { no, yes, if_runs_pair, if_query_runs_pair };

class WorthScoring {
 public:
  WorthScoring(const PreparedName& query, double floor)
      : m_query_shape(shape_of(query)), m_floor(floor), m_rules(query.rules) {
    m_runs_unfound.arabic_script = m_query_shape.arabic_script;
    m_runs_unfound_across.arabic_script = m_query_shape.arabic_script;
    for_each_run(query, [&](std::size_t start, std::size_t count, std::string_view run) {
      const std::uint32_t letter = first_letter_bit(query, start);
      m_query_run_letters |= letter != 0 ? letter : k_any_letter;
      const bool arabic = query.tokens[start].abjad;
      const std::size_t distinctive = weights::distinctive_in(query, start, count);
      if (distinctive == 0) m_runs_unfound_across.add_run(run, arabic, distinctive);
      if (distinctive == 0 || !lookups_find_pairs_of(run, query.rules)) m_runs_unfound.add_run(run, arabic, distinctive);
    });
  }

  const NameShape& query_shape() const { return m_query_shape; }

  // `tighten(reach)` adds what only lowers a ceiling (Reach::query_loose_partners and
  // query_cheap_alone), worked out only for a name whose looser ceiling reaches the floor.
  // Inlined, so that it is compiled with each of candidates()'s targets.
  template <typename Tighten>
  [[gnu::always_inline]] Worth operator()(const NameShape& shape, Reach& reach, Tighten&& tighten) const {
    const NameShape& query_shape = m_query_shape;
    const NameRules rules = m_rules;
    if (m_floor <= 0) return Worth::yes;
    bool tightened = false;
    auto reaches_floor = [&](auto&& ceiling_of) {
      if (ceiling_of(reach) < m_floor) return false;
      if (tightened) return true;
      tightened = true;
      tighten(reach);
      return ceiling_of(reach) >= m_floor;
    };
    if (reaches_floor([&](const Reach& r) { return score_ceiling(query_shape, shape, r, rules); })) return Worth::yes;
    const RunsReach runs = runs_reach(shape, query_shape, false);
    if (const RunsReach plain = runs_reach(query_shape, shape, true); plain.words > 0) {
      auto with_plain = [&](const Reach& r) {
        Reach with = r;
        with.listed_words = std::min<std::size_t>(shape.distinctive, r.listed_words + plain.words);
        return with;
      };
      auto plain_ceiling = [&](const Reach& r) { return score_ceiling(query_shape, shape, with_plain(r), rules); };
      auto plain_runs_ceiling = [&](const Reach& r) {
        return score_ceiling(query_shape, shape, with_plain(r), runs, rules);
      };
      if (reaches_floor(plain_ceiling) || (runs.words > 0 && reaches_floor(plain_runs_ceiling))) {
        return Worth::yes;
      }
    }
    auto runs_ceiling = [&](const Reach& r) { return score_ceiling(query_shape, shape, r, runs, rules); };
    if (runs.words > 0 && reaches_floor(runs_ceiling)) return Worth::if_runs_pair;
    // A run of query words stands for words that might pair on their own: it only gives more
    // words a partner when some query word has none.
    if (reach.query_words >= query_shape.distinctive) return Worth::no;
    // A run and a word of one script pair only when they begin with the same letter.
    if (shape.arabic_script == query_shape.arabic_script && m_query_run_letters != k_any_letter &&
        (m_query_run_letters & shape.target_letters) == 0) {
      return Worth::no;
    }
    const RunsReach query_runs = runs_reach(query_runs_unfound_by(shape), shape, false);
    return query_runs.words > 0 && reaches_floor([&](const Reach& r) {
             return score_ceiling_with_query_runs(query_shape, shape, r, query_runs, rules);
           })
               ? Worth::if_query_runs_pair
               : Worth::no;
  }

 private:
  static constexpr std::uint32_t k_any_letter = ~0U;

  // The query's runs whose pairs with a list name's words the lookups may not have found (those
  // found are in the reach already): all, when the name has words that are not looked up (an
  // organisation's generic words), else those without a distinctive word (not looked up), and
  // against a name of the query's script the long ones too (lookups_find_pairs_of()).
  const NameShape& query_runs_unfound_by(const NameShape& shape) const {
    if (shape.rules == NameRules::organisation && shape.loose > 0) return m_query_shape;
    return shape.arabic_script == m_query_shape.arabic_script ? m_runs_unfound : m_runs_unfound_across;
  }

  NameShape m_query_shape;
  NameShape m_runs_unfound;         // runs only
  NameShape m_runs_unfound_across;  // runs only
  double m_floor = 0;
  NameRules m_rules = NameRules::person;
  // The first letters (a-z bits) of the query's runs; when one begins with another sign, any.
  std::uint32_t m_query_run_letters = 0;
};

}  // namespace

std::pair<const std::uint32_t*, const std::uint32_t*> NameIndex::postings(std::uint32_t term_index) const {
  return {m_postings.data() + m_posting_offsets[term_index], m_postings.data() + m_posting_offsets[term_index + 1]};
}

// Inlined, so that it is compiled with each of candidates()'s targets.
template <typename Visit>
[[gnu::always_inline]] inline void NameIndex::walk_postings(NameRules rules, Visit&& visit) const {
  Scratch& s = scratch();
  const std::uint32_t wanted_rules = posting_rules(rules);
  s.cursors.clear();
  std::size_t posted = 0;
  for (const std::uint32_t term_index : s.terms_touched) {
    const auto [begin, end] = postings(term_index);
    s.cursors.push_back({begin, end, &s.term_marks[term_index]});
    posted += static_cast<std::size_t>(end - begin);
  }
  const std::size_t names = m_names.size();
  const std::size_t block = posted > k_names_per_block ? k_names_per_block : names;
  for (std::size_t low = 0; low < names; low += block) {
    const std::size_t high = std::min(names, low + block);
    const std::size_t first_touched = s.touched.size();
    for (Scratch::Cursor& cursor : s.cursors) {
      const Scratch::TermMarks& term_marks = *cursor.marks;
      const std::uint32_t* p = cursor.at;
      for (; p != cursor.end && (*p & k_posting_name) < high; ++p) {
        if (p + k_prefetch_ahead < cursor.end) __builtin_prefetch(&s.marks[p[k_prefetch_ahead] & k_posting_name], 1);
        if ((*p & k_organisation_posting) != wanted_rules) continue;
        const std::uint8_t sense = (*p & k_arabic_posting) != 0 ? k_arabic_sense : k_latin_sense;
        const bool by_words = (term_marks.senses & sense) != 0;
        if (!by_words && term_marks.loose == 0) continue;
        const std::uint32_t name = *p & k_posting_name;
        Scratch::Marks& marks = s.marks[name];
        if (marks.words.any == 0 && marks.loose == 0) s.touched.push_back(name);
        marks.loose |= term_marks.loose;
        if (!by_words) continue;
        marks.words |= term_marks.words;
        marks.cover = static_cast<std::uint8_t>(std::min(255, marks.cover + term_marks.cover));
        if (term_marks.words.paired != 0) marks.reached = static_cast<std::uint8_t>(std::min(255, marks.reached + 1));
      }
      cursor.at = p;
    }
    for (std::size_t t = first_touched; t < s.touched.size(); ++t) {
      if (t + k_prefetch_ahead < s.touched.size()) {
        const std::uint32_t ahead = s.touched[t + k_prefetch_ahead];
        __builtin_prefetch(&s.marks[ahead]);
        // A shape spans two cache lines.
        __builtin_prefetch(&m_shapes[ahead]);
        __builtin_prefetch(reinterpret_cast<const char*>(&m_shapes[ahead]) + sizeof(NameShape) - 1);
      }
      visit(s.touched[t]);
    }
  }
}

RunsReach NameIndex::query_runs_not_found(const RunPairing& paired, const PreparedName& name,
                                          const std::array<std::uint32_t, k_max_tokens>& bit_of) const {
  const Scratch& s = scratch();
  if (paired.pair_count > RunPairing::k_kept_pairs || paired.words_past_bits > 0) {
    return RunsReach{std::min(paired.runs, paired.words()), paired.most_distinctive};
  }
  RunsReach runs;
  std::uint64_t words = 0;
  std::size_t last_start = 0;
  std::size_t last_count = 0;
  for (std::size_t p = 0; p < paired.pair_count; ++p) {
    const auto& [start, count, word] = paired.pairs[p];
    const std::uint32_t run_bits = words_of_run(bit_of, start, count);
    const std::uint32_t term_index = find_term(name.token(word));
    if (run_bits != 0 && term_index != k_no_term && (s.term_marks[term_index].words.paired & run_bits) == run_bits) {
      continue;
    }
    words |= std::uint64_t{1} << word;
    runs.most_distinctive = std::max(runs.most_distinctive, count_words(run_bits));
    if (start != last_start || count != last_count) ++runs.words;  // a run's pairs come one after another
    last_start = start;
    last_count = count;
  }
  // As many as there are runs, and no more than the words they pair with.
  runs.words = std::min<std::size_t>(runs.words, static_cast<std::size_t>(std::popcount(words)));
  return runs;
}

BIBOB_POPCOUNT_CLONES void NameIndex::candidates(const PreparedName& query, std::vector<std::uint32_t>& out,
                                                 double floor) const {
  out.clear();
  if (!m_built) return;
  Scratch& s = scratch();
  if (s.marks.size() < m_names.size()) s.marks.assign(m_names.size(), {});
  if (s.term_marks.size() < m_term_phonetic.size()) s.term_marks.assign(m_term_phonetic.size(), {});
  s.touched.clear();
  s.terms_touched.clear();
  const NameRules rules = query.rules;
  // First every list word the query reaches, with the query words it may stand for.
  QueryTerms terms;
  mark_query_terms(query, floor, terms);
  const std::size_t significant = terms.significant;
  if (significant == 0) return;
  const auto& bit_of = terms.bit_of;
  const auto& least_shortfall = terms.least_shortfall;
  const std::uint32_t cheap_words = terms.cheap_words;
  const bool loose_known = rules == NameRules::organisation && terms.generic_words <= k_max_loose_bits;

  // Then the names of the query's rules those words occur in, in the script they were
  // reached in, and of those the names worth scoring.
  //
  // A name is worth scoring when its words stand for enough different query words and its
  // score can reach the floor. Words pair one to one, but for runs: a list word stands for as
  // many query words as its cover, and no more list words pair with query words than there
  // are query words. An initial of the list name may stand for a query word of its letter,
  // unseen by the lookups. The ceiling needs no runs of query words with a distinctive word
  // (the lookups took them), but does runs of list words and other runs of query words.
  const std::size_t required = significant <= (rules == NameRules::person ? 2U : 1U) ? significant : significant - 1;
  // Of the query's words without a partner, those that may partner the list name's loose
  // words. Words that reached a list word may be without a partner too, when more reached it
  // than it can partner (Reach::query_words).
  const std::uint32_t all_words = significant == k_max_query_bits ? ~0U : (1U << significant) - 1;
  LoosePartners loose_partners(query, bit_of);
  const WorthScoring worth_scoring(query, floor);
  const NameShape& query_shape = worth_scoring.query_shape();
  // The runs that pair, not all runs that might, then decide the ceiling. The comparison's run
  // test reads the list name itself, which its shape does not hold: it is asked last, of the
  // names that need it, reading names ahead (runs_to_ask).
  auto ask_runs = [&]() __attribute__((always_inline)) {
    std::size_t asked = 0;
    visit_names(s.runs_to_ask, [&](std::uint32_t id, const PreparedName& name) __attribute__((always_inline)) {
      const auto& [reach, words_paired, query_runs] = s.reach_to_ask[asked++];
      if (query_runs) {
        const RunsReach runs = query_runs_not_found(run_pairing(query, name), name, bit_of);
        if (runs.words > 0 && score_ceiling_with_query_runs(query_shape, m_shapes[id], reach, runs, rules) >= floor) {
          out.push_back(id);
        }
        return;
      }
      const RunsReach runs = list_runs_reach(run_pairing(name, query), bit_of, words_paired, reach);
      if (runs.words > 0 && score_ceiling(query_shape, m_shapes[id], reach, runs, rules) >= floor) out.push_back(id);
    });
    s.runs_to_ask.clear();
    s.reach_to_ask.clear();
  };

  // Inlined, as the run asks above, so that the bit counts per name use the target's POPCNT.
  walk_postings(rules, [&](std::uint32_t name) __attribute__((always_inline)) {
    Scratch::Marks& marks = s.marks[name];
    const NameShape& shape = m_shapes[name];
    const auto initials = static_cast<std::size_t>(std::popcount(shape.initials & loose_partners.first_letters()));
    const auto reached = static_cast<std::size_t>(std::popcount(marks.words.any));
    if (std::min<std::size_t>(reached, marks.cover) + initials >= required) {
      Reach reach = reach_of(marks, shape, least_shortfall, significant, loose_known);
      auto tighten = [&](Reach& loose) {
        if (shape.loose > 0) {
          loose.query_loose_partners = most_alone(all_words, marks.words.paired, loose, [&](std::uint32_t words) {
            return loose_partners.among(words, shape);
          });
        }
        if (cheap_words != 0) {
          loose.query_cheap_alone = most_alone(cheap_words, marks.words.paired, loose, count_words);
        }
      };
      const Worth worth = worth_scoring(shape, reach, tighten);
      switch (worth) {
        case Worth::yes: out.push_back(name); break;
        case Worth::if_runs_pair:
        case Worth::if_query_runs_pair:
          s.runs_to_ask.push_back(name);
          s.reach_to_ask.push_back({reach, marks.words.paired, worth == Worth::if_query_runs_pair});
          break;
        case Worth::no: break;
      }
    }
    marks = {};
  });
  ask_runs();
  for (const std::uint32_t term_index : s.terms_touched) s.term_marks[term_index] = {};
  std::sort(out.begin(), out.end());
}

}  // namespace bibob::matching
