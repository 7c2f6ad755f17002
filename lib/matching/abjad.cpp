#include "matching/abjad.hpp"

#include <algorithm>

namespace bibob::matching {
namespace {

// One-consonant words are compared only while short: "ly" and Ali, not Leeuwen.
constexpr std::size_t k_short_arabic = 4;
constexpr std::size_t k_short_latin = 6;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A word as its consonants and, around and between them, what is written for vowels.
struct Skeleton {
  std::string consonants;
  std::vector<std::string> gaps;  // one more than consonants: before the first, after each
};

void add_consonant(Skeleton& s, char c) {
  // Arabic does not write a doubled consonant; Latin doubles written together collapse.
  if (!s.consonants.empty() && s.consonants.back() == c && s.gaps.back().empty()) return;
  s.consonants += c;
  s.gaps.emplace_back();
}

// The consonants of a word, with what is written for vowels around and between them: a, e,
// i, o, u, and w and y, which Arabic writes for its long vowels and diphthongs and Latin
// spellings for vowels and diphthongs too (Ayman / Aiman, Khawla / khwlt), so that they never
// decide the consonants. Latin spellings of Maghreb names in French write dj for jim
// (Djamel), ch for shin (Alouche) and c before e and i for sin (Lounici).
Skeleton skeleton(std::string_view word, bool latin) {
  Skeleton s;
  s.gaps.emplace_back();
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    const char next = i + 1 < word.size() ? word[i + 1] : '\0';
    if (is_vowel(c) || c == 'w' || c == 'y') {
      s.gaps.back() += c;
      continue;
    }
    if (c == 'q') c = 'k';
    if (c == 'd' && next == 'h') ++i;  // dh for dhal and dad: d, as Latin spellings mostly write it
    if (latin && c == 'd' && next == 'j') continue;
    if (latin && c == 'c') c = next == 'h' || next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
    add_consonant(s, c);
  }
  return s;
}

bool has_any(const std::string& text, std::string_view letters) {
  return text.find_first_of(letters) != std::string::npos;
}

bool has_pair(const std::string& text, std::initializer_list<std::string_view> pairs) {
  return std::any_of(pairs.begin(), pairs.end(), [&](std::string_view p) { return text.find(p) != std::string::npos; });
}

// What the Arabic writes as a long vowel the Latin must write with a vowel of that colour,
// and what the Latin doubles (oo, ee, ei) the Arabic must have written long: so that Mahmoud
// (mhmwd) is not Muhammad, and Hussein not Hasan (hsn). French ou is any u near the start of
// a word (Oumar, Mounir: mnyr) but long further on (Mahmoud). A final ya may be an alif
// maqsura, written a in Latin (Mustafa, mstfy).
bool gaps_agree(const std::string& arabic, const std::string& latin, std::size_t gap, bool last) {
  if (has_any(arabic, "w") && !has_any(latin, "ouw")) return false;
  if (has_any(arabic, "y") && !has_any(latin, last ? "ieya" : "iey")) return false;
  if ((has_pair(latin, {"oo", "uu"}) || (gap >= 2 && has_pair(latin, {"ou"}))) && !has_any(arabic, "w")) return false;
  if (has_pair(latin, {"ee", "ei", "ii"}) && !has_any(arabic, "y")) return false;
  return true;
}

bool long_enough(const Skeleton& s, std::size_t length, std::size_t short_limit) {
  return s.consonants.size() >= 2 || (s.consonants.size() == 1 && length <= short_limit);
}

std::uint64_t key_of(const std::string& consonants) {
  std::uint64_t key = consonants.size();
  for (const char c : consonants) key = key * 37 + static_cast<unsigned char>(c);
  return key;
}

// The Arabic word, and without a final t or h: the ta marbuta and the final ha that Latin
// spellings leave out (hmzt / Hamza, bdallh / Abdalla).
std::vector<Skeleton> arabic_readings(std::string_view word) {
  std::vector<Skeleton> out;
  Skeleton s = skeleton(word, false);
  if (!long_enough(s, word.size(), k_short_arabic)) return out;
  out.push_back(s);
  if (s.consonants.size() > 2 && (s.consonants.back() == 't' || s.consonants.back() == 'h') && s.gaps.back().empty()) {
    s.consonants.pop_back();
    s.gaps.pop_back();
    out.push_back(std::move(s));
  }
  return out;
}

// The Latin word, and without a final h after a vowel (Abdallah, Mullah).
std::vector<Skeleton> latin_readings(std::string_view word) {
  std::vector<Skeleton> out;
  const Skeleton s = skeleton(word, true);
  if (long_enough(s, word.size(), k_short_latin)) out.push_back(s);
  if (word.size() > 3 && word.back() == 'h' && is_vowel(word[word.size() - 2])) {
    const Skeleton shorter = skeleton(word.substr(0, word.size() - 1), true);
    if (long_enough(shorter, word.size() - 1, k_short_latin)) out.push_back(shorter);
  }
  return out;
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

std::vector<std::uint64_t> latin_consonant_keys(std::string_view word) {
  std::vector<std::uint64_t> keys;
  for (const auto& reading : latin_readings(word)) keys.push_back(key_of(reading.consonants));
  return keys;
}

std::vector<std::uint64_t> arabic_consonant_keys(std::string_view word) {
  std::vector<std::uint64_t> keys;
  for (const auto& reading : arabic_readings(word)) keys.push_back(key_of(reading.consonants));
  return keys;
}

bool same_consonants(std::string_view arabic, std::string_view latin) {
  const auto latin_forms = latin_readings(latin);
  for (const auto& a : arabic_readings(arabic)) {
    for (const auto& l : latin_forms) {
      if (a.consonants != l.consonants) continue;
      bool agree = true;
      for (std::size_t i = 0; i < a.gaps.size() && agree; ++i) {
        agree = gaps_agree(a.gaps[i], l.gaps[i], i, i + 1 == a.gaps.size());
      }
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
