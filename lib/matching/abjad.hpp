#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Names written in Arabic script carry no short vowels: محمد is m-h-m-d whether a Latin
// list reads it Muhammad, Mohammed or Mohamed, and transliterated it keeps only consonants
// and the long vowels (written with alif, waw and ya). Such a word is compared with a Latin
// spelling by its consonants.
namespace bibob::matching {

// Whether the text holds letters of the Arabic script (U+0600 to U+06FF, U+0750 to U+077F).
bool has_arabic_script(std::string_view utf8);

// The consonants of a normalised word as keys, for finding candidates: doubled letters
// collapsed (Arabic does not write the doubling), q as k, dh as d; in a Latin word dj as j
// (Djamel), ch and c before e and i as s (Alouche, Lounici), and also without a final h
// after a vowel (Abdallah); in a transliterated Arabic word w and y between consonants are
// long vowels, and also without a final t, the ta marbuta that Latin spellings leave out
// (hmzt / Hamza). A word with one consonant has a key only while it is short (ly / Ali);
// none without any.
std::vector<std::uint64_t> latin_consonant_keys(std::string_view word);
std::vector<std::uint64_t> arabic_consonant_keys(std::string_view word);

// A quick sieve before same_consonants: the key of the word's consonants without any final t
// or h (read as Latin or as transliterated Arabic). Words that same_consonants takes for one
// name always share it; 0 only for a word too long to be a name's.
std::uint64_t consonant_stem(std::string_view word, bool arabic);

// Whether a transliterated Arabic word and a Latin word are one name: the same consonants,
// and the vowels agree where either writes a long one (Muhammad is mhmd, not Mahmoud's
// mhmwd; Hussein is hsyn, not Hasan's hsn).
bool same_consonants(std::string_view arabic, std::string_view latin);

// The words of a transliterated Arabic-script name as Latin spellings divide them: the
// article split off ("altkryty" -> "al", "tkryty"), "bn" read as "bin", "abw" as "abu".
std::vector<std::string> arabic_name_words(const std::vector<std::string>& words);

}  // namespace bibob::matching
