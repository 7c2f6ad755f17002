#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bibob::matching {

// A phonetic key for one normalised word, tuned to the spellings that differ between Dutch,
// English, French and German renderings of Arabic, Russian and other names:
// the consonant skeleton with sound-alike letters merged (c/k/q/g, d/t, f/v/w, s/z,
// ch/sh/sch, kh/gh, ph/th/dh), vowels dropped after the first letter, doubled letters
// collapsed, plus the number of vowel groups so that Mohammed and Mahmoud stay apart.
// 0 for a word without letters. Allocation-free.
std::uint64_t phonetic_key(std::string_view word);

// The same key as readable letters followed by the vowel-group count ("mhmt/3"),
// for explanations and tests.
std::string phonetic_code(std::string_view word);

// A hash of the word with spelling conventions folded away: Dutch ij and y, ou/oo/oe and
// u, ee and i, ue (umlaut written out) and u, ph and f, ck and k, doubled letters. Noor
// and Nour, Dijk and Dyk, Mueller and Muller, Saeed and Said get the same key.
std::uint64_t spelling_key(std::string_view word);

}  // namespace bibob::matching
