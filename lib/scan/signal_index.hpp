#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "scan/establishment.hpp"
#include "model/signal.hpp"

namespace bibob::scan {

// The signals register, indexed for the scan: the signals that are not retracted and were
// observed since a date, by address, KvK number, company name and person.
class SignalIndex {
 public:
  SignalIndex(const std::vector<Signal>& signals, const Date& since);

  // About the establishment itself: its address (the building), its KvK number or its name.
  std::vector<const Signal*> about_establishment(const Establishment& establishment) const;
  // About a person with this name and date of birth.
  std::vector<const Signal*> about_person(const std::string& name, const Date& birth_date) const;
  std::size_t size() const { return m_count; }

 private:
  std::unordered_multimap<std::string, const Signal*> m_by_address;
  std::unordered_multimap<std::string, const Signal*> m_by_kvk;
  std::unordered_multimap<std::string, const Signal*> m_by_name_word;  // companies named without KvK number
  std::map<Date, std::vector<const Signal*>> m_persons;                // by date of birth
  std::size_t m_count = 0;
};

// The words of a name that may tell it apart, by the matching vocabulary: normalised, three
// letters or more, without legal forms, particles and little words, and without the words
// that say what a business does unless the name has no other ("Eetcafe De Gouden Leeuw B.V."
// -> eetcafe, gouden, leeuw; "Snackbar Het Hoekje" -> hoekje; "Cafe Bar" -> cafe, bar).
std::vector<std::string> distinctive_words(const std::string& name);

}  // namespace bibob::scan
