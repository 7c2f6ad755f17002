#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Text that does not read the way it displays. A name is screened as a person reads it, so
// whatever can make the screen show one thing while the bytes say another is found here:
// characters that reorder the display (bidi controls), that do not display at all
// (zero-width characters, tags, variation selectors and the other format characters), line
// breaks and control characters, and words whose letters come from two scripts ("Noriegа"
// with a Cyrillic а), the look-alike trick.
namespace bibob::deceptive_text {

struct Character {
  std::size_t index = 0;  // 1-based, in characters (code points) of the text
  char32_t code_point = 0;
};

enum class LineBreaks { refused, allowed };

// The first character that does not display as text: C0 and C1 controls (with
// LineBreaks::allowed, line feed, carriage return and tab are text), line and paragraph
// separators, format characters (bidi controls, zero-width space, soft hyphen, tags),
// default-ignorable characters (variation selectors, fillers), private-use and unassigned
// code points. A zero-width joiner or non-joiner between two letters of a script that
// joins (Arabic, Persian, the Indic scripts) is spelling, not a trick, and is not reported.
// The text must be valid UTF-8.
std::optional<Character> first_hidden_character(std::string_view utf8, LineBreaks line_breaks = LineBreaks::refused);

// Whether one character displays as text, by the rules above, without its neighbours: a
// zero-width joiner or non-joiner counts as hidden here.
bool displays_as_text(char32_t code_point, LineBreaks line_breaks = LineBreaks::refused);

struct MixedWord {
  Character letter;           // the first letter of the word's second script
  std::string letter_script;  // "Cyrillic"
  std::string word_script;    // "Latin": the script of the word's first letter
};

// The first word whose letters come from two scripts. Japanese (Han with kana) and Korean
// (Hangul with Han) are written so and are not reported.
std::optional<MixedWord> first_mixed_script_word(std::string_view utf8);

// "U+202E RIGHT-TO-LEFT OVERRIDE", for messages.
std::string describe(char32_t code_point);

// Why a text is refused as input, or nothing: its first hidden character or, for a name, its
// first word in two scripts, named by position ("character 1 is U+202E RIGHT-TO-LEFT ...").
std::optional<std::string> refusal(std::string_view utf8, LineBreaks line_breaks, bool is_name);

// Whether the text holds characters that set the display direction explicitly (embeddings,
// overrides, isolates and their terminators).
bool has_explicit_direction(std::string_view utf8);

}  // namespace bibob::deceptive_text
