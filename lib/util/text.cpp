#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace bibob::text {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: a swap of two neighbouring letters ("bns") is one edit.
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  // A third of the word's length, at least one and at most three edits, still reads as a typo.
  const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  if (best && best_distance <= limit) return best;
  // A word that is the start of exactly one candidate's parts ("amount" for "amount_eur").
  std::optional<std::string> extended;
  for (const auto& candidate : candidates) {
    if (word.size() >= 3 && candidate.size() > word.size() && candidate.starts_with(word) &&
        candidate[word.size()] == '_') {
      if (extended) return std::nullopt;
      extended = candidate;
    }
  }
  return extended;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto match = closest_match(word, candidates)) return " (did you mean \"" + *match + "\"?)";
  return {};
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

std::string decimals(double value, int places) {
  std::vector<char> buffer(static_cast<std::size_t>(std::snprintf(nullptr, 0, "%.*f", places, value)) + 1);
  std::snprintf(buffer.data(), buffer.size(), "%.*f", places, value);
  return buffer.data();
}

std::string shortest(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string euros(double amount) {
  // printf rounds any finite double to cents without overflow, where an integer of cents
  // would not hold a value above about 9e16.
  if (!std::isfinite(amount)) return "EUR ?";
  std::vector<char> buffer(static_cast<std::size_t>(std::snprintf(nullptr, 0, "%.2f", std::fabs(amount))) + 1);
  std::snprintf(buffer.data(), buffer.size(), "%.2f", std::fabs(amount));
  const std::string fixed(buffer.data());
  const std::size_t point = fixed.find('.');
  const std::string digits = fixed.substr(0, point);
  const std::string fraction = fixed.substr(point + 1);
  std::string out = amount < 0 && fixed != "0.00" ? "-EUR " : "EUR ";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (fraction != "00") out += "." + fraction;
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string quoted(std::string_view value) {
  constexpr std::size_t k_max_shown = 60;
  std::string out = "\"";
  for (char c : value.substr(0, k_max_shown)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  if (value.size() > k_max_shown) out += "...";
  return out + "\"";
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string uncapitalised(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

}  // namespace bibob::text
