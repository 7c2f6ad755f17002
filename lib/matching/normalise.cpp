#include "matching/normalise.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include "util/deceptive_text.hpp"

namespace bibob::matching {
namespace {

// Russian-style Cyrillic goes through BGN/PCGN first: it spells names the way sanctions
// lists print them (Zh, Kh, Ts, Yu), where ICU's default (ISO 9) gives Z, H, C, U.
constexpr const char* k_transliteration = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";

// ICU transliterators are not thread-safe: each thread builds its own, once.
icu::Transliterator& transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> created(
        icu::Transliterator::createInstance(k_transliteration, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !created) {
      status = U_ZERO_ERROR;
      created.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    }
    return created;
  }();
  return *instance;
}

bool is_right_to_left(UChar32 c) {
  const auto direction = u_charDirection(c);
  return direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC || direction == U_DIR_NON_SPACING_MARK;
}

std::vector<UChar32> code_points(const icu::UnicodeString& text) {
  std::vector<UChar32> out;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    out.push_back(c);
    i += U16_LENGTH(c);
  }
  return out;
}

// The text in the order a person reads it off the screen. Bidi controls can make the
// screen show "Noriega" for the characters "ageiroN": the display order is taken, without the
// controls, and each run of right-to-left letters is then read from right to left again.
icu::UnicodeString reading_order(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_openSized(text.length(), 0, &status), ubidi_close);
  if (U_FAILURE(status)) return text;
  ubidi_setPara(bidi.get(), text.getBuffer(), text.length(), UBIDI_DEFAULT_LTR, nullptr, &status);
  std::vector<UChar> visual(static_cast<std::size_t>(text.length()) + 1);
  const int32_t length = ubidi_writeReordered(bidi.get(), visual.data(), static_cast<int32_t>(visual.size()),
                                              UBIDI_REMOVE_BIDI_CONTROLS, &status);
  if (U_FAILURE(status)) return text;
  std::vector<UChar32> shown = code_points(icu::UnicodeString(visual.data(), length));
  for (std::size_t start = 0; start < shown.size();) {
    if (!is_right_to_left(shown[start])) {
      ++start;
      continue;
    }
    std::size_t end = start;
    while (end < shown.size() && is_right_to_left(shown[end])) ++end;
    std::reverse(shown.begin() + static_cast<std::ptrdiff_t>(start), shown.begin() + static_cast<std::ptrdiff_t>(end));
    start = end;
  }
  icu::UnicodeString out;
  for (const UChar32 c : shown) out.append(c);
  return out;
}

UScriptCode script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_FAILURE(status) ? USCRIPT_UNKNOWN : script;
}

// The Latin letter a letter of another script is made to look like (Cyrillic "а", Greek
// "ο"), from Unicode's confusables as ICU keeps them; 0 when it looks like none.
UChar32 latin_look_alike(UChar32 c) {
  thread_local std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<USpoofChecker, decltype(&uspoof_close)>(uspoof_open(&status), uspoof_close);
  }();
  if (!checker) return 0;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString letter(c);
  icu::UnicodeString skeleton;
  uspoof_getSkeletonUnicodeString(checker.get(), 0, letter, skeleton, &status);
  if (U_FAILURE(status) || skeleton.length() != 1) return 0;
  const UChar32 shown = skeleton.char32At(0);
  return shown < 0x80 && u_isalpha(shown) ? u_tolower(shown) : 0;
}

// A word of Latin letters with a few of another script among them ("Noriegа") is a word in
// disguise: those letters are read as the Latin ones they look like. A word mostly in another
// script is that script's, and is transliterated as it is.
void read_look_alikes_as_latin(icu::UnicodeString& text) {
  std::vector<UChar32> letters = code_points(text);
  bool changed = false;
  for (std::size_t start = 0; start < letters.size();) {
    if (!u_isalpha(letters[start])) {
      ++start;
      continue;
    }
    std::size_t end = start;
    std::size_t latin = 0;
    std::size_t other = 0;
    for (; end < letters.size() && (u_isalpha(letters[end]) || u_getCombiningClass(letters[end]) != 0); ++end) {
      const UScriptCode script = script_of(letters[end]);
      if (script == USCRIPT_LATIN) ++latin;
      else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) ++other;
    }
    if (latin > 0 && other > 0 && latin >= other) {
      for (std::size_t i = start; i < end; ++i) {
        const UScriptCode script = script_of(letters[i]);
        if (script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        if (const UChar32 look_alike = latin_look_alike(letters[i])) {
          letters[i] = look_alike;
          changed = true;
        }
      }
    }
    start = end;
  }
  if (!changed) return;
  text.remove();
  for (const UChar32 c : letters) text.append(c);
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Lower-cases ASCII letters and digits, drops apostrophes, turns everything else into a
// single space; leading and trailing spaces are not written.
void append_words(std::string_view ascii, std::string& out) {
  bool pending_space = false;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(c);
    } else if (c != '\'' && c != '`') {
      pending_space = true;
    }
  }
}

}  // namespace

std::string normalise(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  if (is_ascii(utf8)) {
    append_words(utf8, out);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (deceptive_text::has_explicit_direction(utf8)) text = reading_order(text);
  // NFKC with case folding also drops what does not display: zero-width characters, tags,
  // variation selectors, the remaining format characters.
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status) && nfkc_cf != nullptr) text = nfkc_cf->normalize(text, status);
  read_look_alikes_as_latin(text);
  transliterator().transliterate(text);
  // Marks that only separate letters inside a word (apostrophes, the BGN middle dot, the
  // soft sign's prime) join; the ASCII pass below drops whatever is left of them.
  icu::UnicodeString cleaned;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == 0x02BA || c == 0x00B7 || c == 0x02BF ||
        c == 0x02BE) {
      continue;
    }
    cleaned.append(c < 0x80 ? c : static_cast<UChar32>(' '));
  }
  std::string ascii;
  cleaned.toUTF8String(ascii);
  append_words(ascii, out);
  return out;
}

}  // namespace bibob::matching
