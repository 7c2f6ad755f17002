#include "matching/prepared_name.hpp"

#include <algorithm>
#include <array>

#include "matching/abjad.hpp"
#include "matching/given_names.hpp"
#include "matching/normalise.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"

namespace bibob::matching {
namespace {

using vocabulary::LegalFamily;

// Titles that say nothing about who a person is.
bool is_title(std::string_view word) {
  static constexpr std::array<std::string_view, 12> k_titles = {"dr",  "mr",   "mrs",  "ms",  "prof", "ir",
                                                                 "drs", "ing",  "dhr",  "mevr", "sir", "mw"};
  return std::find(k_titles.begin(), k_titles.end(), word) != k_titles.end();
}

std::vector<std::string> split_words(std::string_view normalised) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < normalised.size()) {
    std::size_t end = normalised.find(' ', start);
    if (end == std::string_view::npos) end = normalised.size();
    if (end > start) words.emplace_back(normalised.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// In organisation names runs of single letters are abbreviations: "b v" -> "bv",
// "l l c" -> "llc", "i b m" -> "ibm".
std::vector<std::string> join_letter_runs(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size();) {
    if (words[i].size() != 1) {
      out.push_back(words[i++]);
      continue;
    }
    std::string run;
    while (i < words.size() && words[i].size() == 1) run += words[i++];
    out.push_back(std::move(run));
  }
  return out;
}

struct Classified {
  std::string word;
  TokenRole role = TokenRole::normal;
  bool legal = false;
};

std::vector<Classified> classify_organisation(const std::vector<std::string>& words) {
  std::vector<Classified> out;
  for (const auto& raw : words) {
    Classified c;
    c.word = std::string(vocabulary::canonical_generic(raw));
    c.legal = vocabulary::legal_family(c.word) != LegalFamily::none;
    if (vocabulary::is_stopword(c.word)) {
      c.role = TokenRole::stopword;
    } else if (vocabulary::is_generic(c.word)) {
      c.role = TokenRole::generic;
    } else if (vocabulary::is_geographic(c.word)) {
      c.role = TokenRole::geographic;
    }
    out.push_back(std::move(c));
  }
  // "s a de c v", "obshchestvo s ogranichennoy": a little word between two legal-form words
  // belongs to the legal form.
  for (std::size_t i = 1; i + 1 < out.size(); ++i) {
    if (!out[i].legal && out[i].role == TokenRole::stopword && out[i - 1].legal && out[i + 1].legal) {
      out[i].legal = true;
    }
  }
  return out;
}

// Titles are left out, except from a name transliterated from Arabic script, where "mr" is
// Omar (عمر) and no title is written in Latin letters.
std::vector<Classified> classify_person(const std::vector<std::string>& words, bool arabic_script) {
  std::vector<Classified> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (is_title(word) && words.size() > 2 && !arabic_script) continue;
    Classified c;
    c.word = word;
    const bool single_letter = word.size() == 1 && word[0] >= 'a' && word[0] <= 'z';
    // 't, y and e are particles inside a name ("Hendrik 't Hart", "Ortega y Gasset") but
    // initials at its start.
    if (single_letter && !(i > 0 && vocabulary::is_particle(word))) {
      c.role = TokenRole::initial;
    } else if (vocabulary::is_particle(word) && words.size() > 1) {
      c.role = TokenRole::particle;
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::string_view to_string(TokenRole role) {
  switch (role) {
    case TokenRole::normal: return "name";
    case TokenRole::particle: return "particle";
    case TokenRole::initial: return "initial";
    case TokenRole::generic: return "generic word";
    case TokenRole::stopword: return "little word";
    case TokenRole::geographic: return "place name";
  }
  return "name";
}

NameWords name_words(std::string_view name) { return {split_words(normalise(name)), has_arabic_script(name)}; }

PreparedName prepare_name(std::string_view name, NameRules rules) { return prepare_name(name, name_words(name), rules); }

PreparedName prepare_name(std::string_view name, const NameWords& normalised, NameRules rules) {
  PreparedName prepared;
  prepared.original = std::string(name);
  prepared.rules = rules;
  const bool abjad = normalised.abjad;
  std::vector<std::string> words = abjad ? arabic_name_words(normalised.words) : normalised.words;
  std::vector<Classified> classified;
  if (rules == NameRules::organisation) {
    classified = classify_organisation(join_letter_runs(words));
    const bool has_other =
        std::any_of(classified.begin(), classified.end(), [](const Classified& c) { return !c.legal; });
    if (has_other) {
      // The family of the most specific legal form: "Co. Ltd." is a private limited company.
      for (const auto& c : classified) {
        if (!c.legal) continue;
        if (!prepared.legal_form.empty()) prepared.legal_form += ' ';
        prepared.legal_form += c.word;
        const LegalFamily family = vocabulary::legal_family(c.word);
        if (family == LegalFamily::none) continue;
        if (prepared.legal_family == LegalFamily::none || prepared.legal_family == LegalFamily::corporation) {
          prepared.legal_family = family;
        }
      }
      std::erase_if(classified, [](const Classified& c) { return c.legal; });
    } else {
      for (auto& c : classified) c.legal = false;
    }
  } else {
    classified = classify_person(words, abjad);
  }
  if (classified.size() > k_max_tokens) classified.resize(k_max_tokens);
  for (const auto& c : classified) {
    if (c.word.empty() || c.word.size() > 255 || prepared.text.size() + c.word.size() > 65000) continue;
    Token token;
    token.offset = static_cast<std::uint16_t>(prepared.text.size());
    token.length = static_cast<std::uint8_t>(c.word.size());
    token.role = c.role;
    token.patronymic = rules == NameRules::person && vocabulary::is_patronymic(c.word);
    token.sibling_marker = rules == NameRules::organisation && vocabulary::is_sibling_marker(c.word);
    token.abjad = abjad;
    if (rules == NameRules::person && c.role == TokenRole::normal) token.given_name = given_names::group_of(c.word);
    token.consonant_stem = consonant_stem(c.word, abjad);
    token.phonetic = phonetic_key(c.word);
    token.spelling = spelling_key(c.word);
    token.letters = letter_set(c.word);
    prepared.text += c.word;
    prepared.text += ' ';
    prepared.tokens.push_back(token);
  }
  return prepared;
}

std::optional<NameRules> evident_rules(std::string_view name) { return evident_rules(name_words(name)); }

std::optional<NameRules> evident_rules(const NameWords& normalised) {
  const std::vector<std::string> words = join_letter_runs(normalised.words);
  if (words.size() < 2) return std::nullopt;
  for (const auto& word : words) {
    // Short legal forms double as ordinary words (AS, AB, SA, CO); only clear ones count.
    if (word.size() >= 2 && word != "as" && word != "ab" && word != "sa" && word != "co" && word != "ag" &&
        word != "na" && word != "ao" && vocabulary::legal_family(word) != LegalFamily::none) {
      return NameRules::organisation;
    }
    if (vocabulary::is_generic(word)) return NameRules::organisation;
  }
  return std::nullopt;
}

}  // namespace bibob::matching
