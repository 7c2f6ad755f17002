#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "matching/prepared_name.hpp"

namespace bibob {
class BinaryReader;
class BinaryWriter;
}  // namespace bibob

namespace bibob::matching {

// Candidate generation: an inverted index from the distinctive words of list names to the
// names, reached from a query word exactly, by phonetic key, by shared letter trigrams
// (typos), by splitting or joining words ("Abdulrahman" / "Abdul Rahman"), and a word
// transliterated from Arabic script by its consonants ("mhmd" / Muhammad). A query is
// scored only against names that share enough of its distinctive words.
class NameIndex {
 public:
  // Prepares and adds a name; returns its id. Not after build().
  std::uint32_t add(std::uint32_t entity, std::string_view name, NameRules rules);
  // Freezes the postings into compact arrays.
  void build();

  // A built index as bytes and back (screener_file.cpp), so that a process need not prepare
  // every list name again. read() throws std::runtime_error on bytes it cannot take.
  void write(BinaryWriter& out) const;
  static NameIndex read(BinaryReader& in);

  std::size_t name_count() const { return m_names.size(); }
  std::size_t term_count() const { return m_term_phonetic.size(); }
  const PreparedName& name(std::uint32_t id) const { return m_names[id]; }
  std::uint32_t entity(std::uint32_t id) const { return m_entities[id]; }

  // The ids of the names worth scoring against the query, ascending; names prepared under
  // other rules than the query's are left out.
  void candidates(const PreparedName& query, std::vector<std::uint32_t>& out) const;

 private:
  // Letter trigrams over a-z, 0-9 and the two word ends: 39 symbols.
  static constexpr std::size_t k_trigram_space = 39 * 39 * 39;

  std::uint32_t term_id(std::string_view word);
  std::string_view term(std::uint32_t id) const;
  std::pair<const std::uint32_t*, const std::uint32_t*> postings(std::uint32_t term) const;
  std::uint32_t find_term(std::string_view word) const;
  template <typename Visit>
  void similar_terms(std::string_view word, std::uint64_t phonetic, NameRules rules, bool arabic_script,
                     Visit&& visit) const;

  std::vector<PreparedName> m_names;
  std::vector<std::uint32_t> m_entities;

  std::unordered_map<std::string, std::uint32_t> m_term_ids;
  std::string m_term_text;
  std::vector<std::uint32_t> m_term_offsets;  // into m_term_text, one more than terms
  std::vector<std::uint64_t> m_term_phonetic;

  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_pending;  // (term, name) until build()
  std::vector<std::uint32_t> m_posting_offsets;
  std::vector<std::uint32_t> m_postings;

  std::vector<std::pair<std::uint64_t, std::uint32_t>> m_by_phonetic;  // sorted
  // Sorted consonant keys (abjad.hpp) of the words of Latin names, for a word of an Arabic-script
  // query, and of the words of Arabic-script names, for a word of a Latin query.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> m_latin_by_consonants;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> m_arabic_by_consonants;
  std::vector<std::uint8_t> m_term_scripts;  // until build(): 1 seen in a Latin name, 2 in an Arabic-script one
  std::vector<std::uint32_t> m_trigram_offsets;
  std::vector<std::uint32_t> m_trigram_terms;
  bool m_built = false;
};

}  // namespace bibob::matching
