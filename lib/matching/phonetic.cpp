#include "matching/phonetic.hpp"

#include <array>
#include <string_view>

namespace bibob::matching {
namespace {

constexpr std::size_t k_max_symbols = 11;  // 5 bits each, plus 4 bits of vowel groups

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

char at(std::string_view word, std::size_t i) { return i < word.size() ? word[i] : '\0'; }

struct Skeleton {
  std::array<char, k_max_symbols> symbols{};
  std::size_t size = 0;
  unsigned vowel_groups = 0;
};

// Walks the word once, writing one consonant class per sound; 'a' stands for a vowel at
// the start, '#' for a vowel elsewhere (dropped from the key but counted).
Skeleton skeleton(std::string_view word) {
  Skeleton out;
  char last = '\0';
  bool in_vowel = false;
  auto emit = [&](char symbol) {
    const bool vowel = symbol == '#';
    if (vowel) {
      if (!in_vowel) ++out.vowel_groups;
      in_vowel = true;
      // Only letters written next to each other collapse: Gerrit keeps one r, Gerard two.
      if (out.size > 0) last = '#';
      if (out.size == 0 && last == '\0') {
        last = 'a';
        out.symbols[out.size++] = 'a';
      }
      return;
    }
    in_vowel = false;
    if (symbol == 'h' && out.size > 0) return;  // a mid-word h is silent in most spellings
    if (symbol == last) return;
    last = symbol;
    if (out.size < out.symbols.size()) out.symbols[out.size++] = symbol;
  };
  for (std::size_t i = 0; i < word.size();) {
    const char c = word[i];
    const char n = at(word, i + 1);
    const char n2 = at(word, i + 2);
    if (c == 's' && n == 'c' && n2 == 'h') { emit('x'); i += 3; continue; }
    if (c == 't' && n == 's' && n2 == 'c' && at(word, i + 3) == 'h') { emit('x'); i += 4; continue; }
    if (c == 't' && n == 'c' && n2 == 'h') { emit('x'); i += 3; continue; }
    if (c == 'd' && n == 'z' && n2 == 'h') { emit('j'); i += 3; continue; }
    if (n == 'h') {
      char symbol = '\0';
      switch (c) {
        case 'c': symbol = i == 0 ? 'x' : 'h'; break;
        case 's': symbol = 'x'; break;
        case 'z': symbol = 'j'; break;
        case 'k': symbol = 'h'; break;
        case 'g': symbol = 'k'; break;
        case 'p': symbol = 'f'; break;
        case 't': symbol = 't'; break;
        case 'd': symbol = 't'; break;
        default: break;
      }
      if (symbol != '\0') { emit(symbol); i += 2; continue; }
    }
    if (c == 'c' && n == 'k') { emit('k'); i += 2; continue; }
    if (c == 'd' && n == 'j') { emit('j'); i += 2; continue; }
    if (c == 't' && (n == 's' || n == 'z')) { emit('s'); i += 2; continue; }
    if (c == 'i' && n == 'j') { emit('#'); i += 2; continue; }
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': emit('#'); break;
      case 'y': emit(i == 0 && is_vowel(n) ? 'j' : '#'); break;
      case 'j': emit('j'); break;
      case 'b': emit('b'); break;
      case 'p': emit('p'); break;
      case 'c': emit(n == 'e' || n == 'i' || n == 'y' ? 's' : 'k'); break;
      case 'k': case 'q': case 'g': emit('k'); break;
      case 'x': emit('k'); emit('s'); break;
      case 'd': case 't': emit('t'); break;
      case 'f': case 'v': case 'w': emit('f'); break;
      case 's': case 'z': emit('s'); break;
      case 'l': emit('l'); break;
      case 'm': emit('m'); break;
      case 'n': emit('n'); break;
      case 'r': emit('r'); break;
      case 'h': emit('h'); break;
      default:
        if (c >= '0' && c <= '9') emit(c);
        break;
    }
    ++i;
  }
  return out;
}

std::uint64_t symbol_code(char symbol) {
  if (symbol >= '0' && symbol <= '9') return static_cast<std::uint64_t>(symbol - '0') + 1;
  constexpr std::string_view k_letters = "abfhjklmnprstx";
  return static_cast<std::uint64_t>(k_letters.find(symbol)) + 11;  // 11..24: five bits
}

}  // namespace

std::uint64_t phonetic_key(std::string_view word) {
  const Skeleton s = skeleton(word);
  if (s.size == 0) return 0;
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < s.size; ++i) key = (key << 5) | (symbol_code(s.symbols[i]) & 31U);
  const std::uint64_t groups = s.vowel_groups > 15 ? 15 : s.vowel_groups;
  return (key << 4) | groups | (static_cast<std::uint64_t>(s.size) << 60);
}

std::uint64_t spelling_key(std::string_view word) {
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a
  char last = '\0';
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const char n = i + 1 < word.size() ? word[i + 1] : '\0';
    char out = c;
    if ((c == 'i' && n == 'j') || (c == 'e' && n == 'e')) {
      out = 'i';
      ++i;
    } else if ((c == 'o' && (n == 'u' || n == 'o' || n == 'e')) || (c == 'u' && n == 'e')) {
      out = 'u';
      ++i;
    } else if (c == 'p' && n == 'h') {
      out = 'f';
      ++i;
    } else if (c == 'c' && n == 'k') {
      out = 'k';
      ++i;
    } else if (c == 'y') {
      out = 'i';
    }
    if (out == last) continue;
    last = out;
    hash = (hash ^ static_cast<unsigned char>(out)) * 1099511628211ULL;
  }
  return hash;
}

std::string phonetic_code(std::string_view word) {
  const Skeleton s = skeleton(word);
  std::string out(s.symbols.data(), s.size);
  out += '/';
  out += std::to_string(s.vowel_groups);
  return out;
}

}  // namespace bibob::matching
