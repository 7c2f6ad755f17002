#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "matching/entity_kind.hpp"
#include "matching/vocabulary.hpp"

namespace bibob::matching {

enum class TokenRole : std::uint8_t {
  normal,      // a word that identifies the name
  particle,    // van, der, 't, al, bin (person names)
  initial,     // a single letter (person names)
  generic,     // bank, trading, group (organisation names)
  stopword,    // of, the, and (organisation names)
  geographic,  // a country or city inside an organisation name
};

std::string_view to_string(TokenRole role);

struct Token {
  std::uint16_t offset = 0;  // into PreparedName::text
  std::uint8_t length = 0;
  TokenRole role = TokenRole::normal;
  bool patronymic = false;
  bool sibling_marker = false;
  bool abjad = false;          // transliterated from Arabic script: compared by its consonants
  std::uint8_t given_name = 0;  // given_names::group_of() of a person's name word, 0 for none
  std::uint64_t phonetic = 0;
  std::uint64_t spelling = 0;  // spelling_key()
  std::uint64_t letters = 0;   // letter_set()
  std::uint64_t consonant_stem = 0;  // abjad.hpp, read as Arabic when abjad
};

// A name normalised and classified once, so that comparing it is cheap: list names are
// prepared when the index is built, a query once per screening.
struct PreparedName {
  std::string original;
  std::string text;  // the words, each followed by a space
  std::vector<Token> tokens;
  NameRules rules = NameRules::person;
  vocabulary::LegalFamily legal_family = vocabulary::LegalFamily::none;
  std::string legal_form;  // the legal-form words taken out, as written after normalising

  std::string_view token(std::size_t i) const { return {text.data() + tokens[i].offset, tokens[i].length}; }
};

inline constexpr std::size_t k_max_tokens = 24;

// Words in a row that a comparison may take for one word ("van der meer", "abdul rahman"):
// two or three, no initial among them, at most k_run_letters letters together.
inline constexpr std::size_t k_longest_run = 3;
inline constexpr std::size_t k_run_letters = 96;

// Calls visit(start, count, length) for every run of the name, the shorter first from each
// start: where it begins, how many words, how many letters together. The letters are not
// copied, so that a caller may rule a run out before it writes it out.
template <typename Visit>
void for_each_run_extent(const PreparedName& name, Visit&& visit) {
  for (std::size_t start = 0; start + 1 < name.tokens.size(); ++start) {
    std::size_t length = 0;
    for (std::size_t count = 1; count <= k_longest_run && start + count <= name.tokens.size(); ++count) {
      const Token& token = name.tokens[start + count - 1];
      if (token.role == TokenRole::initial || length + token.length > k_run_letters) break;
      length += token.length;
      if (count >= 2) visit(start, count, length);
    }
  }
}

// A run's words written together, into a buffer of k_run_letters.
inline std::string_view run_letters(const PreparedName& name, std::size_t start, std::size_t count,
                                    std::array<char, k_run_letters>& buffer) {
  std::size_t length = 0;
  for (std::size_t k = start; k < start + count; ++k) {
    const std::string_view word = name.token(k);
    std::copy(word.begin(), word.end(), buffer.begin() + static_cast<std::ptrdiff_t>(length));
    length += word.size();
  }
  return {buffer.data(), length};
}

// Calls visit(start, count, letters) for every run of the name, the shorter first from each start.
template <typename Visit>
void for_each_run(const PreparedName& name, Visit&& visit) {
  std::array<char, k_run_letters> buffer{};
  for_each_run_extent(name, [&](std::size_t start, std::size_t count, std::size_t) {
    visit(start, count, run_letters(name, start, count, buffer));
  });
}

PreparedName prepare_name(std::string_view name, NameRules rules);

// A name's words as normalise() gives them, and whether it is written in Arabic script: what
// preparing it starts from under either rules, worked out once (transliteration is slow).
struct NameWords {
  std::vector<std::string> words;
  bool abjad = false;
};
NameWords name_words(std::string_view name);
PreparedName prepare_name(std::string_view name, const NameWords& words, NameRules rules);

// The rules a name evidently needs when its kind is not known: organisation when it holds a
// legal form or a generic business word, otherwise none (try both).
std::optional<NameRules> evident_rules(std::string_view name);
std::optional<NameRules> evident_rules(const NameWords& words);

}  // namespace bibob::matching
