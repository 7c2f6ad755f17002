#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// Given names and the short forms people go by: the name in the population register is often
// the baptismal one (Cornelis, Johannes, Wilhelmus) and the one on a permit application, a
// street-level signal or a foreign list the one in daily use (Kees, Jan, Wim). Each word
// belongs to one group; a short form that stands for several names (Bert: Albert, Hubert,
// Lambert) belongs to none, and neither do translations (Pieter and Pedro are not one name).
namespace bibob::matching::given_names {

// The group of a normalised word (lower-case ASCII), 1 to 255; 0 when it is in none.
std::uint8_t group_of(std::string_view word);

// The words of a group, for looking them up; empty for 0.
const std::vector<std::string_view>& words_of(std::uint8_t group);

}  // namespace bibob::matching::given_names
