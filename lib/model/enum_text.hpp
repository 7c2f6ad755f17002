#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace bibob {

// One table per enumeration, read both ways, so that what is written is what is read back.
template <typename Enum>
struct EnumText {
  Enum value;
  std::string_view text;
};

template <typename Enum, std::size_t N>
constexpr std::string_view text_of(const EnumText<Enum> (&table)[N], Enum value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry.text;
  }
  return table[0].text;
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> value_of(const EnumText<Enum> (&table)[N], std::string_view text) {
  for (const auto& entry : table) {
    if (entry.text == text) return entry.value;
  }
  return std::nullopt;
}

}  // namespace bibob
