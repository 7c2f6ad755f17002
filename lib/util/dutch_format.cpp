#include "util/dutch_format.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

namespace bibob::text {
namespace {

// The digits of |value| rounded to `places`, as the C locale writes them ("180000.00").
std::string fixed(double value, int places) {
  const int size = std::snprintf(nullptr, 0, "%.*f", places, std::fabs(value));
  std::vector<char> buffer(static_cast<std::size_t>(size) + 1);
  std::snprintf(buffer.data(), buffer.size(), "%.*f", places, std::fabs(value));
  return buffer.data();
}

// "180000.50" as "180.000,50", with thousands points.
std::string dutch_digits(const std::string& plain) {
  const std::size_t point = plain.find('.');
  const std::string whole = plain.substr(0, point);
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
    out += whole[i];
  }
  if (point != std::string::npos) out += "," + plain.substr(point + 1);
  return out;
}

}  // namespace

std::string bedrag(double amount) {
  if (!std::isfinite(amount)) return "€ ?";
  std::string plain = fixed(amount, 2);
  if (plain.ends_with(".00")) plain.resize(plain.size() - 3);
  const bool negative = amount < 0 && plain != "0";
  return std::string(negative ? "-€ " : "€ ") + dutch_digits(plain);
}

std::string getal(double value, int max_places) {
  if (!std::isfinite(value)) return "?";
  std::string plain = fixed(value, max_places);
  if (plain.find('.') != std::string::npos) {
    while (plain.back() == '0') plain.pop_back();
    if (plain.back() == '.') plain.pop_back();
  }
  const bool negative = value < 0 && plain != "0";
  return (negative ? "-" : "") + dutch_digits(plain);
}

std::string percentage(double value) { return getal(value, 2) + "%"; }

std::string postcode(std::string_view text) {
  std::string compact;
  for (const char c : text) {
    if (c != ' ') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  const bool dutch = compact.size() == 6 && std::isdigit(static_cast<unsigned char>(compact[0])) &&
                     std::isdigit(static_cast<unsigned char>(compact[3])) &&
                     std::isalpha(static_cast<unsigned char>(compact[4])) &&
                     std::isalpha(static_cast<unsigned char>(compact[5]));
  return dutch ? compact.substr(0, 4) + " " + compact.substr(4) : std::string(text);
}

}  // namespace bibob::text
