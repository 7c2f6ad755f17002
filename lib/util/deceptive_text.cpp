#include "util/deceptive_text.hpp"

#include <cstdio>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace bibob::deceptive_text {
namespace {

constexpr char32_t k_zero_width_non_joiner = 0x200C;
constexpr char32_t k_zero_width_joiner = 0x200D;

std::vector<char32_t> code_points(std::string_view utf8) {
  std::vector<char32_t> out;
  out.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

UScriptCode script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_FAILURE(status) ? USCRIPT_UNKNOWN : script;
}

// Scripts whose letters join and whose spelling uses the zero-width (non-)joiner.
bool joins(UScriptCode script) {
  switch (script) {
    case USCRIPT_ARABIC: case USCRIPT_SYRIAC: case USCRIPT_DEVANAGARI: case USCRIPT_BENGALI:
    case USCRIPT_GURMUKHI: case USCRIPT_GUJARATI: case USCRIPT_ORIYA: case USCRIPT_TAMIL:
    case USCRIPT_TELUGU: case USCRIPT_KANNADA: case USCRIPT_MALAYALAM: case USCRIPT_SINHALA:
    case USCRIPT_MONGOLIAN: case USCRIPT_NKO:
      return true;
    default:
      return false;
  }
}

bool is_letter_of_joining_script(char32_t c) {
  const auto type = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  const bool letter_or_mark = (U_MASK(type) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
  return letter_or_mark && joins(script_of(c));
}

bool is_hidden(const std::vector<char32_t>& text, std::size_t at, LineBreaks line_breaks) {
  const char32_t c = text[at];
  if (c == k_zero_width_joiner || c == k_zero_width_non_joiner) {
    const bool between_letters = at > 0 && at + 1 < text.size() && is_letter_of_joining_script(text[at - 1]) &&
                                 is_letter_of_joining_script(text[at + 1]);
    return !between_letters;
  }
  return !displays_as_text(c, line_breaks);
}

// Japanese mixes Han, Hiragana and Katakana in one word, Korean Hangul and Han.
bool written_together(UScriptCode a, UScriptCode b) {
  auto east_asian = [](UScriptCode s) {
    return s == USCRIPT_HAN || s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA || s == USCRIPT_HANGUL ||
           s == USCRIPT_BOPOMOFO;
  };
  return east_asian(a) && east_asian(b);
}

std::string script_name(UScriptCode script) {
  const char* name = uscript_getName(script);
  return name == nullptr ? "Unknown" : std::string(name);
}

}  // namespace

bool displays_as_text(char32_t code_point, LineBreaks line_breaks) {
  if (line_breaks == LineBreaks::allowed && (code_point == '\n' || code_point == '\r' || code_point == '\t')) {
    return true;
  }
  const auto uc = static_cast<UChar32>(code_point);
  switch (u_charType(uc)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_PRIVATE_USE_CHAR:
    case U_SURROGATE:
    case U_UNASSIGNED:
      return false;
    default:
      break;
  }
  return u_hasBinaryProperty(uc, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) == 0 &&
         u_hasBinaryProperty(uc, UCHAR_NONCHARACTER_CODE_POINT) == 0;
}

std::optional<Character> first_hidden_character(std::string_view utf8, LineBreaks line_breaks) {
  const auto text = code_points(utf8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_hidden(text, i, line_breaks)) return Character{i + 1, text[i]};
  }
  return std::nullopt;
}

std::optional<MixedWord> first_mixed_script_word(std::string_view utf8) {
  const auto text = code_points(utf8);
  UScriptCode word_script = USCRIPT_COMMON;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto uc = static_cast<UChar32>(text[i]);
    const auto type = static_cast<UCharCategory>(u_charType(uc));
    const bool letter = (U_MASK(type) & U_GC_L_MASK) != 0;
    const bool mark = (U_MASK(type) & U_GC_M_MASK) != 0;
    if (!letter && !mark) {
      word_script = USCRIPT_COMMON;  // a space or punctuation ends the word
      continue;
    }
    const UScriptCode script = script_of(text[i]);
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
    if (word_script == USCRIPT_COMMON) {
      word_script = script;
    } else if (script != word_script && !written_together(script, word_script)) {
      return MixedWord{Character{i + 1, text[i]}, script_name(script), script_name(word_script)};
    }
  }
  return std::nullopt;
}

std::string describe(char32_t code_point) {
  char number[16];
  std::snprintf(number, sizeof number, "U+%04X", static_cast<unsigned>(code_point));
  char name[128] = {};
  UErrorCode status = U_ZERO_ERROR;
  u_charName(static_cast<UChar32>(code_point), U_EXTENDED_CHAR_NAME, name, sizeof name, &status);
  if (U_FAILURE(status) || name[0] == '\0') return number;
  return std::string(number) + " " + name;
}

std::optional<std::string> refusal(std::string_view value, LineBreaks line_breaks, bool is_name) {
  if (auto hidden = first_hidden_character(value, line_breaks)) {
    const bool line_break = hidden->code_point == '\n' || hidden->code_point == '\r' || hidden->code_point == 0x2028 ||
                            hidden->code_point == 0x2029;
    return "character " + std::to_string(hidden->index) + " is " + describe(hidden->code_point) +
           (line_break ? ", a line break; this field holds one line"
                       : ", which does not display as text and can hide or reorder what a reader sees; remove it");
  }
  if (!is_name) return std::nullopt;
  if (auto mixed = first_mixed_script_word(value)) {
    return "character " + std::to_string(mixed->letter.index) + " is " + describe(mixed->letter.code_point) +
           ", a " + mixed->letter_script + " letter in a word of " + mixed->word_script +
           " letters; a look-alike letter makes a name read as another, so write each word in one script";
  }
  return std::nullopt;
}

bool has_explicit_direction(std::string_view utf8) {
  for (const char32_t c : code_points(utf8)) {
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

}  // namespace bibob::deceptive_text
