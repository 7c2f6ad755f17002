#pragma once

#include <cstdint>

namespace bibob {

// The finaliser of splitmix64: every bit of the result depends on every bit of `x`, so that
// hashes built by arithmetic spread evenly over a table's slots or a directory's top bits.
constexpr std::uint64_t mixed_bits(std::uint64_t x) {
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace bibob
