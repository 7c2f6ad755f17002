#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace bibob {

// A flat byte format for caches that bibob writes and reads back itself (the same build on the
// same machine): numbers as they lie in memory, strings and arrays with a length before them.
// Only arithmetic values and enums go in whole, never structs, so no padding byte is written.
template <typename T>
concept BinaryScalar = std::is_arithmetic_v<T> || std::is_enum_v<T>;

class BinaryWriter {
 public:
  template <BinaryScalar T>
  void value(T v) {
    m_bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void text(std::string_view s) {
    value<std::uint64_t>(s.size());
    m_bytes.append(s);
  }
  template <BinaryScalar T, typename Allocator>
  void values(const std::vector<T, Allocator>& v) {
    value<std::uint64_t>(v.size());
    m_bytes.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  const std::string& bytes() const { return m_bytes; }

 private:
  std::string m_bytes;
};

// Reads what a BinaryWriter wrote; any read past the end throws (a truncated or foreign file).
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : m_bytes(bytes) {}

  template <BinaryScalar T>
  T value() {
    if constexpr (std::is_same_v<T, bool>) {
      // A byte other than 0 or 1 is no bool: reading it as one would be undefined.
      const auto byte = value<std::uint8_t>();
      if (byte > 1) throw std::runtime_error("not a bool");
      return byte == 1;
    } else {
      T v{};
      std::memcpy(&v, take(sizeof v), sizeof v);
      return v;
    }
  }
  std::string text() { return std::string(text_view()); }
  // The same, as a view into the bytes read (for bytes nested in bytes, read without a copy).
  std::string_view text_view() {
    const auto size = length(1);
    return {take(size), size};
  }
  template <BinaryScalar T, typename Allocator = std::allocator<T>>
  std::vector<T, Allocator> values() {
    const auto size = length(sizeof(T));
    std::vector<T, Allocator> v(size);
    if (size > 0) std::memcpy(v.data(), take(size * sizeof(T)), size * sizeof(T));
    return v;
  }
  bool at_end() const { return m_position == m_bytes.size(); }

 private:
  // A length that the rest of the bytes can hold, so that garbage never allocates gigabytes.
  std::size_t length(std::size_t element_size) {
    const auto size = value<std::uint64_t>();
    if (size > (m_bytes.size() - m_position) / element_size) throw std::runtime_error("truncated");
    return static_cast<std::size_t>(size);
  }
  const char* take(std::size_t size) {
    if (size > m_bytes.size() - m_position) throw std::runtime_error("truncated");
    const char* at = m_bytes.data() + m_position;
    m_position += size;
    return at;
  }

  std::string_view m_bytes;
  std::size_t m_position = 0;
};

}  // namespace bibob
