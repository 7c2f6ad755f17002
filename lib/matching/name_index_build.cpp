// Building the name index: each distinctive word of a list name posted under its term, and the
// terms' keys sorted for the lookups (name_index_lookup.cpp). The built index as bytes and
// back: screener_file.cpp.
#include "matching/name_index.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <stdexcept>
#include <vector>

#include "matching/abjad.hpp"
#include "matching/given_names.hpp"
#include "matching/name_index_internals.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"

namespace bibob::matching {
using namespace index_detail;
namespace {

void sort_unique(KeyedTerms& pairs) {
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  pairs.shrink_to_fit();
}

std::atomic<std::uint64_t> g_index_serials{0};

}  // namespace

std::uint32_t NameIndex::term_id(std::string_view word) {
  const auto [id, inserted] = m_term_ids.try_emplace(word, static_cast<std::uint32_t>(m_term_phonetic.size()));
  if (inserted) {
    if (m_term_offsets.empty()) m_term_offsets.push_back(0);
    m_term_text += word;
    m_term_offsets.push_back(static_cast<std::uint32_t>(m_term_text.size()));
    m_term_phonetic.push_back(phonetic_key(word));
    m_term_spelling.push_back(spelling_key(word));
    m_term_letters.push_back(letter_set(word));
    m_term_scripts.push_back(0);
  }
  return *id;
}

std::uint32_t NameIndex::add(std::uint32_t entity, std::string_view name, NameRules rules) {
  if (m_names.size() >= k_posting_name) throw std::length_error("more list names than an index holds");
  const auto id = static_cast<std::uint32_t>(m_names.size());
  m_names.push_back(prepare_name(name, rules));
  m_shapes.push_back(shape_of(m_names.back()));
  m_entities.push_back(entity);
  const PreparedName& prepared = m_names.back();
  // Posts the name under the word, and notes what the word was seen as and under which rules.
  auto post = [&](std::string_view word, bool arabic, std::uint8_t seen_as) {
    const std::uint32_t term_index = term_id(word);
    m_pending.emplace_back(term_index, id | posting_rules(rules) | (arabic ? k_arabic_posting : 0));
    m_term_scripts[term_index] |= static_cast<std::uint8_t>(seen_as | in_names_of(rules));
  };
  for (std::size_t i = 0; i < prepared.tokens.size(); ++i) {
    if (!indexed(prepared.tokens[i], rules)) continue;
    const bool arabic = prepared.tokens[i].abjad;
    post(prepared.token(i), arabic, arabic ? k_arabic_word : k_latin_word);
  }
  if (prepared.tokens.empty() || !prepared.tokens.front().abjad) return id;
  for_each_run(prepared, [&](std::size_t, std::size_t, std::string_view run) { post(run, true, k_arabic_run); });
  return id;
}

void NameIndex::build() {
  const std::size_t terms = m_term_phonetic.size();
  m_posting_offsets.assign(terms + 1, 0);
  for (const auto& [term_index, name] : m_pending) ++m_posting_offsets[term_index + 1];
  for (std::size_t t = 0; t < terms; ++t) m_posting_offsets[t + 1] += m_posting_offsets[t];
  // A word twice in one name is posted twice: each occurrence can stand for a query word.
  m_postings.assign(m_pending.size(), 0);
  std::vector<std::uint32_t> fill(m_posting_offsets.begin(), m_posting_offsets.end() - 1);
  for (const auto& [term_index, name] : m_pending) m_postings[fill[term_index]++] = name;
  std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(m_pending);

  m_by_phonetic.clear();
  m_by_spelling.clear();
  m_by_deletions.clear();
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (!is_word(m_term_scripts[t])) continue;
    m_by_phonetic.emplace_back(m_term_phonetic[t], t);
    m_by_spelling.emplace_back(m_term_spelling[t], t);
    for_each_deletion(term(t), 2, [&](std::uint64_t hash) { m_by_deletions.emplace_back(hash, t); });
  }
  sort_unique(m_by_phonetic);
  sort_unique(m_by_spelling);
  sort_unique(m_by_deletions);
  index_deletions();
  index_term_readings();

  m_latin_by_consonants.clear();
  m_arabic_by_consonants.clear();
  for (std::uint32_t t = 0; t < terms; ++t) {
    if ((m_term_scripts[t] & k_latin_word) != 0) {
      for (const std::uint64_t key : latin_consonant_keys(term(t))) m_latin_by_consonants.emplace_back(key, t);
    }
    if ((m_term_scripts[t] & (k_arabic_word | k_arabic_run)) != 0) {
      for (const std::uint64_t key : arabic_consonant_keys(term(t))) m_arabic_by_consonants.emplace_back(key, t);
    }
  }
  sort_unique(m_latin_by_consonants);
  sort_unique(m_arabic_by_consonants);

  m_trigram_offsets.assign(k_trigram_space + 1, 0);
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (is_word(m_term_scripts[t])) for_each_trigram(term(t), [&](std::uint32_t code) { ++m_trigram_offsets[code + 1]; });
  }
  for (std::size_t c = 0; c < k_trigram_space; ++c) m_trigram_offsets[c + 1] += m_trigram_offsets[c];
  m_trigram_terms.assign(m_trigram_offsets.back(), 0);
  std::vector<std::uint32_t> cursor(m_trigram_offsets.begin(), m_trigram_offsets.end() - 1);
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (is_word(m_term_scripts[t])) for_each_trigram(term(t), [&](std::uint32_t code) { m_trigram_terms[cursor[code]++] = t; });
  }
  mark_built();
}

void NameIndex::mark_built() {
  m_built = true;
  m_serial = ++g_index_serials;
}

void NameIndex::index_deletions() {
  const auto width = static_cast<unsigned>(std::bit_width(m_by_deletions.size()));
  m_deletion_bits = width > 1 ? width - 1 : 1;  // about two entries a directory slot
  m_deletion_directory.assign((std::size_t{1} << m_deletion_bits) + 1, 0);
  for (const auto& [hash, term_index] : m_by_deletions) ++m_deletion_directory[(hash >> (64 - m_deletion_bits)) + 1];
  for (std::size_t i = 1; i < m_deletion_directory.size(); ++i) m_deletion_directory[i] += m_deletion_directory[i - 1];
}

void NameIndex::index_term_readings() {
  const std::size_t terms = m_term_phonetic.size();
  m_term_stems.assign(2 * terms, 0);
  m_term_given_names.assign(terms, 0);
  for (std::uint32_t t = 0; t < terms; ++t) {
    m_term_given_names[t] = given_names::group_of(term(t));
    const std::uint8_t senses = senses_of(t);
    if ((senses & k_latin_sense) != 0) m_term_stems[2 * t] = consonant_stem(term(t), false);
    if ((senses & k_arabic_sense) != 0) m_term_stems[2 * t + 1] = consonant_stem(term(t), true);
  }
}

}  // namespace bibob::matching
