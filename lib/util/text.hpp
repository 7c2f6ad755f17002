#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bibob::text {

// Edit distance in bytes (with swaps of neighbours); for suggesting a key or command that was mistyped.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate when it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean \"x\"?)" or nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "EUR 250,000" or "EUR 1,250.50": amounts as an officer reads them.
std::string euros(double amount);

// A number with so many decimals ("12.63"), and in its shortest form ("4", "1.5"), as the
// C locale writes them.
std::string decimals(double value, int places);
std::string shortest(double value);

// Joins with a separator.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// A value quoted for an error message, shortened so junk input cannot flood the terminal.
std::string quoted(std::string_view value);

// The text with its ASCII letters in lower case; other bytes as they are.
std::string ascii_lower(std::string_view text);

// The text with its first letter in upper case, when that is an ASCII letter ("lening" -> "Lening").
std::string capitalised(std::string text);
// The text with its first letter in lower case, for a title in a sentence ("Exploitatievergunning
// horeca" -> "exploitatievergunning horeca"); the rest stays as it is (APV, Wet Bibob).
std::string uncapitalised(std::string text);

// Text safe inside XML or HTML content and attribute values: & < > " escaped.
std::string xml_escape(std::string_view text);

}  // namespace bibob::text
