#include "util/identifiers.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace bibob::identifiers {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}

bool passes_elfproef(std::string_view number) {
  if (number.size() != 9 || !all_digits(number)) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) sum += (number[i] - '0') * static_cast<int>(9 - i);
  sum -= number[8] - '0';
  return sum % 11 == 0 && number != "000000000";
}

// ISO 3166-1 alpha-2, sorted for binary search.
constexpr std::array<std::string_view, 249> k_country_codes = {
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
    "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
    "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
    "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
    "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
    "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
    "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
    "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
    "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
    "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
    "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
    "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
    "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"};

// IBAN lengths of the countries a Dutch municipality meets most; others get the generic check.
constexpr std::array<std::pair<std::string_view, std::size_t>, 30> k_iban_lengths = {{
    {"AE", 23}, {"AT", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
    {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FR", 27}, {"GB", 22}, {"GR", 27}, {"HR", 21},
    {"HU", 28}, {"IE", 22}, {"IT", 27}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MA", 28}, {"MT", 31},
    {"NL", 18}, {"PL", 28}, {"PT", 25}, {"RO", 24}, {"SE", 24}, {"TR", 26},
}};

}  // namespace

bool is_valid_bsn(std::string_view bsn) { return passes_elfproef(bsn); }

bool is_valid_rsin(std::string_view rsin) { return passes_elfproef(rsin); }

bool is_valid_kvk_number(std::string_view kvk) { return kvk.size() == 8 && all_digits(kvk); }

bool is_valid_postcode(std::string_view postcode) {
  if (postcode.size() != 7 || postcode[4] != ' ') return false;
  if (postcode[0] == '0' || !all_digits(postcode.substr(0, 4))) return false;
  const char a = postcode[5];
  const char b = postcode[6];
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return false;
  const std::string_view letters = postcode.substr(5, 2);
  return letters != "SA" && letters != "SD" && letters != "SS";
}

bool is_valid_iban(std::string_view iban) {
  std::string compact;
  for (char c : iban) {
    if (c != ' ') compact += c;
  }
  if (compact.size() < 15 || compact.size() > 34) return false;
  if (!is_country_code(compact.substr(0, 2)) || !all_digits(compact.substr(2, 2))) return false;
  for (const auto& [country, length] : k_iban_lengths) {
    if (compact.starts_with(country) && compact.size() != length) return false;
  }
  // Move the first four characters to the end, letters become 10..35, the number mod 97 must be 1.
  const std::string rearranged = compact.substr(4) + compact.substr(0, 4);
  int remainder = 0;
  for (char c : rearranged) {
    if (c >= '0' && c <= '9') {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool is_country_code(std::string_view code) {
  return std::ranges::binary_search(k_country_codes, code);
}

bool is_valid_sbi_code(std::string_view code) { return code.size() >= 2 && code.size() <= 5 && all_digits(code); }

}  // namespace bibob::identifiers
