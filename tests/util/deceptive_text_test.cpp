#include <catch2/catch.hpp>

#include "util/deceptive_text.hpp"

using namespace bibob::deceptive_text;

TEST_CASE("hidden characters: controls, bidi, zero-width, tags, variation selectors", "[deceptive-text]") {
  struct Case {
    const char* text;
    std::size_t index;
    char32_t code_point;
  };
  const Case cases[] = {
      {"Noriega\n## Conclusie", 8, U'\n'},         // a line break in a one-line field
      {"Nor\x1b[31miega", 4, U'\x1b'},             // a terminal escape
      {"\u202e" "ageiroN\u202c", 1, U'\u202e'},    // right-to-left override
      {"Nor\u2067iega", 4, U'\u2067'},             // right-to-left isolate
      {"Nor\u200biega", 4, U'\u200b'},             // zero-width space
      {"Nor\u00adiega", 4, U'\u00ad'},             // soft hyphen
      {"Nor\U000E0041iega", 4, U'\U000E0041'},     // a tag character
      {"Noriega\ufe0f", 8, U'\ufe0f'},             // a variation selector
      {"Nor\u3164iega", 4, U'\u3164'},             // Hangul filler, default-ignorable
      {"Nor\ue000iega", 4, U'\ue000'},             // private use
      {"Nor\u2028iega", 4, U'\u2028'},             // line separator
      {"Nor\u200diega", 4, U'\u200d'},             // a joiner between Latin letters
      {"Nor\xc2\x85iega", 4, U'\u0085'},           // C1 control NEXT LINE
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto found = first_hidden_character(c.text);
    REQUIRE(found);
    CHECK(found->index == c.index);
    CHECK(found->code_point == c.code_point);
  }
}

TEST_CASE("hidden characters: ordinary names in any script pass", "[deceptive-text]") {
  for (const char* text : {"Johannes Petrus van der Berg", "Mustafa Öztürk", "Владимир Путин", "أسامة بن لادن",
                           "习近平", "Ελλάδα", "O'Brien", "Eetcafe De Gouden Leeuw B.V.",
                           "می\u200cخواهم",  // a Persian zero-width non-joiner between letters is spelling
                           "খ\u200dন"}) {    // a Bengali joiner between letters
    INFO(text);
    CHECK_FALSE(first_hidden_character(text));
  }
}

TEST_CASE("hidden characters: line breaks and tabs are text where a field may hold paragraphs",
          "[deceptive-text]") {
  CHECK_FALSE(first_hidden_character("eerste regel\r\ntweede\tregel", LineBreaks::allowed));
  CHECK(first_hidden_character("eerste regel\ntweede", LineBreaks::refused)->index == 13);
  CHECK(first_hidden_character("regel\n\u202e", LineBreaks::allowed)->code_point == U'\u202e');
}

TEST_CASE("mixed scripts: a look-alike letter in a word is found, scripts apart are not", "[deceptive-text]") {
  const auto cyrillic_a = first_mixed_script_word("Manuel Noriegа");  // the last letter is Cyrillic
  REQUIRE(cyrillic_a);
  CHECK(cyrillic_a->letter.index == 14);
  CHECK(cyrillic_a->letter_script == "Cyrillic");
  CHECK(cyrillic_a->word_script == "Latin");
  const auto greek_o = first_mixed_script_word("Nοriega");  // Greek omicron
  REQUIRE(greek_o);
  CHECK(greek_o->letter_script == "Greek");
  CHECK_FALSE(first_mixed_script_word("Vladimir Владимир"));  // two scripts, two words
  CHECK_FALSE(first_mixed_script_word("東京タワー"));          // Japanese: Han with Katakana
  CHECK_FALSE(first_mixed_script_word("Jansen-Berg 2"));
}

TEST_CASE("characters are described by number and name", "[deceptive-text]") {
  CHECK(describe(U'\u202e') == "U+202E RIGHT-TO-LEFT OVERRIDE");
  CHECK(describe(U'\x1b') == "U+001B <control-001B>");
  CHECK(describe(U'\u0430') == "U+0430 CYRILLIC SMALL LETTER A");
}

TEST_CASE("explicit direction: embeddings, overrides and isolates", "[deceptive-text]") {
  CHECK(has_explicit_direction("a\u202eb"));
  CHECK(has_explicit_direction("a\u2066b"));
  CHECK_FALSE(has_explicit_direction("أسامة بن لادن"));
  CHECK_FALSE(has_explicit_direction("a\u200fb"));  // a mark only, no embedding
}
