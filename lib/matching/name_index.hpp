#pragma once

// The words of this folder's candidate generation, as its code uses them:
// - distinctive word: a word that identifies its name (weights::distinctive): of a person's name
//   not a particle or initial, of an organisation's not a generic word or stopword. Only these
//   are posted and looked up.
// - loose word: a word of a list name that may pair with a distinctive query word but is not
//   looked up: a person's initials, an organisation's generic words (NameShape::loose).
// - term: one distinct word of the list names, or (Arabic script) words in a row written
//   together; the index knows each by a number and finds it by its keys.
// - posting: a name's number under a term it holds, with bits for the rules the name is under
//   and for the word being written in Arabic script there.
// - sense: as what a term pairs with a query word: as a word of a Latin name, or of an
//   Arabic-script name (where words also pair by their consonants).
// - run: two or three words in a row that the comparison may take for one word of the other
//   name ("abdul rahman" / "abdulrahman"; for_each_run).
// - partner: the word of the other name a word pairs with; words pair one to one, but for runs.
//   A loose partner is one the lookups do not see: a query word for a list name's loose word,
//   or a list word for a generic word of an organisation's query.
// - marks: per term and per list name, the bits of the query words that reached it, kept by
//   each thread; cover: how many query words one occurrence of a term can stand for.
// - reach: what the lookups found of a query and a list name: how many distinctive words on
//   each side have a partner, and what the pairs lose at least for not being alike (Reach).
// - shape: what the ceiling needs to know of a name without comparing it (NameShape).
// - floor: the name score below which a name is of no use to the caller; the screener passes
//   its threshold less what corroboration can add. (The comparison's word floors are another
//   thing: the similarity below which two words are not taken for one.)
// - ceiling: the highest score compare_names() can give a query and a list name with a given
//   reach, worked out from their shapes alone (score_ceiling.hpp).
// - worth scoring: said of a list name whose ceiling reaches the floor, or would if runs paired
//   (which the comparison's run test then tells); only those are scored (Worth).
// The files: name_index_build.cpp (adding names, build()), name_index_lookup.cpp (what a query's
// words reach), name_index_candidates.cpp (which names are worth scoring), with their private
// headers name_index_internals.hpp, name_index_scratch.hpp and name_index_reach.hpp; the index
// as bytes in screener_file.cpp.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "matching/name_comparison.hpp"
#include "matching/prepared_name.hpp"
#include "matching/score_ceiling.hpp"
#include "util/flat_text_map.hpp"
#include "util/large_array.hpp"

namespace bibob {
class BinaryReader;
class BinaryWriter;
}  // namespace bibob

namespace bibob::matching {

// Sorted (key, term) pairs: how the index finds words by a key (name_index_lookup.cpp).
using KeyedTerms = LargeArray<std::pair<std::uint64_t, std::uint32_t>>;


// Candidate generation: an inverted index from the distinctive words of list names to the
// names. A query word reaches the list words the comparison would pair it with: looked up
// exactly, by spelling and phonetic key, by deletions (every word with up to one letter
// deleted, two from seven letters on, so typos meet), by letter trigrams (long words), by
// splitting or joining words ("Abdulrahman" / "Abdul Rahman"), and across scripts by
// consonants ("mhmd" / Muhammad); each word found is kept only when words_pair() takes it.
// A name is scored only when its words reach enough different query words and its score
// can still reach the floor (score_ceiling.hpp).
class NameIndex {
 public:
  // Prepares and adds a name; returns its id. Not after build().
  std::uint32_t add(std::uint32_t entity, std::string_view name, NameRules rules);
  // Freezes the postings into compact arrays.
  void build();

  // A built index as bytes and back (screener_file.cpp), so that a process need not prepare
  // every list name again. read() throws std::runtime_error on bytes it cannot take.
  void write(BinaryWriter& out) const;
  static NameIndex read(BinaryReader& in);

  // Forgets what the calling thread remembers of every index's lookups (remembered()), so that a
  // benchmark can time queries as if each were the first.
  static void forget_remembered();

  std::size_t name_count() const { return m_names.size(); }
  std::size_t term_count() const { return m_term_phonetic.size(); }
  const PreparedName& name(std::uint32_t id) const { return m_names[id]; }
  // Calls visit(id, name(id)) for each of `ids` in turn, reading names ahead: they lie at
  // random in memory, and a comparison that waits for each would mostly wait.
  template <typename Visit>
  void visit_names(const std::vector<std::uint32_t>& ids, Visit&& visit) const;
  std::uint32_t entity(std::uint32_t id) const { return m_entities[id]; }

  // The ids of the names worth scoring against the query, ascending; names prepared under
  // other rules than the query's are left out, and so are names whose score cannot reach
  // `floor` (score_ceiling.hpp).
  void candidates(const PreparedName& query, std::vector<std::uint32_t>& out, double floor = 0) const;

 private:
  // Letter trigrams over a-z, 0-9 and the two word ends: 39 symbols.
  static constexpr std::size_t k_trigram_space = 39 * 39 * 39;

  std::uint32_t term_id(std::string_view word);
  std::string_view term(std::uint32_t id) const;
  std::pair<const std::uint32_t*, const std::uint32_t*> postings(std::uint32_t term) const;
  std::uint32_t find_term(std::string_view word) const;
  // The senses in which the comparison pairs a query's word with a term, as a word of a Latin
  // name or of an Arabic-script name (where it pairs by consonants too: the run "abudalaah"
  // pairs with the transliterated "abdul", not with the Latin "Abdul"), and how alike they are
  // at best. A term that may only be part of a run of list words that pairs with the query
  // word is k_part_of_run: it leads to names, whose runs the comparison's test then checks.
  static constexpr std::uint8_t k_latin_sense = 1;
  static constexpr std::uint8_t k_arabic_sense = 2;
  struct Pairing {
    std::uint8_t senses = 0;
    double similarity = 0;
  };
  static constexpr Pairing k_part_of_run{k_latin_sense | k_arabic_sense, -1};
  Pairing pairs_with(const WordForm& word, std::uint32_t term, NameRules rules) const;
  std::uint8_t senses_of(std::uint32_t term) const;  // in which it occurs in some name
  bool occurs_under(std::uint32_t term, NameRules rules) const;  // in some name of these rules
  // found(term, pairing) for every list word the query's word i reaches, as it is and as parts
  // of it; note(term, query words, cover, pairing) for every list word that query words run
  // together reach.
  template <typename Found>
  void reach_word(const PreparedName& query, std::size_t i, Found&& found) const;
  template <typename Note>
  void reach_runs(const PreparedName& query, const std::array<std::uint32_t, k_max_tokens>& bit_of,
                  Note&& note) const;
  // What a query word or run reaches depends on its text, script and rules and on the index
  // alone, and the same given names and surnames come back query after query: each thread
  // remembers it. Calls found(term, pairing) as reach(found) did, calling reach only the first time.
  enum class Reached : char { word = 'w', run = 'r', generic_word = 'g' };
  template <typename Reach, typename Found>
  void remembered(Reached what, NameRules rules, bool abjad, std::string_view text, Reach&& reach,
                  Found&& found) const;
  // Marks the terms that the generic words of an organisation's query pair with (Marks::loose);
  // returns how many generic words the query has.
  std::size_t mark_generic_partners(const PreparedName& query) const;
  // Marks every list word the query reaches, with the query words it may stand for (the
  // thread's term marks, name_index_scratch.hpp), and tells of the query's words in `terms`.
  struct QueryTerms;
  void mark_query_terms(const PreparedName& query, double floor, QueryTerms& terms) const;
  // Of the pairs of query runs with a list name's words (run_pairing() of the query against the
  // name), those the lookups did not find already (the list word's term marked with the run's
  // words): how they add to the reach. bit_of: per query token, its word's bit (QueryTerms).
  RunsReach query_runs_not_found(const RunPairing& paired, const PreparedName& name,
                                 const std::array<std::uint32_t, k_max_tokens>& bit_of) const;
  // Calls visit(name) once for every name of these rules that the touched terms occur in (in
  // the script they were reached in), after adding the terms' marks to the name's. Postings
  // are in the order of names: common words that reach many names are walked a block of names
  // at a time, so that those names' marks stay in the processor's cache.
  template <typename Visit>
  void walk_postings(NameRules rules, Visit&& visit) const;
  // Calls visit(term) once for every term the lookups reach from the word; a whole query
  // word is also looked up with two letters deleted and by letter trigrams. The caller
  // decides which pair. What the lookups found is remembered per thread too, whatever the rules.
  template <typename Visit>
  void lookup_terms(const WordForm& word, bool whole_word, Visit&& visit) const;

  LargeArray<PreparedName> m_names;
  LargeArray<NameShape> m_shapes;  // of each name, worked out again when read
  LargeArray<std::uint32_t> m_entities;

  FlatTextMap<std::uint32_t> m_term_ids;
  std::string m_term_text;
  LargeArray<std::uint32_t> m_term_offsets;  // into m_term_text, one more than terms
  LargeArray<std::uint64_t> m_term_phonetic;
  LargeArray<std::uint64_t> m_term_spelling;
  LargeArray<std::uint64_t> m_term_letters;
  LargeArray<std::uint8_t> m_term_scripts;  // as what and under which rules it was seen (name_index_internals.hpp)
  // Each term's consonant stem (abjad.hpp) read as Latin and as transliterated Arabic, two per
  // term, for pairing it with a word of the other script, and its given-name group
  // (given_names.hpp); worked out again when read.
  LargeArray<std::uint64_t> m_term_stems;
  LargeArray<std::uint8_t> m_term_given_names;
  std::uint64_t term_stem(std::uint32_t term, bool arabic) const { return m_term_stems[2 * term + (arabic ? 1 : 0)]; }
  void index_term_readings();

  // A posting is a name id; its top bit says the word occurs in that name in Arabic script,
  // the next that the name is an organisation's, so that a query passes over names of the
  // other rules and words reached in another script without looking at them.
  static constexpr std::uint32_t k_arabic_posting = 0x80000000U;
  static constexpr std::uint32_t k_organisation_posting = 0x40000000U;
  static constexpr std::uint32_t k_posting_name = k_organisation_posting - 1;
  static std::uint32_t posting_rules(NameRules rules) {
    return rules == NameRules::organisation ? k_organisation_posting : 0;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_pending;  // (term, posting) until build()
  LargeArray<std::uint32_t> m_posting_offsets;
  LargeArray<std::uint32_t> m_postings;

  // Sorted (key, term) pairs: phonetic keys (alike in their high bits when only the vowel
  // groups differ), spelling keys, and hashes of each word with letters deleted.
  KeyedTerms m_by_phonetic;
  KeyedTerms m_by_spelling;
  KeyedTerms m_by_deletions;
  // Where each value of a deletion hash's top bits begins in m_by_deletions (worked out again
  // when read): a word looks up dozens of deletions, each then one step instead of a search.
  LargeArray<std::uint32_t> m_deletion_directory;
  unsigned m_deletion_bits = 0;
  void index_deletions();
  // Sorted consonant keys (abjad.hpp) of the words of Latin names, for a word of an Arabic-script
  // query, and of the words of Arabic-script names, for a word of a Latin query.
  KeyedTerms m_latin_by_consonants;
  KeyedTerms m_arabic_by_consonants;
  LargeArray<std::uint32_t> m_trigram_offsets;
  LargeArray<std::uint32_t> m_trigram_terms;
  bool m_built = false;
  // Tells this index from every other in the process, built or read, for what threads remember.
  std::uint64_t m_serial = 0;
  void mark_built();
};

// Inlined into its callers, candidates() among them, which is compiled for several targets.
template <typename Visit>
[[gnu::always_inline]] inline void NameIndex::visit_names(const std::vector<std::uint32_t>& ids, Visit&& visit) const {
  constexpr std::size_t k_ahead = 8;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    // A name's fields two steps ahead, then its words and letters, which they point to.
    if (k + 2 * k_ahead < ids.size()) {
      const PreparedName& later = m_names[ids[k + 2 * k_ahead]];
      __builtin_prefetch(&later.text);
      __builtin_prefetch(&later.tokens);
    }
    if (k + k_ahead < ids.size()) {
      const PreparedName& ahead = m_names[ids[k + k_ahead]];
      __builtin_prefetch(ahead.text.data());
      __builtin_prefetch(ahead.tokens.data());
      // The next cache line of its words too, by address: there may be no word that far.
      __builtin_prefetch(reinterpret_cast<const void*>(reinterpret_cast<std::uintptr_t>(ahead.tokens.data()) + 64));
    }
    visit(ids[k], m_names[ids[k]]);
  }
}

}  // namespace bibob::matching
