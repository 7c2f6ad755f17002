#include <catch2/catch.hpp>

#include "matching/normalise.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"

using bibob::matching::bounded_edit_distance;
using bibob::matching::jaro_winkler;
using bibob::matching::normalise;
using bibob::matching::phonetic_code;
using bibob::matching::phonetic_key;

TEST_CASE("normalise: ASCII words, lower case, punctuation as word breaks", "[matching][normalise]") {
  CHECK(normalise("  DE VRIES,  Jan ") == "de vries jan");
  CHECK(normalise("J.P. van der Berg") == "j p van der berg");
  CHECK(normalise("Al-Qaida") == "al qaida");
  CHECK(normalise("Jansen & Zonen V.O.F.") == "jansen zonen v o f");
  CHECK(normalise("") == "");
  CHECK(normalise("...") == "");
}

TEST_CASE("normalise: apostrophes join, they do not split", "[matching][normalise]") {
  CHECK(normalise("O'Brien") == "obrien");
  CHECK(normalise("Hendrik Jan 't Hart") == "hendrik jan t hart");
  CHECK(normalise("Al-Qa\xE2\x80\x99ida") == "al qaida");  // a typographic apostrophe
}

TEST_CASE("normalise: Unicode folded, accents dropped, any script to Latin", "[matching][normalise]") {
  CHECK(normalise("Mustafa \xC3\x96ZT\xC3\x9CRK") == "mustafa ozturk");    // Öztürk
  CHECK(normalise("Stra\xC3\x9F" "e") == "strasse");                       // ß
  CHECK(normalise("Co\xC3\xB6peratie") == "cooperatie");                   // ö
  CHECK(normalise("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3") == "abc");        // full-width ABC (NFKC)
  CHECK(normalise("Владимир Путин") == "vladimir putin");
  CHECK(normalise("Юрий Ковальчук") == "yuriy kovalchuk");  // BGN/PCGN, as lists spell it
  CHECK(normalise("Аляксандр Лукашэнка") == "alyaksandr lukashenka");
  CHECK(normalise("习近平") == "xi jin ping");
  CHECK(normalise("Ελλάδα") == "ellada");
  CHECK(normalise("أسامة بن لادن") == "asamt bn ladn");
}

TEST_CASE("Jaro-Winkler: the textbook values", "[matching][similarity]") {
  CHECK(jaro_winkler("martha", "marhta") == Approx(0.961111).epsilon(1e-5));
  CHECK(jaro_winkler("dwayne", "duane") == Approx(0.84).epsilon(1e-5));
  CHECK(jaro_winkler("dixon", "dicksonx") == Approx(0.813333).epsilon(1e-5));
  CHECK(jaro_winkler("same", "same") == 1.0);
  CHECK(jaro_winkler("abc", "xyz") == 0.0);
  CHECK(jaro_winkler("", "") == 1.0);
  CHECK(jaro_winkler("a", "") == 0.0);
}

TEST_CASE("bounded edit distance stops at its limit", "[matching][similarity]") {
  CHECK(bounded_edit_distance("kitten", "sitting", 5) == 3);
  CHECK(bounded_edit_distance("kitten", "sitting", 2) == 3);  // limit + 1: more than the limit
  CHECK(bounded_edit_distance("abc", "abc", 0) == 0);
  CHECK(bounded_edit_distance("short", "a much longer text", 3) == 4);
}

TEST_CASE("phonetic key: transliteration variants meet", "[matching][phonetic]") {
  CHECK(phonetic_code("mohammed") == "mmt/3");
  CHECK(phonetic_key("mohammed") == phonetic_key("muhammad"));
  CHECK(phonetic_key("mohammed") == phonetic_key("mohamed"));
  CHECK(phonetic_key("qaddafi") == phonetic_key("gaddafi"));
  CHECK(phonetic_key("kadhafi") == phonetic_key("gaddafi"));
  CHECK(phonetic_key("vries") == phonetic_key("fries"));
  CHECK(phonetic_key("schmidt") == phonetic_key("schmitt"));
  CHECK(phonetic_key("yusuf") == phonetic_key("jusuf"));
}

TEST_CASE("phonetic key: different names stay apart", "[matching][phonetic]") {
  CHECK(phonetic_code("mahmoud") == "mmt/2");  // the same consonants as Mohammed, one syllable less
  CHECK(phonetic_key("mahmoud") != phonetic_key("mohammed"));
  CHECK(phonetic_key("gerard") != phonetic_key("gerrit"));  // only doubled letters collapse
  CHECK(phonetic_key("armenia") != phonetic_key("america"));
  CHECK(phonetic_key("") == 0);
}

TEST_CASE("normalise: a name is read as it displays, whatever hides in it", "[matching][normalise][deceptive-text]") {
  // The bytes say "ageiroN"; the screen shows "Noriega".
  CHECK(normalise("Manuel Antonio \u202e" "ageiroN\u202c") == "manuel antonio noriega");
  CHECK(normalise("\u202d" "Manuel\u202c Noriega") == "manuel noriega");  // an override to the display's own direction
  CHECK(normalise("Nor\u200biega") == "noriega");                         // zero-width space
  CHECK(normalise("Nori\U000E0041\U000E0042ega") == "noriega");           // tag characters
  CHECK(normalise("Noriega\ufe0f") == "noriega");                         // variation selector
  CHECK(normalise("Nor\u00adiega") == "noriega");                         // soft hyphen
  // Look-alike letters of other scripts in a Latin word read as the Latin letters they show:
  // transliterated, the Cyrillic р, с and у would give r, s and u.
  CHECK(normalise("\u0420\u0435rcy \u0421o\u043e\u0440er") == "percy cooper");
  CHECK(normalise("N\u03bfriega") == "noriega");  // Greek omicron
  // A word in its own script is transliterated as before.
  CHECK(normalise("\u0420\u0435\u0440\u0441\u0438") == "rersi");
  // Arabic under an override keeps its reading order.
  CHECK(normalise("\u202e\u0623\u0633\u0627\u0645\u0629\u202c") == normalise("\u0623\u0633\u0627\u0645\u0629"));
}
