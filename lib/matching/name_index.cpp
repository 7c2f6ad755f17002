#include "matching/name_index.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <limits>
#include <optional>
#include <stdexcept>

#include "matching/abjad.hpp"
#include "matching/given_names.hpp"
#include "matching/name_weights.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"
#include "matching/vocabulary.hpp"
#include "util/mixed_bits.hpp"
#include "util/popcount_clones.hpp"

namespace bibob::matching {
namespace {

constexpr std::uint32_t k_no_term = 0xFFFFFFFFU;
// What a term was seen as (bits): a word of a Latin name, a word of an Arabic-script name, or
// words in a row of an Arabic-script name run together, which a Latin word may spell
// ("Nasrallah" / nsr allh); runs are looked up by their consonants only.
constexpr std::uint8_t k_latin_word = 1;
constexpr std::uint8_t k_arabic_word = 2;
constexpr std::uint8_t k_arabic_run = 4;
// And under which rules: in a person's name, in an organisation's. A term that occurs under
// other rules than the query's leads to no name it may be compared with.
constexpr std::uint8_t k_in_person_name = 8;
constexpr std::uint8_t k_in_organisation_name = 16;
std::uint8_t in_names_of(NameRules rules) {
  return rules == NameRules::organisation ? k_in_organisation_name : k_in_person_name;
}

// A word of some name, not only a run: looked up by spelling, sound, deletions and trigrams.
bool is_word(std::uint8_t scripts) { return (scripts & (k_latin_word | k_arabic_word)) != 0; }
constexpr std::size_t k_max_query_bits = 32;
static_assert(k_max_tokens <= k_max_query_bits, "every distinctive word of a query has a bit");
// Words from this length on are also looked up by letter trigrams: long enough for the
// comparison to forgive three typos, which deletions do not reach.
constexpr std::size_t k_trigram_lookup_length = 8;

bool indexed(const Token& token, NameRules rules) { return weights::distinctive(token, rules); }

// "van", or two particles written as one ("vander", "abdal").
bool particles(std::string_view word) {
  const std::size_t longest = vocabulary::longest_particle();
  if (word.size() > 2 * longest) return false;
  if (vocabulary::is_particle(word)) return true;
  for (std::size_t cut = word.size() > longest ? word.size() - longest : 1; cut < word.size() && cut <= longest; ++cut) {
    if (vocabulary::is_particle(word.substr(0, cut)) && vocabulary::is_particle(word.substr(cut))) return true;
  }
  return false;
}

std::uint32_t letter_code(char c) {
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

// A word made of parts of query words, as the comparison sees it; runs of words are compared
// by spelling alone (phonetic 0).
WordForm form_of(std::string_view text, bool abjad, std::uint64_t phonetic) {
  return {text, phonetic, spelling_key(text), letter_set(text), consonant_stem(text, abjad), abjad};
}

// How many names ahead their marks and shapes are fetched: they are read at random.
constexpr std::size_t k_prefetch_ahead = 16;
// Generic words of an organisation's query whose partners are marked (Marks::loose); with more,
// any list word may be a partner.
constexpr std::size_t k_max_loose_bits = 8;

// Names whose marks (16 bytes each) fit in a core's level-2 cache together: the block of
// names that a query whose words have more postings than this walks at a time.
constexpr std::size_t k_names_per_block = std::size_t{1} << 16;

// Letters a word may lose so that it meets every word the comparison takes for a typo of
// it: one edit from four letters on, two from seven (name_comparison.cpp: a word pair's edit
// distance may be up to 0.29 of the longer word). Both sides lose letters (a letter changed
// is one deleted on each side); a longer word of the pair has used up the difference.
std::size_t deletions_for(std::size_t length) { return length >= 7 ? 2 : (length >= 4 ? 1 : 0); }

// Query words run together of at most this many letters are looked up with two typos too.
constexpr std::size_t k_short_run = 12;

// Longer words are looked up whole (and by letter trigrams): their deletions would be many.
constexpr std::size_t k_longest_deleting_word = 24;
// The most hashes for_each_deletion() gives: a word with none, one and two letters deleted.
constexpr std::size_t k_most_deletion_hashes =
    1 + k_longest_deleting_word + k_longest_deleting_word * (k_longest_deleting_word - 1) / 2;

// A polynomial hash, so that the hash of a word less one or two letters follows from the
// hashes of its parts: H(x + y) = H(x) * B^|y| + H(y). Mixed at the end, so that its top
// bits spread evenly over the directory.
constexpr std::uint64_t k_hash_base = 1099511628211ULL;

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

// A list word that may be the first or the last of several the comparison takes as one
// against the query word ("islam in" / "islamic", "saher la" / "sahara", "al dam" / "adam",
// "y women" / "ywmen"): with at least a letter of other words, no longer than the query word
// allows a run, and the query word's start or end, as long as it or a letter more or less,
// but for one letter.
bool may_begin_or_end_run(std::string_view word, std::string_view listed) {
  if (listed.size() < 3 || listed.size() + 1 > word.size() + k_run_gap) return false;
  if (word.starts_with(listed) || word.ends_with(listed)) return true;
  if (listed.size() < 4) return false;
  // With one edit at the start, the second letter of one is the first or the second of the
  // other (a letter changed, left out or put in); at the end likewise.
  auto meet = [](char a, char a_next, char b, char b_next) { return a == b || a_next == b_next || a_next == b || a == b_next; };
  const std::size_t last = listed.size() - 1;
  const std::size_t word_last = word.size() - 1;
  const bool may_begin = meet(listed[0], listed[1], word[0], word[1]);
  const bool may_end = meet(listed[last], listed[last - 1], word[word_last], word[word_last - 1]);
  for (std::size_t length = listed.size() - 1; length <= std::min(listed.size() + 1, word.size()); ++length) {
    if ((may_begin && bounded_edit_distance(listed, word.substr(0, length), 1) <= 1) ||
        (may_end && bounded_edit_distance(listed, word.substr(word.size() - length), 1) <= 1)) {
      return true;
    }
  }
  return false;
}

template <typename Visit>
void for_each_key_match(const KeyedTerms& sorted, std::uint64_t key,
                        Visit&& visit) {
  auto range = std::equal_range(sorted.begin(), sorted.end(), std::make_pair(key, 0U),
                                [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto it = range.first; it != range.second; ++it) visit(it->second);
}

void sort_unique(KeyedTerms& pairs) {
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  pairs.shrink_to_fit();
}

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

// The bits of the distinctive query words among the `count` words from `start` (bit_of: per
// query token, its word's bit, 0 for one that is not looked up).
std::uint32_t words_of_run(const std::array<std::uint32_t, k_max_tokens>& bit_of, std::size_t start,
                           std::size_t count) {
  std::uint32_t bits = 0;
  for (std::size_t k = start; k < start + count; ++k) bits |= bit_of[k];
  return bits;
}

// The bit (a-z) of the letter a name's word begins with; 0 when it begins with another sign.
std::uint32_t first_letter_bit(const PreparedName& name, std::size_t token) {
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

Scratch& scratch() {
  thread_local Scratch instance;
  return instance;
}

std::atomic<std::uint64_t> g_index_serials{0};

}  // namespace

std::uint32_t NameIndex::term_id(std::string_view word) {
  const auto [id, inserted] = m_term_ids.try_emplace(word, static_cast<std::uint32_t>(m_term_phonetic.size()));
  if (inserted) {
    if (m_term_offsets.empty()) m_term_offsets.push_back(0);
    m_term_text += word;
    m_term_offsets.push_back(static_cast<std::uint32_t>(m_term_text.size()));
    m_term_phonetic.push_back(phonetic_key(word));
    m_term_spelling.push_back(spelling_key(word));
    m_term_letters.push_back(letter_set(word));
    m_term_scripts.push_back(0);
  }
  return *id;
}

std::string_view NameIndex::term(std::uint32_t id) const {
  return std::string_view(m_term_text).substr(m_term_offsets[id], m_term_offsets[id + 1] - m_term_offsets[id]);
}

std::uint32_t NameIndex::find_term(std::string_view word) const {
  const std::uint32_t* id = m_term_ids.find(word);
  return id == nullptr ? k_no_term : *id;
}

std::uint32_t NameIndex::add(std::uint32_t entity, std::string_view name, NameRules rules) {
  if (m_names.size() >= k_posting_name) throw std::length_error("more list names than an index holds");
  const auto id = static_cast<std::uint32_t>(m_names.size());
  m_names.push_back(prepare_name(name, rules));
  m_shapes.push_back(shape_of(m_names.back()));
  m_entities.push_back(entity);
  const PreparedName& prepared = m_names.back();
  // Posts the name under the word, and notes what the word was seen as and under which rules.
  auto post = [&](std::string_view word, bool arabic, std::uint8_t seen_as) {
    const std::uint32_t term_index = term_id(word);
    m_pending.emplace_back(term_index, id | posting_rules(rules) | (arabic ? k_arabic_posting : 0));
    m_term_scripts[term_index] |= static_cast<std::uint8_t>(seen_as | in_names_of(rules));
  };
  for (std::size_t i = 0; i < prepared.tokens.size(); ++i) {
    if (!indexed(prepared.tokens[i], rules)) continue;
    const bool arabic = prepared.tokens[i].abjad;
    post(prepared.token(i), arabic, arabic ? k_arabic_word : k_latin_word);
  }
  if (prepared.tokens.empty() || !prepared.tokens.front().abjad) return id;
  for_each_run(prepared, [&](std::size_t, std::size_t, std::string_view run) { post(run, true, k_arabic_run); });
  return id;
}

void NameIndex::build() {
  const std::size_t terms = m_term_phonetic.size();
  m_posting_offsets.assign(terms + 1, 0);
  for (const auto& [term_index, name] : m_pending) ++m_posting_offsets[term_index + 1];
  for (std::size_t t = 0; t < terms; ++t) m_posting_offsets[t + 1] += m_posting_offsets[t];
  // A word twice in one name is posted twice: each occurrence can stand for a query word.
  m_postings.assign(m_pending.size(), 0);
  std::vector<std::uint32_t> fill(m_posting_offsets.begin(), m_posting_offsets.end() - 1);
  for (const auto& [term_index, name] : m_pending) m_postings[fill[term_index]++] = name;
  std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(m_pending);

  m_by_phonetic.clear();
  m_by_spelling.clear();
  m_by_deletions.clear();
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (!is_word(m_term_scripts[t])) continue;
    m_by_phonetic.emplace_back(m_term_phonetic[t], t);
    m_by_spelling.emplace_back(m_term_spelling[t], t);
    for_each_deletion(term(t), 2, [&](std::uint64_t hash) { m_by_deletions.emplace_back(hash, t); });
  }
  sort_unique(m_by_phonetic);
  sort_unique(m_by_spelling);
  sort_unique(m_by_deletions);
  index_deletions();
  index_term_readings();

  m_latin_by_consonants.clear();
  m_arabic_by_consonants.clear();
  for (std::uint32_t t = 0; t < terms; ++t) {
    if ((m_term_scripts[t] & k_latin_word) != 0) {
      for (const std::uint64_t key : latin_consonant_keys(term(t))) m_latin_by_consonants.emplace_back(key, t);
    }
    if ((m_term_scripts[t] & (k_arabic_word | k_arabic_run)) != 0) {
      for (const std::uint64_t key : arabic_consonant_keys(term(t))) m_arabic_by_consonants.emplace_back(key, t);
    }
  }
  sort_unique(m_latin_by_consonants);
  sort_unique(m_arabic_by_consonants);

  m_trigram_offsets.assign(k_trigram_space + 1, 0);
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (is_word(m_term_scripts[t])) for_each_trigram(term(t), [&](std::uint32_t code) { ++m_trigram_offsets[code + 1]; });
  }
  for (std::size_t c = 0; c < k_trigram_space; ++c) m_trigram_offsets[c + 1] += m_trigram_offsets[c];
  m_trigram_terms.assign(m_trigram_offsets.back(), 0);
  std::vector<std::uint32_t> cursor(m_trigram_offsets.begin(), m_trigram_offsets.end() - 1);
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (is_word(m_term_scripts[t])) for_each_trigram(term(t), [&](std::uint32_t code) { m_trigram_terms[cursor[code]++] = t; });
  }
  mark_built();
}

void NameIndex::mark_built() {
  m_built = true;
  m_serial = ++g_index_serials;
}

void NameIndex::forget_remembered() { scratch().forget(0); }

std::pair<const std::uint32_t*, const std::uint32_t*> NameIndex::postings(std::uint32_t term_index) const {
  return {m_postings.data() + m_posting_offsets[term_index], m_postings.data() + m_posting_offsets[term_index + 1]};
}

void NameIndex::index_deletions() {
  const auto width = static_cast<unsigned>(std::bit_width(m_by_deletions.size()));
  m_deletion_bits = width > 1 ? width - 1 : 1;  // about two entries a directory slot
  m_deletion_directory.assign((std::size_t{1} << m_deletion_bits) + 1, 0);
  for (const auto& [hash, term_index] : m_by_deletions) ++m_deletion_directory[(hash >> (64 - m_deletion_bits)) + 1];
  for (std::size_t i = 1; i < m_deletion_directory.size(); ++i) m_deletion_directory[i] += m_deletion_directory[i - 1];
}

void NameIndex::index_term_readings() {
  const std::size_t terms = m_term_phonetic.size();
  m_term_stems.assign(2 * terms, 0);
  m_term_given_names.assign(terms, 0);
  for (std::uint32_t t = 0; t < terms; ++t) {
    m_term_given_names[t] = given_names::group_of(term(t));
    const std::uint8_t senses = senses_of(t);
    if ((senses & k_latin_sense) != 0) m_term_stems[2 * t] = consonant_stem(term(t), false);
    if ((senses & k_arabic_sense) != 0) m_term_stems[2 * t + 1] = consonant_stem(term(t), true);
  }
}

std::uint8_t NameIndex::senses_of(std::uint32_t term_index) const {
  const std::uint8_t scripts = m_term_scripts[term_index];
  return static_cast<std::uint8_t>(((scripts & k_latin_word) != 0 ? k_latin_sense : 0) |
                                   ((scripts & (k_arabic_word | k_arabic_run)) != 0 ? k_arabic_sense : 0));
}

bool NameIndex::occurs_under(std::uint32_t term_index, NameRules rules) const {
  return (m_term_scripts[term_index] & in_names_of(rules)) != 0;
}

NameIndex::Pairing NameIndex::pairs_with(const WordForm& word, std::uint32_t term_index, NameRules rules) const {
  if (!occurs_under(term_index, rules)) return {};
  const std::string_view text = term(term_index);
  const std::uint8_t senses = senses_of(term_index);
  Pairing pairing;
  for (const bool abjad : {false, true}) {
    if ((senses & (abjad ? k_arabic_sense : k_latin_sense)) == 0) continue;
    const WordForm listed{text,
                          m_term_phonetic[term_index],
                          m_term_spelling[term_index],
                          m_term_letters[term_index],
                          abjad != word.abjad ? term_stem(term_index, abjad) : 0,
                          abjad,
                          m_term_given_names[term_index]};
    const double similarity = pair_similarity(word, listed, rules);
    if (similarity <= 0) continue;
    pairing.senses |= abjad ? k_arabic_sense : k_latin_sense;
    pairing.similarity = std::max(pairing.similarity, similarity);
  }
  return pairing;
}

template <typename Visit>
void NameIndex::lookup_terms(const WordForm& word, bool whole_word, Visit&& visit) const {
  Scratch& s = scratch();
  s.remember_for(m_serial);
  // What is looked up depends on the word's letters, its script, whether it is looked up by
  // sound (phonetic 0 for runs) and whether as a whole word.
  s.found.key.assign({whole_word ? 'w' : 'p', word.abjad ? 'a' : 'l', word.phonetic != 0 ? 's' : 'n'});
  s.found.key += word.text;
  if (s.found.replay(visit)) return;
  const std::uint32_t begin = s.found.size();
  if (s.term_seen.size() < m_term_phonetic.size()) s.term_seen.assign(m_term_phonetic.size(), 0);
  if (++s.lookup == 0) {
    std::fill(s.term_seen.begin(), s.term_seen.end(), 0);
    s.lookup = 1;
  }
  auto consider = [&](std::uint32_t t) {
    if (s.term_seen[t] == s.lookup) return;
    s.term_seen[t] = s.lookup;
    s.found.entries.push_back(t);
  };
  [&] {
    if (const std::uint32_t exact = find_term(word.text); exact != k_no_term) consider(exact);
    // Across scripts, by consonants: an Arabic-script word to Latin names' words, a Latin word
    // to Arabic-script names' words.
    const auto& across = word.abjad ? m_latin_by_consonants : m_arabic_by_consonants;
    if (!across.empty()) {
      for (const std::uint64_t key : word.abjad ? arabic_consonant_keys(word.text) : latin_consonant_keys(word.text)) {
        for_each_key_match(across, key, consider);
      }
    }
    // Alike in sound: the same consonant skeleton, and vowel groups (the low 4 bits) the same or
    // one more or less, as the comparison's "sounds alike" wants.
    if (word.phonetic != 0) {
      const std::uint64_t groups = word.phonetic & 15U;
      for (std::uint64_t other = groups == 0 ? 0 : groups - 1; other <= std::min<std::uint64_t>(groups + 1, 15); ++other) {
        for_each_key_match(m_by_phonetic, (word.phonetic & ~std::uint64_t{15}) | other, consider);
      }
    }
    for_each_key_match(m_by_spelling, word.spelling, consider);
    // Long parts of query words and long query words run together are looked up for one typo
    // only: their two-letter deletions would be many.
    // The hashes first, then their directory slots and entries fetched, then the probes: a
    // few hundred reads at random, which the processor can wait for together.
    const std::size_t deletions = whole_word || word.text.size() <= k_short_run ? 2 : 1;
    std::array<std::uint64_t, k_most_deletion_hashes> hashes{};
    std::size_t hashed = 0;
    for_each_deletion(word.text, deletions, [&](std::uint64_t hash) { hashes[hashed++] = hash; });
    auto slot = [&](std::uint64_t hash) { return static_cast<std::size_t>(hash >> (64 - m_deletion_bits)); };
    for (std::size_t h = 0; h < hashed; ++h) __builtin_prefetch(&m_deletion_directory[slot(hashes[h])]);
    // By pointer, not operator[]: the entry may be one past the end (no deletions at all).
    for (std::size_t h = 0; h < hashed; ++h) __builtin_prefetch(m_by_deletions.data() + m_deletion_directory[slot(hashes[h])]);
    for (std::size_t h = 0; h < hashed; ++h) {
      const std::size_t top = slot(hashes[h]);
      for (std::uint32_t i = m_deletion_directory[top]; i < m_deletion_directory[top + 1]; ++i) {
        if (m_by_deletions[i].first == hashes[h]) consider(m_by_deletions[i].second);
      }
    }
    if (!whole_word || word.text.size() < k_trigram_lookup_length) return;
    // Long words with up to three typos: terms sharing enough letter trigrams.
    if (s.trigram_counts.size() < m_term_phonetic.size()) s.trigram_counts.assign(m_term_phonetic.size(), 0);
    s.trigram_touched.clear();
    std::size_t trigrams = 0;
    for_each_trigram(word.text, [&](std::uint32_t code) {
      ++trigrams;
      for (std::uint32_t p = m_trigram_offsets[code]; p < m_trigram_offsets[code + 1]; ++p) {
        const std::uint32_t t = m_trigram_terms[p];
        if (s.trigram_counts[t]++ == 0) s.trigram_touched.push_back(t);
      }
    });
    const std::size_t needed = std::max<std::size_t>(2, (trigrams + 1) / 3);
    for (const std::uint32_t t : s.trigram_touched) {
      if (s.trigram_counts[t] >= needed) consider(t);
      s.trigram_counts[t] = 0;
    }
  }();
  for (std::uint32_t f = begin; f < s.found.size(); ++f) visit(s.found.entries[f]);
  // Kept while there is room: what is remembered is forgotten only between lookups
  // (remembered()), never while a word's lookups are being remembered.
  if (s.full()) {
    s.found.entries.resize(begin);
  } else {
    s.found.keep(begin);
  }
}

template <typename Reach, typename Found>
void NameIndex::remembered(Reached what, NameRules rules, bool abjad, std::string_view text, Reach&& reach,
                           Found&& found) const {
  Scratch& s = scratch();
  s.remember_for(m_serial);
  s.reached.key.assign({static_cast<char>(what), static_cast<char>('0' + static_cast<int>(rules)), abjad ? 'a' : 'l'});
  s.reached.key += text;
  if (s.reached.replay([&](const Scratch::ReachedTerm& term_reached) {
        found(term_reached.term, Pairing{term_reached.senses, term_reached.similarity});
      })) {
    return;
  }
  if (s.full()) s.forget(m_serial);
  const std::uint32_t begin = s.reached.size();
  reach([&](std::uint32_t t, const Pairing& pairing) {
    s.reached.entries.push_back({t, pairing.senses, pairing.similarity});
    found(t, pairing);
  });
  s.reached.keep(begin);
}

template <typename Found>
void NameIndex::reach_word(const PreparedName& query, std::size_t i, Found&& found) const {
  const NameRules rules = query.rules;
  const std::string_view word = query.token(i);
  const WordForm form = word_form(query, i);
  lookup_terms(form, true, [&](std::uint32_t t) {
    if (!occurs_under(t, rules)) return;
    // A word may pair in one sense and begin a run in the other: "saher" pairs with "sahara"
    // as a transliterated Arabic word, and "saher la", in Latin, as a run. A term with no
    // other sense than the one it pairs in needs no run check.
    const Pairing pairing = pairs_with(form, t, rules);
    if (pairing.senses != 0) found(t, pairing);
    if ((senses_of(t) & ~pairing.senses) != 0 && may_begin_or_end_run(word, term(t))) {
      found(t, k_part_of_run);
    }
  });
  // The given name's other forms, which no spelling lookup reaches ("kees" / Cornelis).
  for (const std::string_view other : given_names::words_of(form.given_name)) {
    const std::uint32_t t = find_term(other);
    if (t == k_no_term || other == word || !occurs_under(t, rules)) continue;
    if (const Pairing pairing = pairs_with(form, t, rules); pairing.senses != 0) found(t, pairing);
  }
  // A word that is list words run together ("abdulrahman", "kim jongun", "alqaida",
  // "gazprombank"): the parts that are list words as they are; after particles or before a
  // generic word, also the list words with which the two parts together pair with the word.
  const bool abjad = query.tokens[i].abjad;
  const WordForm whole = form_of(word, abjad, 0);
  for (std::size_t cut = 2; cut + 2 <= word.size(); ++cut) {
    const std::string_view head = word.substr(0, cut);
    const std::string_view tail = word.substr(cut);
    const std::uint32_t head_term = find_term(head);
    const std::uint32_t tail_term = find_term(tail);
    const bool head_particles = particles(head);
    const bool tail_generic = vocabulary::is_generic(tail);
    const bool head_known = head_term != k_no_term || vocabulary::is_generic(head) || head_particles;
    const bool tail_known = tail_term != k_no_term || tail_generic;
    // Parts are known as words of any name; only those in names of the query's rules lead on.
    auto part_of_run = [&](std::uint32_t t) {
      if (t != k_no_term && occurs_under(t, rules)) found(t, k_part_of_run);
    };
    if (head_known && tail_known) {
      part_of_run(head_term);
      part_of_run(tail_term);
    } else if (head.size() >= 3) {
      part_of_run(head_term);  // the first of a run
    }
    if (!head_particles && !tail_generic) continue;
    const std::string_view known = head_particles ? head : tail;
    const std::string_view other = head_particles ? tail : head;
    if (other.size() < 3) continue;
    std::array<char, k_run_letters> run{};
    lookup_terms(form_of(other, abjad, phonetic_key(other)), false, [&](std::uint32_t t) {
      if (!occurs_under(t, rules)) return;
      const std::string_view listed = term(t);
      if (known.size() + listed.size() > run.size()) return;
      const std::string_view first = head_particles ? known : listed;
      const std::string_view second = head_particles ? listed : known;
      std::copy(first.begin(), first.end(), run.begin());
      std::copy(second.begin(), second.end(), run.begin() + static_cast<std::ptrdiff_t>(first.size()));
      const std::string_view together(run.data(), first.size() + second.size());
      if (words_pair(whole, form_of(together, abjad, 0), rules)) found(t, k_part_of_run);
    });
  }
}

template <typename Note>
void NameIndex::reach_runs(const PreparedName& query, const std::array<std::uint32_t, k_max_tokens>& bit_of,
                           Note&& note) const {
  for_each_run(query, [&](std::size_t start, std::size_t count, std::string_view joined) {
    const std::uint32_t bits = words_of_run(bit_of, start, count);
    if (bits == 0) return;
    const auto cover = static_cast<std::uint8_t>(std::popcount(bits));
    const bool abjad = query.tokens[start].abjad;
    auto reach = [&](auto&& found) {
      // As the comparison takes words run together: by spelling, not by sound.
      const WordForm form = form_of(joined, abjad, 0);
      lookup_terms(form, false, [&](std::uint32_t t) {
        if (const Pairing pairing = pairs_with(form, t, query.rules); pairing.senses != 0) found(t, pairing);
      });
    };
    remembered(Reached::run, query.rules, abjad, joined, reach,
               [&](std::uint32_t t, const Pairing& pairing) { note(t, bits, cover, pairing); });
  });
}

std::size_t NameIndex::mark_generic_partners(const PreparedName& query) const {
  Scratch& s = scratch();
  std::size_t loose_words = 0;
  for (std::size_t i = 0; i < query.tokens.size(); ++i) {
    if (query.tokens[i].role != TokenRole::generic || ++loose_words > k_max_loose_bits) continue;
    const auto loose_bit = static_cast<std::uint8_t>(1U << (loose_words - 1));
    auto reach = [&](auto&& found) {
      const WordForm form = word_form(query, i);
      lookup_terms(form, true, [&](std::uint32_t t) {
        if (!occurs_under(t, NameRules::organisation)) return;
        const WordForm listed{term(t), m_term_phonetic[t], m_term_spelling[t], m_term_letters[t], 0, false};
        if (generic_pairs(form, listed)) found(t, Pairing{senses_of(t), 1.0});
      });
    };
    remembered(Reached::generic_word, query.rules, query.tokens[i].abjad, query.token(i), reach,
               [&](std::uint32_t t, const Pairing&) {
                 Scratch::TermMarks& marks = s.term_marks[t];
                 if (marks.words.any == 0 && marks.loose == 0) s.terms_touched.push_back(t);
                 marks.loose |= loose_bit;
               });
  }
  return loose_words;
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

// What a query's lookups found: per query token, the bit of the distinctive word it is (0 for
// the others), how many such words there are and which are cheap (is_cheap_word()); per word,
// the least a pair with a list word that is not quite alike loses (see Reach): a name whose
// partners for the word are all such pairs loses at least that much; and how many generic
// words an organisation's query has (mark_generic_partners()).
struct NameIndex::QueryTerms {
  std::array<std::uint32_t, k_max_tokens> bit_of{};
  std::size_t significant = 0;
  std::uint32_t cheap_words = 0;
  std::array<double, k_max_query_bits> least_shortfall{};
  std::size_t generic_words = 0;
};

void NameIndex::mark_query_terms(const PreparedName& query, double floor, QueryTerms& terms) const {
  Scratch& s = scratch();
  const NameRules rules = query.rules;
  auto& bit_of = terms.bit_of;
  std::array<double, k_max_query_bits> word_weight{};
  auto& least_shortfall = terms.least_shortfall;
  least_shortfall.fill(std::numeric_limits<double>::infinity());
  // What a list word paired with a distinctive query word weighs at least.
  const double least_listed_weight = rules == NameRules::person ? 1.0 : weights::k_geographic;

  // One list word reached from two query words ("Mochammad Mohammed" / Muhammad) still stands
  // for one of them only, unless it is those words run together.
  auto note = [&](std::uint32_t term_index, std::uint32_t bits, std::uint8_t cover, const Pairing& pairing) {
    Scratch::TermMarks& marks = s.term_marks[term_index];
    if (marks.words.any == 0 && marks.loose == 0) s.terms_touched.push_back(term_index);
    marks.words.any |= bits;
    marks.cover = std::max(marks.cover, cover);
    marks.senses |= pairing.senses;
    if (pairing.similarity < 0) return;  // k_part_of_run
    marks.words.paired |= bits;
    // Only a similarity above the floor bounds the score: a pair below it could still do
    // better than leaving the words alone.
    if (pairing.similarity < floor || pairing.similarity >= 1.0) {
      marks.words.alike |= bits;
      return;
    }
    for (std::uint32_t rest = bits; rest != 0; rest &= rest - 1) {
      const auto word = static_cast<std::size_t>(std::countr_zero(rest));
      const double weight = word_weight[word] + (cover == 1 ? least_listed_weight : 0.0);
      least_shortfall[word] = std::min(least_shortfall[word], (1.0 - pairing.similarity) * weight);
    }
  };
  std::size_t& significant = terms.significant;
  for (std::size_t i = 0; i < query.tokens.size() && significant < k_max_query_bits; ++i) {
    if (!indexed(query.tokens[i], rules)) continue;
    word_weight[significant] = weights::of(query.tokens[i], rules);
    bit_of[i] = 1U << significant++;
    const std::uint32_t bit = bit_of[i];
    if (is_cheap_word(query.tokens[i], rules)) terms.cheap_words |= bit;
    remembered(
        Reached::word, rules, query.tokens[i].abjad, query.token(i),
        [&](auto&& found) { reach_word(query, i, found); },
        [&](std::uint32_t t, const Pairing& pairing) { note(t, bit, 1, pairing); });
  }
  if (significant == 0) return;
  reach_runs(query, bit_of, note);  // "van der meer" / "vandermeer"
  if (rules == NameRules::organisation) terms.generic_words = mark_generic_partners(query);
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
