#pragma once

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

PreparedName prepare_name(std::string_view name, NameRules rules);

// The rules a name evidently needs when its kind is not known: organisation when it holds a
// legal form or a generic business word, otherwise none (try both).
std::optional<NameRules> evident_rules(std::string_view name);

}  // namespace bibob::matching
