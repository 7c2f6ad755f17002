#pragma once

#include <string>
#include <string_view>

namespace bibob::matching {

// A name as lower-case ASCII words separated by single spaces: Unicode NFKC with case
// folding, any script transliterated to Latin and then to ASCII, apostrophes dropped
// ("O'Brien" -> "obrien", "'t Hart" -> "t hart"), every other punctuation mark a word break.
// Pure ASCII input takes a fast path that never touches ICU.
std::string normalise(std::string_view utf8);

}  // namespace bibob::matching
