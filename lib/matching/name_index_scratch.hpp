#pragma once

// What each thread keeps between queries of the name index: its marks of the terms and names a
// query reached (name_index_lookup.cpp marks them, name_index_candidates.cpp reads them), and
// what it remembers of earlier lookups.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "matching/score_ceiling.hpp"
#include "util/flat_text_map.hpp"
#include "util/large_array.hpp"

namespace bibob::matching::index_detail {

// Entries a thread keeps per key, all in one array: where each key's entries lie, and the key
// of the entries being looked for or made.
template <typename Entry>
struct Remembered {
  static constexpr std::size_t k_most_entries = std::size_t{1} << 20;
  static constexpr std::size_t k_most_keys = std::size_t{1} << 17;
  static constexpr std::size_t k_key_letters = 16;  // about, on average
  FlatTextMap<std::pair<std::uint32_t, std::uint32_t>> spans;
  LargeArray<Entry> entries;
  std::string key;

  // Calls visit(entry) for every entry kept under `key`; false when none are.
  template <typename Visit>
  bool replay(Visit&& visit) const {
    const auto* known = spans.find(key);
    if (known == nullptr) return false;
    const auto [begin, count] = *known;
    for (std::uint32_t e = begin; e < begin + count; ++e) visit(entries[e]);
    return true;
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(entries.size()); }
  // Keeps the entries from `begin` on under `key`.
  void keep(std::uint32_t begin) { spans.try_emplace(key, std::make_pair(begin, size() - begin)); }
  bool full() const { return entries.size() >= k_most_entries || spans.size() >= k_most_keys; }
  // Room for all at once, and in the array for a last key's entries past the bound, so that no
  // query pays for moving them (the array's pages are only taken when written).
  void clear() {
    spans.clear();
    spans.reserve(k_most_keys, k_most_keys * k_key_letters);
    entries.clear();
    entries.reserve(2 * k_most_entries);
  }
};

// Scratch space of one thread, reused between queries so that a query allocates nothing
// once it has run once.
struct Scratch {
  // Of a term or a name, as bits of the query's distinctive words: the words it may stand for,
  // those it pairs with (not only as part of a run), those it pairs with losing nothing.
  struct QueryWords {
    std::uint32_t any = 0;
    std::uint32_t paired = 0;
    std::uint32_t alike = 0;
    QueryWords& operator|=(const QueryWords& other) {
      any |= other.any;
      paired |= other.paired;
      alike |= other.alike;
      return *this;
    }
  };
  // Per name, together so that a posting touches one cache line: its query words, how many
  // query words its words can stand for at most, how many of its words pair with some query
  // word, and (organisations) the query's generic words that pair with some of its words.
  struct Marks {
    QueryWords words;
    std::uint8_t cover = 0;
    std::uint8_t reached = 0;
    std::uint8_t loose = 0;
  };
  LargeArray<Marks> marks;
  std::vector<std::uint32_t> touched;
  // Per term, its query words, how many of them one occurrence can stand for, as a word of
  // which script's names it pairs, and the query's generic words it pairs with (in any script).
  struct TermMarks {
    QueryWords words;
    std::uint8_t cover = 0;
    std::uint8_t senses = 0;
    std::uint8_t loose = 0;
  };
  LargeArray<TermMarks> term_marks;
  std::vector<std::uint32_t> terms_touched;
  // Per term touched, how far its postings have been walked.
  struct Cursor {
    const std::uint32_t* at = nullptr;
    const std::uint32_t* end = nullptr;
    const TermMarks* marks = nullptr;
  };
  std::vector<Cursor> cursors;
  std::vector<std::uint32_t> runs_to_ask;  // names whose runs of words decide
  // What reached each of them without runs, which query words paired (QueryWords::paired), and
  // whose runs are asked about (the list name's or the query's).
  struct ToAsk {
    Reach reach;
    std::uint32_t words_paired = 0;
    bool query_runs = false;
  };
  std::vector<ToAsk> reach_to_ask;
  LargeArray<std::uint32_t> term_seen;     // per term: the lookup that last met it
  std::uint32_t lookup = 0;
  LargeArray<std::uint16_t> trigram_counts;
  std::vector<std::uint32_t> trigram_touched;

  // What the thread remembers of the index `remembered_of`: what query words and runs reached
  // (per what, rules, script and text), and what a word's lookups found, before any rules (per
  // how it was looked up and its text), so that a query tried under both rules looks its words
  // up once. Forgotten all at once when either grows past its bounds.
  struct ReachedTerm {
    std::uint32_t term = 0;
    std::uint8_t senses = 0;
    double similarity = 0;
  };
  Remembered<ReachedTerm> reached;
  Remembered<std::uint32_t> found;
  std::uint64_t remembered_of = 0;
  void forget(std::uint64_t index) {
    reached.clear();
    found.clear();
    remembered_of = index;
  }
  void remember_for(std::uint64_t index) {
    if (remembered_of != index) forget(index);
  }
  bool full() const { return reached.full() || found.full(); }
};

// One per thread for the whole program, whichever of the index's files asks (inline: its
// thread_local is then one object, not one per file).
inline Scratch& scratch() {
  thread_local Scratch instance;
  return instance;
}

}  // namespace bibob::matching::index_detail
