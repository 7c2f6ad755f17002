#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/address_key.hpp"
#include "util/date.hpp"

namespace bibob::scan {

// An officer of an establishment as the extract names one: "name|birth date[|since]".
struct ExtractOfficer {
  std::string name;
  Date birth_date;
  std::optional<Date> since;  // when the officer took up the position, when the extract says
};

// One establishment (vestiging) of the register extract, read from one line.
struct Establishment {
  int line = 0;  // where it starts in the extract, from 1 (the header)
  std::string kvk;
  std::string name;
  std::string legal_form;
  Date registered_on;
  std::optional<Date> deregistered_on;
  std::string sbi;
  std::string street;
  std::string number;    // house number, digits only
  std::string suffix;    // house number addition: "A", "bis", "2hg"
  std::string postcode;  // "1506 CH"
  std::string city;
  std::vector<ExtractOfficer> officers;

  // Still registered on the day of the scan.
  bool active_on(const Date& day) const { return !deregistered_on || *deregistered_on > day; }
  // The postcode area: the four digits, "1506".
  std::string area() const { return postcode.substr(0, 4); }
  // The SBI division, the first two digits: "56" (horeca).
  std::string sector() const { return sbi.substr(0, 2); }
  // "1506CH 12": the key of the building, as screening keys an address.
  std::string address_key() const;
  // "Stationsstraat 12A, 1506 CH Zaandam".
  std::string address_text() const;
};

// One key per person: the normalised name with the date of birth ("jan de vries|1970-01-01").
std::string officer_key(const std::string& name, const Date& birth_date);

}  // namespace bibob::scan
