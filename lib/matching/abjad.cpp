#include "matching/abjad.hpp"

#include <algorithm>
#include <array>

namespace bibob::matching {
namespace {

// One-consonant words are compared only while short: "ly" and Ali, not Leeuwen.
constexpr std::size_t k_short_arabic = 4;
constexpr std::size_t k_short_latin = 6;
constexpr std::size_t k_max_consonants = 24;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// What is written for vowels in one gap between consonants, as flags.
enum Gap : std::uint16_t {
  k_w = 1,          // w: a long u or a diphthong
  k_y = 2,          // y: a long i or a diphthong
  k_a = 4,
  k_u_colour = 8,   // o, u or w
  k_i_colour = 16,  // i, e or y
  k_long_u = 32,    // oo, uu
  k_ou = 64,        // ou
  k_long_i = 128,   // ee, ei, ii
};

// A word as its consonants, with what is written for vowels around and between them; no
// allocation, since comparisons run it for many pairs.
struct Skeleton {
  std::array<char, k_max_consonants> consonants{};
  std::array<std::uint16_t, k_max_consonants + 1> gaps{};  // before the first, after each
  std::size_t size = 0;
  bool valid = false;

  bool same_consonants(const Skeleton& other) const {
    return size == other.size && std::equal(consonants.begin(), consonants.begin() + static_cast<std::ptrdiff_t>(size),
                                            other.consonants.begin());
  }
};

std::uint16_t vowel_flags(char c, char previous) {
  std::uint16_t flags = 0;
  if (c == 'w') flags |= k_w;
  if (c == 'y') flags |= k_y;
  if (c == 'a') flags |= k_a;
  if (c == 'o' || c == 'u' || c == 'w') flags |= k_u_colour;
  if (c == 'i' || c == 'e' || c == 'y') flags |= k_i_colour;
  if ((previous == 'o' && c == 'o') || (previous == 'u' && c == 'u')) flags |= k_long_u;
  if (previous == 'o' && c == 'u') flags |= k_ou;
  if ((previous == 'e' && (c == 'e' || c == 'i')) || (previous == 'i' && c == 'i')) flags |= k_long_i;
  return flags;
}

// The consonants of a word and the vowels around them: a, e, i, o, u, and w and y, which
// Arabic writes for its long vowels and diphthongs and Latin spellings for vowels and
// diphthongs too (Ayman / Aiman, Khawla / khwlt), so that they never decide the consonants.
// q is k, dh is d; Latin spellings of Maghreb names in French write dj for jim (Djamel), ch
// for shin (Alouche) and c before e and i for sin (Lounici). Doubled letters collapse: Arabic
// does not write the doubling.
Skeleton skeleton(std::string_view word, bool latin) {
  Skeleton s;
  char previous = '\0';
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    const char next = i + 1 < word.size() ? word[i + 1] : '\0';
    if (is_vowel(c) || c == 'w' || c == 'y') {
      s.gaps[s.size] |= vowel_flags(c, previous);
      previous = c;
      continue;
    }
    previous = c;
    if (c == 'q') c = 'k';
    if (c == 'd' && next == 'h') ++i;
    if (latin && c == 'd' && next == 'j') continue;
    if (latin && c == 'c') c = next == 'h' || next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
    if (s.size > 0 && s.consonants[s.size - 1] == c && s.gaps[s.size] == 0) continue;
    if (s.size == k_max_consonants) return s;  // not valid: longer than any name word
    s.consonants[s.size++] = c;
  }
  s.valid = true;
  return s;
}

bool long_enough(const Skeleton& s, std::size_t length, std::size_t short_limit) {
  return s.valid && (s.size >= 2 || (s.size == 1 && length <= short_limit));
}

// A reading without its last consonant: the Arabic ta marbuta or final ha, the Latin final h.
Skeleton without_last(Skeleton s) {
  s.gaps[s.size - 1] |= s.gaps[s.size];
  s.gaps[s.size] = 0;
  --s.size;
  return s;
}

struct Readings {
  std::array<Skeleton, 2> forms;
  std::size_t count = 0;
  void add(const Skeleton& s) { forms[count++] = s; }
};

// The Arabic word, and without a final t or h: the ta marbuta and the final ha that Latin
// spellings leave out (hmzt / Hamza, bdallh / Abdalla).
Readings arabic_readings(std::string_view word) {
  Readings out;
  const Skeleton s = skeleton(word, false);
  if (!long_enough(s, word.size(), k_short_arabic)) return out;
  out.add(s);
  if (s.size > 2 && (s.consonants[s.size - 1] == 't' || s.consonants[s.size - 1] == 'h') && s.gaps[s.size] == 0) {
    out.add(without_last(s));
  }
  return out;
}

// The Latin word, and without a final h after a vowel (Abdallah, Mullah).
Readings latin_readings(std::string_view word) {
  Readings out;
  const Skeleton s = skeleton(word, true);
  if (long_enough(s, word.size(), k_short_latin)) out.add(s);
  if (word.size() > 3 && word.back() == 'h' && is_vowel(word[word.size() - 2])) {
    const Skeleton shorter = skeleton(word.substr(0, word.size() - 1), true);
    if (long_enough(shorter, word.size() - 1, k_short_latin)) out.add(shorter);
  }
  return out;
}

// What the Arabic writes as a long vowel the Latin must write with a vowel of that colour,
// and what the Latin doubles (oo, ee, ei) the Arabic must have written long: so that Mahmoud
// (mhmwd) is not Muhammad, and Hussein not Hasan (hsn). French ou is any u near the start of
// a word (Oumar, Mounir: mnyr) but long further on (Mahmoud). A final ya may be an alif
// maqsura, written a in Latin (Mustafa, mstfy).
bool gaps_agree(std::uint16_t arabic, std::uint16_t latin, std::size_t gap, bool last) {
  if ((arabic & k_w) != 0 && (latin & k_u_colour) == 0) return false;
  if ((arabic & k_y) != 0 && (latin & k_i_colour) == 0 && !(last && (latin & k_a) != 0)) return false;
  if (((latin & k_long_u) != 0 || (gap >= 2 && (latin & k_ou) != 0)) && (arabic & k_w) == 0) return false;
  if ((latin & k_long_i) != 0 && (arabic & k_y) == 0) return false;
  return true;
}

std::uint64_t key_of(const Skeleton& s) {
  std::uint64_t key = s.size;
  for (std::size_t i = 0; i < s.size; ++i) key = key * 37 + static_cast<unsigned char>(s.consonants[i]);
  return key;
}

std::vector<std::uint64_t> keys_of(const Readings& readings) {
  std::vector<std::uint64_t> keys;
  for (std::size_t i = 0; i < readings.count; ++i) keys.push_back(key_of(readings.forms[i]));
  return keys;
}

}  // namespace

bool has_arabic_script(std::string_view utf8) {
  for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    // Two-byte UTF-8 lead bytes 0xD8..0xDB encode U+0600..U+06FF; 0xDD 0x90.. U+0750..U+077F.
    if ((lead >= 0xD8 && lead <= 0xDB) || (lead == 0xDD && static_cast<unsigned char>(utf8[i + 1]) >= 0x90)) {
      return true;
    }
  }
  return false;
}

std::uint64_t consonant_stem(std::string_view word, bool arabic) {
  Skeleton s = skeleton(word, !arabic);
  if (!s.valid) return 0;
  // A final t or h falls in some readings (ta marbuta, a final ha, Latin's silent h): the
  // stem leaves out all of them, so that any two readings that meet share it.
  while (s.size > 0 && (s.consonants[s.size - 1] == 't' || s.consonants[s.size - 1] == 'h')) --s.size;
  return key_of(s) + 1;  // never 0, which is kept for a word too long to be a name's
}

std::vector<std::uint64_t> latin_consonant_keys(std::string_view word) { return keys_of(latin_readings(word)); }

std::vector<std::uint64_t> arabic_consonant_keys(std::string_view word) { return keys_of(arabic_readings(word)); }

bool same_consonants(std::string_view arabic, std::string_view latin) {
  const Readings a_forms = arabic_readings(arabic);
  if (a_forms.count == 0) return false;
  const Readings l_forms = latin_readings(latin);
  for (std::size_t i = 0; i < a_forms.count; ++i) {
    const Skeleton& a = a_forms.forms[i];
    for (std::size_t j = 0; j < l_forms.count; ++j) {
      const Skeleton& l = l_forms.forms[j];
      if (!a.same_consonants(l)) continue;
      bool agree = true;
      for (std::size_t g = 0; g <= a.size && agree; ++g) agree = gaps_agree(a.gaps[g], l.gaps[g], g, g == a.size);
      if (agree) return true;
    }
  }
  return false;
}

std::vector<std::string> arabic_name_words(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& word : words) {
    if (word == "bn") {
      out.emplace_back("bin");
    } else if (word == "abw") {
      out.emplace_back("abu");
    } else if (word.size() >= 5 && word.starts_with("al")) {
      out.emplace_back("al");
      out.push_back(word.substr(2));
    } else {
      out.push_back(word);
    }
  }
  return out;
}

}  // namespace bibob::matching
