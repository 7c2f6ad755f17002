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

// Calls visit(start, count, letters) for every run of the name, the shorter first from each start.
template <typename Visit>
void for_each_run(const PreparedName& name, Visit&& visit) {
  std::array<char, k_run_letters> buffer{};
  for (std::size_t start = 0; start + 1 < name.tokens.size(); ++start) {
    std::size_t length = 0;
    for (std::size_t count = 1; count <= k_longest_run && start + count <= name.tokens.size(); ++count) {
      const std::size_t k = start + count - 1;
      if (name.tokens[k].role == TokenRole::initial) break;
      const std::string_view word = name.token(k);
      if (length + word.size() > buffer.size()) break;
      std::copy(word.begin(), word.end(), buffer.begin() + static_cast<std::ptrdiff_t>(length));
      length += word.size();
      if (count >= 2) visit(start, count, std::string_view(buffer.data(), length));
    }
  }
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
