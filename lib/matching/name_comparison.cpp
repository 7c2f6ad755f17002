#include "matching/name_comparison.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <optional>

#include "matching/abjad.hpp"
#include "matching/name_weights.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"
#include "util/popcount_clones.hpp"

namespace bibob::matching {
namespace {

using namespace weights;

double weight(const Token& token, NameRules rules) { return weights::of(token, rules); }

constexpr std::size_t k_max_candidates = 1024;

// Below these a pair of words is not taken as the same word.
constexpr double k_person_floor = 0.86;
constexpr double k_organisation_floor = 0.90;
constexpr double k_generic_floor = 0.95;
constexpr double k_sounds_alike = 0.90;     // what a pair that sounds alike scores at least
constexpr double k_particle_variant = 0.60;  // van der / van den

enum class How : std::uint8_t { exact, spelling, sounds_alike, initial, particle, joined, consonants, short_form };

const char* describe(How how) {
  switch (how) {
    case How::exact: return "exact";
    case How::spelling: return "spelling";
    case How::sounds_alike: return "sounds alike";
    case How::initial: return "initial";
    case How::particle: return "particle";
    case How::joined: return "run together";
    case How::consonants: return "same consonants (Arabic script)";
    case How::short_form: return "short form of the same given name";
  }
  return "exact";
}

struct Candidate {
  float similarity;
  std::uint8_t left_begin, left_length, right_begin, right_length;
  How how;
};

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

// Similarity of two words by their spelling and sound, 0 below the floor.
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

// A word transliterated from Arabic script against a Latin spelling: alike when the Latin
// word's consonants are the Arabic word's (Mohammed / mhmd, Hamza / hmzt). Below the exact
// spellings, since the short vowels that would tell Hasan from Husayn are not written.
constexpr double k_same_consonants = 0.88;

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

// Runs of words written together on one side against one word on the other
// ("van der meer" / "vandermeer", "abdul rahman" / "abdulrahman", "jin ping" / "jinping").
template <typename Add>
void add_spans(const PreparedName& joined_side, const PreparedName& word_side, bool joined_is_left, Add&& add) {
  const std::size_t m = word_side.tokens.size();
  const double floor = joined_side.rules == NameRules::person ? k_person_floor : k_organisation_floor;
  // Whether a run may pair with word j: a word of the other script by its consonants; one of
  // the same script only when it begins with the same letter and is about as long. Asked
  // before the run is written out, since most runs of most pairs meet no word.
  auto may_meet = [&](bool span_arabic, char first, std::size_t length, std::size_t j) {
    const Token& other = word_side.tokens[j];
    if (other.role == TokenRole::initial || other.role == TokenRole::particle || other.role == TokenRole::stopword) {
      return false;
    }
    if (span_arabic != other.abjad) return true;
    return word_side.text[other.offset] == first && within_run_gap(length, other.length);
  };
  std::array<char, k_run_letters> buffer{};
  for_each_run_extent(joined_side, [&](std::size_t start, std::size_t count, std::size_t length) {
    const bool span_arabic = joined_side.tokens[start].abjad;
    const char first = joined_side.text[joined_side.tokens[start].offset];
    std::size_t j = 0;
    while (j < m && !may_meet(span_arabic, first, length, j)) ++j;
    if (j == m) return;
    const std::string_view span = run_letters(joined_side, start, count, buffer);
    std::optional<std::uint64_t> span_stem;  // worked out for the first word of the other script
    std::optional<WordForm> span_form;       // for the first word of the same script that may pair
    auto add_joined = [&](double similarity, std::size_t word) {
      if (joined_is_left) {
        add(similarity, start, count, word, 1, How::joined);
      } else {
        add(similarity, word, 1, start, count, How::joined);
      }
    };
    for (; j < m; ++j) {
      if (!may_meet(span_arabic, first, length, j)) continue;
      const Token& other = word_side.tokens[j];
      const std::string_view target = word_side.token(j);
      // "bd allh" / "Abdallah", "Abd Allah" / "bdallh": one side from Arabic script, which
      // writes neither the short vowels nor the first letter's ayn.
      if (span_arabic != other.abjad) {
        if (!span_stem) span_stem = consonant_stem(span, span_arabic);
        if (*span_stem != 0 && *span_stem == other.consonant_stem &&
            (span_arabic ? same_consonants(span, target) : same_consonants(target, span))) {
          add_joined(k_same_consonants, j);
        }
        continue;
      }
      How how = How::joined;
      if (!span_form) span_form = WordForm{span, 0, spelling_key(span), letter_set(span), 0, span_arabic};
      const double similarity = word_similarity(*span_form, WordForm{target, 0, other.spelling, other.letters, 0, other.abjad},
                                                floor, joined_side.rules == NameRules::person, how);
      if (similarity <= 0) continue;
      add_joined(similarity, j);
    }
  });
}

std::string span_text(const PreparedName& name, std::size_t begin, std::size_t length) {
  std::string out;
  for (std::size_t k = begin; k < begin + length; ++k) {
    if (!out.empty()) out += ' ';
    out += name.token(k);
  }
  return out;
}

std::string fixed(double value) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.2f", value);
  return buffer.data();
}

}  // namespace

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

NameScore compare_names(const PreparedName& left, const PreparedName& right, NameExplanation* explanation) {
  const NameRules rules = left.rules;
  const std::size_t n = std::min(left.tokens.size(), k_max_tokens);
  const std::size_t m = std::min(right.tokens.size(), k_max_tokens);
  NameScore result;
  if (explanation != nullptr) {
    *explanation = NameExplanation{};
    explanation->rules = rules == NameRules::person ? "person" : "organisation";
  }
  if (n == 0 || m == 0) return result;

  std::array<Candidate, k_max_candidates> candidates;
  std::size_t count = 0;
  auto add = [&](double similarity, std::size_t lb, std::size_t ll, std::size_t rb, std::size_t rl, How how) {
    if (count < candidates.size()) {
      candidates[count++] = {static_cast<float>(similarity), static_cast<std::uint8_t>(lb),
                             static_cast<std::uint8_t>(ll), static_cast<std::uint8_t>(rb),
                             static_cast<std::uint8_t>(rl), how};
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      How how = How::exact;
      const double similarity = token_similarity(left, i, right, j, how);
      if (similarity > 0) add(similarity, i, 1, j, 1, how);
    }
  }
  if (n != m || count < std::min(n, m)) {
    add_spans(left, right, true, add);
    add_spans(right, left, false, add);
  }
  // Greedy best-first pairing; on equal similarity the pair covering more words wins.
  std::sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(count),
            [](const Candidate& a, const Candidate& b) {
              if (a.similarity != b.similarity) return a.similarity > b.similarity;
              return a.left_length + a.right_length > b.left_length + b.right_length;
            });
  std::array<bool, k_max_tokens> left_used{};
  std::array<bool, k_max_tokens> right_used{};
  std::array<std::size_t, k_max_tokens> chosen{};
  std::size_t chosen_count = 0;
  double numerator = 0;
  double denominator = 0;
  bool distinctive_aligned = false;
  for (std::size_t c = 0; c < count; ++c) {
    const Candidate& candidate = candidates[c];
    bool free = true;
    for (std::size_t k = candidate.left_begin; k < candidate.left_begin + candidate.left_length; ++k) free &= !left_used[k];
    for (std::size_t k = candidate.right_begin; k < candidate.right_begin + candidate.right_length; ++k) free &= !right_used[k];
    if (!free) continue;
    double w = 0;
    bool left_distinctive = false;
    bool right_distinctive = false;
    for (std::size_t k = candidate.left_begin; k < candidate.left_begin + candidate.left_length; ++k) {
      left_used[k] = true;
      w += weight(left.tokens[k], rules);
      left_distinctive |= distinctive(left.tokens[k], rules);
    }
    for (std::size_t k = candidate.right_begin; k < candidate.right_begin + candidate.right_length; ++k) {
      right_used[k] = true;
      w += weight(right.tokens[k], rules);
      right_distinctive |= distinctive(right.tokens[k], rules);
    }
    distinctive_aligned |= left_distinctive && right_distinctive;
    numerator += static_cast<double>(candidate.similarity) * w;
    denominator += w;
    if (chosen_count < chosen.size()) chosen[chosen_count++] = c;
  }

  // A name whose every word found a partner, two of them real names, is the shorter form of
  // the other: what the other has in the middle is a middle name that was left out.
  auto fully_matched = [&](const PreparedName& name, const std::array<bool, k_max_tokens>& used, std::size_t size) {
    std::size_t names_used = 0;
    for (std::size_t k = 0; k < size; ++k) {
      const TokenRole role = name.tokens[k].role;
      if (role == TokenRole::particle) continue;
      if (!used[k]) return false;
      if (role == TokenRole::normal) ++names_used;
    }
    return names_used >= 2;
  };
  const bool left_complete = rules == NameRules::person && fully_matched(left, left_used, n);
  const bool right_complete = rules == NameRules::person && fully_matched(right, right_used, m);

  struct Unmatched {
    bool left;
    std::size_t index;
    double cost;
    const char* why;
  };
  std::array<Unmatched, 2 * k_max_tokens> unmatched{};
  std::size_t unmatched_count = 0;
  auto cost_of = [&](const PreparedName& name, const std::array<bool, k_max_tokens>& used, std::size_t size,
                     std::size_t k, bool other_complete, const char*& why) {
    const Token& token = name.tokens[k];
    const double w = weight(token, rules);
    if (rules == NameRules::organisation) {
      if (token.sibling_marker) {
        why = "sibling marker";
        return 1.0;
      }
      // A place name added to an organisation's name mostly says where the same
      // organisation is ("Sberbank of Russia"); a generic word mostly what it does.
      if (token.role == TokenRole::geographic) {
        why = "place name";
        return k_unmatched_place_cost;
      }
      why = token.role == TokenRole::generic ? "generic word" : "unmatched";
      return token.role == TokenRole::generic ? k_unmatched_generic_cost : w;
    }
    bool before = false;
    bool after = false;
    for (std::size_t q = 0; q < size; ++q) {
      if (!used[q]) continue;
      (q < k ? before : after) = true;
    }
    if (other_complete && before && after && token.role != TokenRole::particle) {
      why = token.patronymic ? "missing patronymic" : "missing middle name";
      return w * (token.patronymic ? k_patronymic_cost : k_middle_name_cost);
    }
    if (token.patronymic) {
      why = "missing patronymic";
      return w * k_loose_patronymic_cost;
    }
    why = token.role == TokenRole::particle ? "particle" : "unmatched";
    return w;
  };
  for (std::size_t k = 0; k < n; ++k) {
    if (left_used[k]) continue;
    const char* why = "";
    const double cost = cost_of(left, left_used, n, k, right_complete, why);
    denominator += cost;
    unmatched[unmatched_count++] = {true, k, cost, why};
  }
  for (std::size_t k = 0; k < m; ++k) {
    if (right_used[k]) continue;
    const char* why = "";
    const double cost = cost_of(right, right_used, m, k, left_complete, why);
    denominator += cost;
    unmatched[unmatched_count++] = {false, k, cost, why};
  }

  double score = denominator > 0 ? numerator / denominator : 0;
  double legal_delta = 0;
  // "Co", "Inc" and "Corp" say too little to differ from anything.
  using vocabulary::LegalFamily;
  if (rules == NameRules::organisation && left.legal_family != LegalFamily::none &&
      right.legal_family != LegalFamily::none &&
      (left.legal_family == right.legal_family ||
       (left.legal_family != LegalFamily::corporation && right.legal_family != LegalFamily::corporation))) {
    legal_delta = left.legal_family == right.legal_family ? k_legal_same : k_legal_different;
  }
  const double before_legal = score;
  score = std::clamp(score + legal_delta, 0.0, 1.0);
  const double before_cap = score;
  if (!distinctive_aligned) {
    score = std::min(score, k_generic_only_cap);
    result.only_generic = true;
  }
  result.score = score;

  if (explanation != nullptr) {
    for (std::size_t c = 0; c < chosen_count; ++c) {
      const Candidate& candidate = candidates[chosen[c]];
      AlignedTokens pair{span_text(left, candidate.left_begin, candidate.left_length),
                         span_text(right, candidate.right_begin, candidate.right_length), candidate.similarity,
                         describe(candidate.how)};
      if (candidate.similarity < 1.0f && denominator > 0) {
        double w = 0;
        for (std::size_t k = candidate.left_begin; k < candidate.left_begin + candidate.left_length; ++k) w += weight(left.tokens[k], rules);
        for (std::size_t k = candidate.right_begin; k < candidate.right_begin + candidate.right_length; ++k) w += weight(right.tokens[k], rules);
        explanation->effects.push_back({pair.how, -(1.0 - static_cast<double>(candidate.similarity)) * w / denominator,
                                        pair.left + " ~ " + pair.right + " (" + fixed(candidate.similarity) + ")"});
      }
      explanation->aligned.push_back(std::move(pair));
    }
    for (std::size_t u = 0; u < unmatched_count; ++u) {
      const Unmatched& item = unmatched[u];
      const PreparedName& name = item.left ? left : right;
      const std::string word(name.token(item.index));
      (item.left ? explanation->unmatched_left : explanation->unmatched_right).push_back(word);
      explanation->effects.push_back({item.why, -item.cost / denominator,
                                      word + " (" + std::string(to_string(name.tokens[item.index].role)) + ", only in " +
                                          (item.left ? "the first" : "the second") + " name)"});
    }
    if (legal_delta != 0) {
      explanation->effects.push_back(
          {"legal form", before_cap - before_legal,
           left.legal_form + " / " + right.legal_form +
               (legal_delta > 0 ? ": same kind of legal person" : ": different kinds of legal person")});
    }
    if (result.only_generic) {
      explanation->effects.push_back({"generic only", score - before_cap,
                                      rules == NameRules::person
                                          ? "only particles or initials aligned"
                                          : "only generic words aligned; they never make a match on their own"});
    }
  }
  return result;
}

}  // namespace bibob::matching
