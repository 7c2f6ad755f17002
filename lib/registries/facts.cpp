#include "registries/facts.hpp"

namespace bibob::registries {

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

}  // namespace bibob::registries
