#include "scan/signal_index.hpp"

#include <algorithm>
#include <sstream>

#include "matching/normalise.hpp"
#include "matching/vocabulary.hpp"
#include "screening/name_identity.hpp"

namespace bibob::scan {
namespace {

void add_unique(std::vector<const Signal*>& out, const Signal* signal) {
  if (std::find(out.begin(), out.end(), signal) == out.end()) out.push_back(signal);
}

}  // namespace

std::vector<std::string> distinctive_words(const std::string& name) {
  namespace vocabulary = matching::vocabulary;
  std::vector<std::string> words;
  std::vector<std::string> generic;  // the key when a name is made of such words alone ("Cafe Bar")
  std::istringstream in(matching::normalise(name));
  for (std::string word; in >> word;) {
    if (word.size() < 3 || vocabulary::is_particle(word) || vocabulary::is_stopword(word) ||
        vocabulary::legal_family(word) != vocabulary::LegalFamily::none) {
      continue;
    }
    auto& into = vocabulary::is_generic(word) ? generic : words;
    if (std::find(into.begin(), into.end(), word) == into.end()) into.push_back(word);
  }
  return words.empty() ? generic : words;
}

SignalIndex::SignalIndex(const std::vector<Signal>& signals, const Date& since) {
  for (const auto& signal : signals) {
    if (signal.retracted || signal.observed_on < since) continue;
    ++m_count;
    if (signal.subject_kind == "address") {
      m_by_address.emplace(address_key(signal.postcode, signal.number), &signal);
    } else if (signal.subject_kind == "company") {
      if (!signal.kvk.empty()) {
        m_by_kvk.emplace(signal.kvk, &signal);
      } else {
        // Named without a number: the KvK registration it was linked to when recorded, and
        // its name for establishments the link did not reach.
        if (signal.link_status == "linked") m_by_kvk.emplace(signal.linked_id, &signal);
        for (const auto& word : distinctive_words(signal.name)) m_by_name_word.emplace(word, &signal);
      }
    } else if (signal.subject_kind == "person" && signal.birth_date) {
      m_persons[*signal.birth_date].push_back(&signal);
    }
  }
}

std::vector<const Signal*> SignalIndex::about_establishment(const Establishment& establishment) const {
  std::vector<const Signal*> found;
  auto [a, a_end] = m_by_address.equal_range(establishment.address_key());
  for (; a != a_end; ++a) add_unique(found, a->second);
  auto [k, k_end] = m_by_kvk.equal_range(establishment.kvk);
  for (; k != k_end; ++k) add_unique(found, k->second);
  if (!m_by_name_word.empty()) {
    for (const auto& word : distinctive_words(establishment.name)) {
      auto [n, n_end] = m_by_name_word.equal_range(word);
      for (; n != n_end; ++n) {
        if (screening::same_organisation(n->second->name, establishment.name)) add_unique(found, n->second);
      }
    }
  }
  return found;
}

std::vector<const Signal*> SignalIndex::about_person(const std::string& name, const Date& birth_date) const {
  std::vector<const Signal*> found;
  const auto it = m_persons.find(birth_date);
  if (it == m_persons.end()) return found;
  for (const auto* signal : it->second) {
    if (screening::same_person(signal->name, signal->birth_date, name, birth_date)) add_unique(found, signal);
  }
  return found;
}

}  // namespace bibob::scan
