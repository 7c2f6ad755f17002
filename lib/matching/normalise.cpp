#include "matching/normalise.hpp"

#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

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
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status) && nfkc_cf != nullptr) text = nfkc_cf->normalize(text, status);
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
