#include "model/facts.hpp"

#include <cctype>
#include <utility>

namespace bibob {

std::string RegisteredAddress::one_line() const {
  std::string out = street;
  if (!number.empty()) out += " " + number + letter + (suffix.empty() ? "" : "-" + suffix);
  if (!postcode.empty() || !city.empty()) out += ", " + postcode + (postcode.empty() ? "" : " ") + city;
  if (!country.empty() && country != "NL" && country != "Nederland") out += ", " + country;
  return out;
}

std::optional<Date> InsolvencyCase::first_published() const {
  std::optional<Date> first;
  for (const auto& publication : publications) {
    if (publication.date && (!first || *publication.date < *first)) first = publication.date;
  }
  return first;
}

std::string legal_form_code(const std::string& kvk_legal_form) {
  std::string lower;
  for (char c : kvk_legal_form) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::pair<const char*, const char*> forms[] = {
      {"besloten vennootschap", "bv"}, {"naamloze vennootschap", "nv"},   {"vennootschap onder firma", "vof"},
      {"commanditaire vennootschap", "cv"}, {"eenmanszaak", "eenmanszaak"}, {"stichting", "stichting"},
      {"co\xc3\xb6peratie", "cooperatie"},  {"cooperatie", "cooperatie"},   {"vereniging", "vereniging"},
      {"maatschap", "maatschap"},           {"buitenlandse", "buitenlands"}};
  for (const auto& [prefix, code] : forms) {
    if (lower.find(prefix) != std::string::npos) return code;
  }
  return {};
}

}  // namespace bibob
