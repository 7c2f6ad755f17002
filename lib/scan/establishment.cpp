#include "scan/establishment.hpp"

#include <cctype>

#include "matching/normalise.hpp"

namespace bibob::scan {

std::string officer_key(const std::string& name, const Date& birth_date) {
  return matching::normalise(name) + "|" + birth_date.iso();
}

std::string Establishment::address_key() const { return bibob::address_key(postcode, number); }

std::string Establishment::address_text() const {
  std::string text = street.empty() ? number : street + " " + number;
  if (!suffix.empty()) text += std::isalpha(static_cast<unsigned char>(suffix[0])) != 0 ? suffix : "-" + suffix;
  text += ", " + postcode;
  if (!city.empty()) text += " " + city;
  return text;
}

}  // namespace bibob::scan
