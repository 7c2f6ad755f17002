// How the comparison pairs two words: by spelling and sound, by their consonants across
// scripts, as forms of one given name, as their roles allow; generic words, and runs of words
// against one word (run_pairing()). The names' score from the pairs: name_comparison.cpp.
#include "matching/word_pairing.hpp"

#include <algorithm>
#include <bit>
#include <vector>

#include "matching/name_comparison.hpp"
#include "matching/name_weights.hpp"
#include "matching/vocabulary.hpp"
#include "util/popcount_clones.hpp"

namespace bibob::matching {
using namespace comparison_detail;
namespace {

using namespace weights;

constexpr double k_sounds_alike = 0.90;     // what a pair that sounds alike scores at least
constexpr double k_particle_variant = 0.60;  // van der / van den

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Robert / Roberta, Samir / Samira, Francois / Francoise, Petrov / Petrova: the same word
// with a feminine ending names someone else.
bool gendered_pair(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 4 && b.size() == a.size() + 1 && b.starts_with(a) && (b.back() == 'a' || b.back() == 'e');
}

constexpr double k_spelling_variant = 0.95;
constexpr double k_gendered = 0.75;

// Below this Jaro-Winkler nothing can reach a floor: the floors are higher, and words that
// sound alike need at least this much too.
constexpr double k_hopeless = 0.78;

// The most edits a word pair may have and still reach `floor` by its spelling (below).
std::size_t allowed_edits(double floor, std::size_t longest) {
  return static_cast<std::size_t>((1.15 - floor) * static_cast<double>(longest) + 1e-9);
}

// Whether that many edits could take one word to the other as far as their letters tell: an
// edit adds a letter to the set of letters, takes one away, or both.
bool letters_allow(std::uint64_t letters_a, std::uint64_t letters_b, std::size_t allowed) {
  return (static_cast<std::size_t>(std::popcount(letters_a ^ letters_b)) + 1) / 2 <= allowed;
}

}  // namespace

namespace comparison_detail {

BIBOB_POPCOUNT_CLONES double word_similarity(const WordForm& wa, const WordForm& wb, double floor, bool person,
                                             How& how) {
  const std::string_view a = wa.text;
  const std::string_view b = wb.text;
  const std::uint64_t key_a = wa.phonetic;
  const std::uint64_t key_b = wb.phonetic;
  if (a == b) {
    how = How::exact;
    return 1.0;
  }
  if (person && gendered_pair(a, b)) {
    how = How::spelling;
    return k_gendered >= floor ? k_gendered : 0.0;
  }
  if (wa.spelling == wb.spelling) {
    how = How::spelling;
    return k_spelling_variant;
  }
  // Unless they sound alike, the edit distance must stay within what the floor allows: at
  // least the difference in length, so that alone may rule the pair out.
  const bool same_skeleton = key_a != 0 && (key_a >> 4) == (key_b >> 4);
  const std::size_t longest = std::max(a.size(), b.size());
  const std::size_t allowed = allowed_edits(floor, longest);
  const std::size_t gap = longest - std::min(a.size(), b.size());
  if (!same_skeleton && (gap > allowed || !letters_allow(wa.letters, wb.letters, allowed))) return 0.0;
  if (jaro_winkler_bound(a, wa.letters, b, wb.letters) < k_hopeless) return 0.0;
  const double jw = jaro_winkler(a, b);
  if (jw < k_hopeless) return 0.0;
  double similarity = jw;
  how = How::spelling;
  // Jaro-Winkler forgives a long added ending ("Abramov" / "Abramovich"); the edit distance
  // does not.
  const std::size_t distance = bounded_edit_distance(a, b, same_skeleton ? longest : allowed);
  const double edit_similarity = 1.0 - static_cast<double>(distance) / static_cast<double>(longest) + 0.15;
  similarity = std::min(similarity, edit_similarity);
  // Transliterations that keep the consonants and the syllables (Qadhafi, Gaddafi, Kadhafi).
  // Short words only when just the first vowel differs (Omar, Umar): in "Fang" and "Feng"
  // the vowel is the name.
  // A vowel inserted or doubled in a short word is a spelling (Said, Saeed); a vowel
  // swapped is another syllable (Fang, Feng). One vowel group more or less is a spelling
  // only in a long word that is alike anyway (Alexander, Aleksandr).
  const std::size_t shortest = std::min(a.size(), b.size());
  const bool long_enough = shortest >= 5 || (shortest >= 4 && a.size() != b.size());
  const bool first_vowel_only = a.size() == b.size() && a.size() >= 3 && is_vowel(a[0]) && is_vowel(b[0]) &&
                                a.substr(1) == b.substr(1);
  const std::uint64_t groups_a = key_a & 15U;
  const std::uint64_t groups_b = key_b & 15U;
  const bool same_groups = groups_a == groups_b;
  const bool near_groups = (groups_a > groups_b ? groups_a - groups_b : groups_b - groups_a) == 1;
  const bool sounds_alike = same_skeleton && ((same_groups && jw >= 0.78 && (long_enough || first_vowel_only)) ||
                                              (near_groups && jw >= 0.85 && shortest >= 6 && std::max(a.size(), b.size()) - shortest <= 1));
  if (sounds_alike && similarity < k_sounds_alike) {
    similarity = k_sounds_alike;
    how = How::sounds_alike;
  }
  return similarity >= floor ? similarity : 0.0;
}

}  // namespace comparison_detail

namespace {

// The spelling similarity, or the consonants' when one word came from Arabic script and
// the other did not and that says more.
double best_of_abjad(const WordForm& a, const WordForm& b, How& how, double spelling) {
  if (a.abjad == b.abjad || spelling >= k_same_consonants || a.consonant_stem != b.consonant_stem ||
      a.consonant_stem == 0) {
    return spelling;
  }
  if (!(a.abjad ? same_consonants(a.text, b.text) : same_consonants(b.text, a.text))) return spelling;
  how = How::consonants;
  return k_same_consonants;
}

// A given name and a short form of it (Cornelis, Kees): one name, below its spellings.
constexpr double k_short_form = 0.88;

// Two words that identify their names (not initials, particles, generic or little words).
double distinctive_similarity(const WordForm& a, const WordForm& b, NameRules rules, How& how) {
  const bool person = rules == NameRules::person;
  const double similarity =
      best_of_abjad(a, b, how, word_similarity(a, b, person ? k_person_floor : k_organisation_floor, person, how));
  if (person && similarity < k_short_form && a.given_name != 0 && a.given_name == b.given_name) {
    how = How::short_form;
    return k_short_form;
  }
  return similarity;
}

}  // namespace

namespace comparison_detail {

double token_similarity(const PreparedName& left, std::size_t i, const PreparedName& right, std::size_t j,
                        How& how) {
  const Token& a = left.tokens[i];
  const Token& b = right.tokens[j];
  const std::string_view wa = left.token(i);
  const std::string_view wb = right.token(j);
  if (left.rules == NameRules::person) {
    const bool a_initial = a.role == TokenRole::initial;
    const bool b_initial = b.role == TokenRole::initial;
    if (a_initial || b_initial) {
      if (a_initial && b_initial) {
        how = How::exact;
        return wa == wb ? 1.0 : 0.0;
      }
      if ((a_initial ? b.role : a.role) == TokenRole::particle) return 0.0;
      how = How::initial;
      return wa[0] == wb[0] ? k_initial_similarity : 0.0;
    }
    const bool a_particle = a.role == TokenRole::particle;
    const bool b_particle = b.role == TokenRole::particle;
    if (a_particle || b_particle) {
      if (!(a_particle && b_particle)) return 0.0;
      how = wa == wb ? How::exact : How::particle;
      return wa == wb ? 1.0 : k_particle_variant;
    }
    return distinctive_similarity(word_form(left, i), word_form(right, j), NameRules::person, how);
  }
  const bool a_stop = a.role == TokenRole::stopword;
  const bool b_stop = b.role == TokenRole::stopword;
  if (a_stop || b_stop) {
    how = How::exact;
    return a_stop && b_stop && wa == wb ? 1.0 : 0.0;
  }
  if (a.role == TokenRole::generic || b.role == TokenRole::generic) {
    return word_similarity(word_form(left, i), word_form(right, j), k_generic_floor, false, how);
  }
  return distinctive_similarity(word_form(left, i), word_form(right, j), NameRules::organisation, how);
}

}  // namespace comparison_detail

WordForm word_form(const PreparedName& name, std::size_t i) {
  const Token& token = name.tokens[i];
  return {name.token(i),        token.phonetic, token.spelling,  token.letters,
          token.consonant_stem, token.abjad,    token.given_name};
}

double pair_similarity(const WordForm& a, const WordForm& b, NameRules rules) {
  How how = How::exact;
  return distinctive_similarity(a, b, rules, how);
}

bool generic_pairs(const WordForm& generic, const WordForm& other) {
  How how = How::exact;
  return word_similarity(generic, other, k_generic_floor, false, how) > 0;
}

namespace {

// The generic words as the comparison sees them, by length, and their spelling keys.
struct Generics {
  std::vector<WordForm> by_length;
  std::vector<std::uint64_t> spellings;
};

const Generics& generics() {
  static const Generics words = [] {
    Generics out;
    for (const std::string_view generic : vocabulary::generic_word_list()) {
      out.by_length.push_back({generic, phonetic_key(generic), spelling_key(generic), letter_set(generic), 0, false});
      out.spellings.push_back(out.by_length.back().spelling);
    }
    std::sort(out.by_length.begin(), out.by_length.end(),
              [](const WordForm& a, const WordForm& b) { return a.text.size() < b.text.size(); });
    std::sort(out.spellings.begin(), out.spellings.end());
    return out;
  }();
  return words;
}

}  // namespace

bool may_pair_with_generic(const WordForm& word) {
  // At the generic floor a word pairs only when spelled alike, or when its length is within the
  // edits the floor allows: from 4/5 of the word's length to 5/4 of it.
  const Generics& words = generics();
  if (std::binary_search(words.spellings.begin(), words.spellings.end(), word.spelling)) return true;
  const std::size_t length = word.text.size();
  auto shortest = std::lower_bound(words.by_length.begin(), words.by_length.end(), length * 4 / 5,
                                   [](const WordForm& generic, std::size_t n) { return generic.text.size() < n; });
  How how = How::exact;
  for (auto it = shortest; it != words.by_length.end() && 4 * it->text.size() <= 5 * length; ++it) {
    if (word_similarity(word, *it, k_generic_floor, false, how) > 0) return true;
  }
  return false;
}

std::size_t most_run_edits(std::size_t letters, NameRules rules) {
  return allowed_edits(rules == NameRules::person ? k_person_floor : k_organisation_floor, letters + k_run_gap);
}

bool run_may_pair_with_generic(std::string_view run) {
  // As add_spans() compares a run with a word of its script: the same first letter, about the
  // same length, by spelling at the organisation floor.
  if (run.empty()) return false;
  const WordForm span{run, 0, spelling_key(run), letter_set(run), 0, false};
  How how = How::exact;
  for (const WordForm& generic : generics().by_length) {
    if (generic.text[0] != run[0] || !within_run_gap(run.size(), generic.text.size())) continue;
    const WordForm target{generic.text, 0, generic.spelling, generic.letters, 0, false};
    if (word_similarity(span, target, k_organisation_floor, false, how) > 0) return true;
  }
  return false;
}

RunPairing run_pairing(const PreparedName& runs, const PreparedName& words) {
  RunPairing pairing;
  std::size_t last_start = 0;
  std::size_t last_count = 0;
  add_spans(runs, words, true, [&](double, std::size_t start, std::size_t count, std::size_t word, std::size_t, How) {
    if (word < RunPairing::k_word_bits) {
      pairing.word_bits |= std::uint64_t{1} << word;
    } else {
      ++pairing.words_past_bits;
    }
    if (pairing.pair_count < RunPairing::k_kept_pairs) pairing.pairs[pairing.pair_count] = {start, count, word};
    ++pairing.pair_count;
    if (start == last_start && count == last_count) return;  // a run's pairs come one after another
    last_start = start;
    last_count = count;
    ++pairing.runs;
    pairing.most_distinctive = std::max(pairing.most_distinctive, weights::distinctive_in(runs, start, count));
  });
  return pairing;
}

}  // namespace bibob::matching
