#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "matching/prepared_name.hpp"

namespace bibob::matching {

// What the comparison needs to know of a name to tell, without comparing it, how high its
// score against another name can be at most: how many distinctive words it has, what they
// all weigh, and what its unmatched words cost at least. Kept per list name in the index
// (112 bytes), so that a query can pass over names that cannot reach the threshold.
struct NameShape {
  NameRules rules = NameRules::person;
  float weight = 0;                 // all its words
  std::uint8_t distinctive = 0;     // words the index looks up (weights::distinctive)
  std::uint8_t loose = 0;           // words that pair with a distinctive word not looked up: initials, generic words
  std::uint8_t particles = 0;       // person rules: particles, which pair with the other name's particles
  std::uint32_t initials = 0;       // person rules: the letters (a-z) of its initials
  // Two or three words in a row (runs), and the words a run of the other name may pair with
  // (targets), each as its first letter, its length and (runs) how many distinctive words it
  // holds, for a quick runs_reach() before runs_pair(). A name with more than fit is taken to
  // have every key. Room for the runs of a name of nine words: a long name's runs that no key
  // rules out would each be checked against the query's words.
  template <std::size_t Kept>
  struct Keys {
    static constexpr std::size_t k_kept = Kept;
    std::array<std::uint16_t, k_kept> keys{};  // first letter << 9 | distinctive words << 7 | letters
    std::uint8_t count = 0;                     // k_kept + 1: more than fit
    void add(char first, std::size_t letters, std::size_t distinctive = 0);
  };
  Keys<16> runs;
  Keys<6> plain_runs;  // runs without a distinctive word
  Keys<6> targets;
  std::uint32_t target_letters = 0;  // a-z
  // Across scripts runs pair by their consonants: a bit for the consonant stem (abjad.hpp) of
  // each run and of each target word.
  std::uint64_t run_stems = 0;
  std::uint64_t target_stems = 0;
  bool arabic_script = false;       // against Latin, runs pair by their consonants, whatever their letters
  std::uint8_t cheap_words = 0;     // patronymics (person) or place names (organisation): cost less unmatched

  // Adds a run of words written together (for_each_run) that holds `distinctive_words` distinctive
  // words.
  void add_run(std::string_view run, bool arabic, std::size_t distinctive_words);

  // Calls visit(field) for every field, in a fixed order (screener_file.cpp writes and reads
  // them so).
  template <typename Self, typename Visit>
  static void visit_fields(Self& shape, Visit&& visit) {
    visit(shape.rules), visit(shape.weight), visit(shape.distinctive);
    visit(shape.loose), visit(shape.particles), visit(shape.initials);
    auto visit_keys = [&](auto& keys) {
      for (auto& key : keys.keys) visit(key);
      visit(keys.count);
    };
    visit_keys(shape.runs), visit_keys(shape.plain_runs), visit_keys(shape.targets);
    visit(shape.target_letters), visit(shape.run_stems), visit(shape.target_stems), visit(shape.arabic_script);
    visit(shape.cheap_words);
  }
};

NameShape shape_of(const PreparedName& name);

// A distinctive word that costs less left alone (NameShape::cheap_words): a person's
// patronymic, a place name in an organisation's name.
bool is_cheap_word(const Token& token, NameRules rules);

// How runs of `runs` (only those without a distinctive word when plain_only) may pair with
// words of `words`: not at all when they begin with another letter, differ in length by more
// than the comparison allows, or (across scripts) have other consonants; else at most with
// `words` of them, each run holding at most `most_distinctive` distinctive words.
struct RunsReach {
  std::size_t words = 0;
  std::size_t most_distinctive = 0;
  // Of the words those runs pair with, how many have no partner of their own (Reach), when
  // known.
  std::size_t words_not_reached = static_cast<std::size_t>(-1);
};
RunsReach runs_reach(const NameShape& runs, const NameShape& words, bool plain_only);
inline bool runs_may_pair(const NameShape& runs, const NameShape& words, bool plain_only) {
  return runs_reach(runs, words, plain_only).words > 0;
}

// What the index found of a query and a list name: how many distinctive words of each have a
// partner on the other side at all (by spelling, sound, consonants or query words run
// together, as the index looks them up), and what those pairs lose at least for being less
// than alike: the sum over the query's words of (1 - similarity) times the pair's weight.
// Of an organisation's name, the index also looks up the query's generic words, which may pair
// with distinctive list words: `loose_partners` is how many of the list name's words they can
// partner at most (without that knowledge, as many as there are). Of the query's words without
// a partner, `query_loose_partners` may partner the list name's initials or generic words, and
// `query_cheap_alone` may be cheap words.
struct Reach {
  static constexpr std::size_t k_unknown = static_cast<std::size_t>(-1);
  std::size_t query_words = 0;
  std::size_t listed_words = 0;
  double shortfall = 0;
  std::size_t loose_partners = k_unknown;
  std::size_t query_loose_partners = k_unknown;
  std::size_t query_cheap_alone = k_unknown;
};

// The highest score compare_names() can give a query and a list name of these shapes when
// only the words of `reach` pair, and no run of the list name's words pairs with a query word
// (runs_pair(), which the caller asks only when this ceiling is too low).
double score_ceiling(const NameShape& query, const NameShape& listed, const Reach& reach, NameRules rules);

// The same when, beyond `reach`, runs of the list name's words may pair with query words as
// `runs` says: each such run stands for one query word and for its distinctive words.
double score_ceiling(const NameShape& query, const NameShape& listed, const Reach& reach, const RunsReach& runs,
                     NameRules rules);

// The same when runs of the query's words may pair with list words as `runs` says (runs_reach()
// of the query against the list name, or run_pairing()): each such run stands for one list
// word and for its distinctive words.
double score_ceiling_with_query_runs(const NameShape& query, const NameShape& listed, const Reach& reach,
                                     const RunsReach& runs, NameRules rules);

}  // namespace bibob::matching
