#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/large_array.hpp"
#include "util/mixed_bits.hpp"

namespace bibob {

// A well-mixed 64-bit hash of a short text, eight bytes at a time.
inline std::uint64_t text_hash(std::string_view text) {
  std::uint64_t hash = mixed_bits(text.size() + 0x9E3779B97F4A7C15ULL);
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    hash = mixed_bits(hash ^ word);
  }
  if (i < text.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, text.size() - i);
    hash = mixed_bits(hash ^ word);
  }
  return hash;
}

// A hash table from short texts to small values, for lookups on a query's path: the slots lie
// in one array and the texts in one buffer, so that a lookup reads a slot or two and the text
// it compares, where a node-based map chases a pointer per entry, and growing moves slots
// without hashing a text again. Texts are never removed one by one, only all at once, which
// costs as many steps as there are texts, not slots.
template <typename Value>
class FlatTextMap {
 public:
  const Value* find(std::string_view text) const {
    if (m_slots.empty()) return nullptr;
    const std::uint64_t hash = text_hash(text);
    for (std::size_t at = hash & mask();; at = (at + 1) & mask()) {
      const Slot& slot = m_slots[at];
      if (slot.length == k_free) return nullptr;
      if (slot.hash == static_cast<std::uint32_t>(hash) && text_at(slot) == text) return &slot.value;
    }
  }

  // Keeps value under text unless the text is there already; returns the value kept under
  // text and whether it was added.
  std::pair<Value*, bool> try_emplace(std::string_view text, const Value& value) {
    if (2 * (m_used.size() + 1) > m_slots.size()) grow();
    const std::uint64_t hash = text_hash(text);
    std::size_t at = hash & mask();
    for (;; at = (at + 1) & mask()) {
      Slot& slot = m_slots[at];
      if (slot.length == k_free) break;
      if (slot.hash == static_cast<std::uint32_t>(hash) && text_at(slot) == text) return {&slot.value, false};
    }
    if (m_texts.size() + text.size() >= k_free) throw std::length_error("texts too long for a FlatTextMap");
    m_slots[at] = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(m_texts.size()),
                   static_cast<std::uint32_t>(text.size()), value};
    m_texts.append(text);
    m_used.push_back(static_cast<std::uint32_t>(at));
    return {&m_slots[at].value, true};
  }

  std::size_t size() const { return m_used.size(); }
  bool empty() const { return m_used.empty(); }

  // Makes room for `texts` texts of `letters` letters in all, so that filling the map up to
  // there moves nothing: a map on a query's path grows before the queries, not during one.
  void reserve(std::size_t texts, std::size_t letters) {
    std::size_t slots = k_first_slots;
    while (slots < 2 * texts) slots *= 2;
    while (m_slots.size() < slots) grow();
    m_texts.reserve(letters);
    m_used.reserve(texts);
  }

  // Forgets every text; keeps the room made.
  void clear() {
    for (const std::uint32_t at : m_used) m_slots[at] = Slot{};
    m_used.clear();
    m_texts.clear();
  }

 private:
  static constexpr std::size_t k_first_slots = 16;
  static constexpr std::uint32_t k_free = 0xFFFFFFFFU;  // the length of a free slot

  // hash: the low half of the text's hash, which places the slot in a table of up to 2^32.
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = k_free;
    Value value{};
  };

  std::size_t mask() const { return m_slots.size() - 1; }
  std::string_view text_at(const Slot& slot) const {
    return std::string_view(m_texts).substr(slot.offset, slot.length);
  }

  // Doubles the slots, kept at most half full, and places each entry again by its hash.
  void grow() {
    if (m_slots.size() > k_free / 2) throw std::length_error("too many texts for a FlatTextMap");
    LargeArray<Slot> old(m_slots.empty() ? k_first_slots : 2 * m_slots.size());
    old.swap(m_slots);
    for (std::uint32_t& used : m_used) {
      const Slot& slot = old[used];
      std::size_t at = slot.hash & mask();
      while (m_slots[at].length != k_free) at = (at + 1) & mask();
      m_slots[at] = slot;
      used = static_cast<std::uint32_t>(at);
    }
  }

  LargeArray<Slot> m_slots;  // a power of two of them, read at random
  std::string m_texts;
  std::vector<std::uint32_t> m_used;  // the slots taken, in the order their texts came
};

}  // namespace bibob
