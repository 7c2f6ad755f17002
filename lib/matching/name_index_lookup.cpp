// The lookups of a query's words, which candidates() asks first: every list word that a query
// word, or query words run together, reach (exactly, across scripts by consonants, by sound,
// by spelling, by deletions, by letter trigrams, as given-name forms and as parts), kept when
// the comparison pairs them, marked in the thread's term marks and remembered per thread.
#include "matching/name_index.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <string_view>

#include "matching/abjad.hpp"
#include "matching/given_names.hpp"
#include "matching/name_index_internals.hpp"
#include "matching/name_index_scratch.hpp"
#include "matching/name_weights.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"
#include "matching/vocabulary.hpp"

namespace bibob::matching {
using namespace index_detail;
namespace {

// Words from this length on are also looked up by letter trigrams: long enough for the
// comparison to forgive three typos, which deletions do not reach.
constexpr std::size_t k_trigram_lookup_length = 8;

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

// A word made of parts of query words, as the comparison sees it; runs of words are compared
// by spelling alone (phonetic 0).
WordForm form_of(std::string_view text, bool abjad, std::uint64_t phonetic) {
  return {text, phonetic, spelling_key(text), letter_set(text), consonant_stem(text, abjad), abjad};
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

}  // namespace

std::string_view NameIndex::term(std::uint32_t id) const {
  return std::string_view(m_term_text).substr(m_term_offsets[id], m_term_offsets[id + 1] - m_term_offsets[id]);
}

std::uint32_t NameIndex::find_term(std::string_view word) const {
  const std::uint32_t* id = m_term_ids.find(word);
  return id == nullptr ? k_no_term : *id;
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

void NameIndex::forget_remembered() { scratch().forget(0); }

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

}  // namespace bibob::matching
