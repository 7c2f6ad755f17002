#include "matching/name_index.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "matching/abjad.hpp"
#include "matching/phonetic.hpp"
#include "matching/string_similarity.hpp"
#include "matching/vocabulary.hpp"

namespace bibob::matching {
namespace {

constexpr std::uint32_t k_no_term = 0xFFFFFFFFU;
constexpr std::size_t k_max_query_bits = 32;
// Words this close by spelling are looked up (a little looser than the comparison's floor,
// so that candidate generation never decides a pair the comparison would take).
constexpr double k_person_lookup_floor = 0.84;
constexpr double k_organisation_lookup_floor = 0.88;

bool indexed(const Token& token, NameRules rules) {
  if (rules == NameRules::person) return token.role == TokenRole::normal;
  return token.role == TokenRole::normal || token.role == TokenRole::geographic;
}

std::uint32_t letter_code(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a') + 1;
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0') + 27;
  return c == '^' ? 37U : 38U;
}

// Calls visit(code) for every letter trigram of "^word$".
template <typename Visit>
void for_each_trigram(std::string_view word, Visit&& visit) {
  const std::size_t padded = word.size() + 2;
  auto at = [&](std::size_t i) { return i == 0 ? '^' : (i == padded - 1 ? '$' : word[i - 1]); };
  for (std::size_t i = 0; i + 2 < padded; ++i) {
    visit(letter_code(at(i)) * 39 * 39 + letter_code(at(i + 1)) * 39 + letter_code(at(i + 2)));
  }
}

// Scratch space of one thread, reused between queries so that a query allocates nothing
// once it has run once.
struct Scratch {
  std::vector<std::uint32_t> masks;
  std::vector<std::uint32_t> touched;
  std::vector<std::uint16_t> trigram_counts;
  std::vector<std::uint32_t> trigram_touched;
};

Scratch& scratch() {
  thread_local Scratch instance;
  return instance;
}

}  // namespace

std::uint32_t NameIndex::term_id(std::string_view word) {
  const auto [it, inserted] = m_term_ids.try_emplace(std::string(word), static_cast<std::uint32_t>(m_term_phonetic.size()));
  if (inserted) {
    if (m_term_offsets.empty()) m_term_offsets.push_back(0);
    m_term_text += word;
    m_term_offsets.push_back(static_cast<std::uint32_t>(m_term_text.size()));
    m_term_phonetic.push_back(phonetic_key(word));
  }
  return it->second;
}

std::string_view NameIndex::term(std::uint32_t id) const {
  return std::string_view(m_term_text).substr(m_term_offsets[id], m_term_offsets[id + 1] - m_term_offsets[id]);
}

std::uint32_t NameIndex::find_term(std::string_view word) const {
  // Heterogeneous lookup needs C++20 transparent hashing for unordered_map; a string copy
  // of one short word is cheap enough here.
  const auto it = m_term_ids.find(std::string(word));
  return it == m_term_ids.end() ? k_no_term : it->second;
}

std::uint32_t NameIndex::add(std::uint32_t entity, std::string_view name, NameRules rules) {
  const auto id = static_cast<std::uint32_t>(m_names.size());
  m_names.push_back(prepare_name(name, rules));
  m_entities.push_back(entity);
  const PreparedName& prepared = m_names.back();
  for (std::size_t i = 0; i < prepared.tokens.size(); ++i) {
    if (!indexed(prepared.tokens[i], rules)) continue;
    const std::uint32_t term_index = term_id(prepared.token(i));
    m_pending.emplace_back(term_index, id);
    if (m_term_scripts.size() <= term_index) m_term_scripts.resize(term_index + 1, 0);
    m_term_scripts[term_index] |= static_cast<std::uint8_t>(prepared.tokens[i].abjad ? 2 : 1);
  }
  return id;
}

void NameIndex::build() {
  const std::size_t terms = m_term_phonetic.size();
  m_posting_offsets.assign(terms + 1, 0);
  for (const auto& [term_index, name] : m_pending) ++m_posting_offsets[term_index + 1];
  for (std::size_t t = 0; t < terms; ++t) m_posting_offsets[t + 1] += m_posting_offsets[t];
  m_postings.assign(m_pending.size(), 0);
  std::vector<std::uint32_t> fill(m_posting_offsets.begin(), m_posting_offsets.end() - 1);
  for (const auto& [term_index, name] : m_pending) m_postings[fill[term_index]++] = name;
  // The same word twice in one name is posted once.
  std::vector<std::uint32_t> compact_offsets(terms + 1, 0);
  std::size_t write = 0;
  for (std::size_t t = 0; t < terms; ++t) {
    const std::size_t begin = m_posting_offsets[t];
    const std::size_t end = m_posting_offsets[t + 1];
    compact_offsets[t] = static_cast<std::uint32_t>(write);
    std::uint32_t last = k_no_term;
    for (std::size_t p = begin; p < end; ++p) {
      if (m_postings[p] == last) continue;
      last = m_postings[p];
      m_postings[write++] = last;
    }
  }
  compact_offsets[terms] = static_cast<std::uint32_t>(write);
  m_postings.resize(write);
  m_postings.shrink_to_fit();
  m_posting_offsets = std::move(compact_offsets);
  std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(m_pending);

  m_by_phonetic.clear();
  m_by_phonetic.reserve(terms);
  for (std::uint32_t t = 0; t < terms; ++t) m_by_phonetic.emplace_back(m_term_phonetic[t], t);
  std::sort(m_by_phonetic.begin(), m_by_phonetic.end());

  m_latin_by_consonants.clear();
  m_arabic_by_consonants.clear();
  for (std::uint32_t t = 0; t < terms && t < m_term_scripts.size(); ++t) {
    if ((m_term_scripts[t] & 1) != 0) {
      for (const std::uint64_t key : latin_consonant_keys(term(t))) m_latin_by_consonants.emplace_back(key, t);
    }
    if ((m_term_scripts[t] & 2) != 0) {
      for (const std::uint64_t key : arabic_consonant_keys(term(t))) m_arabic_by_consonants.emplace_back(key, t);
    }
  }
  std::sort(m_latin_by_consonants.begin(), m_latin_by_consonants.end());
  std::sort(m_arabic_by_consonants.begin(), m_arabic_by_consonants.end());
  std::vector<std::uint8_t>().swap(m_term_scripts);

  m_trigram_offsets.assign(k_trigram_space + 1, 0);
  for (std::uint32_t t = 0; t < terms; ++t) for_each_trigram(term(t), [&](std::uint32_t code) { ++m_trigram_offsets[code + 1]; });
  for (std::size_t c = 0; c < k_trigram_space; ++c) m_trigram_offsets[c + 1] += m_trigram_offsets[c];
  m_trigram_terms.assign(m_trigram_offsets.back(), 0);
  std::vector<std::uint32_t> cursor(m_trigram_offsets.begin(), m_trigram_offsets.end() - 1);
  for (std::uint32_t t = 0; t < terms; ++t) for_each_trigram(term(t), [&](std::uint32_t code) { m_trigram_terms[cursor[code]++] = t; });
  m_built = true;
}

std::pair<const std::uint32_t*, const std::uint32_t*> NameIndex::postings(std::uint32_t term_index) const {
  return {m_postings.data() + m_posting_offsets[term_index], m_postings.data() + m_posting_offsets[term_index + 1]};
}

template <typename Visit>
void NameIndex::similar_terms(std::string_view word, std::uint64_t phonetic, NameRules rules, bool arabic_script,
                              Visit&& visit) const {
  if (const std::uint32_t exact = find_term(word); exact != k_no_term) visit(exact);
  // Across scripts, by consonants: an Arabic-script word to Latin names' words, a Latin word
  // to Arabic-script names' words.
  const auto& across = arabic_script ? m_latin_by_consonants : m_arabic_by_consonants;
  if (!across.empty()) {
    for (const std::uint64_t key : arabic_script ? arabic_consonant_keys(word) : latin_consonant_keys(word)) {
      auto range = std::equal_range(across.begin(), across.end(), std::make_pair(key, 0U),
                                    [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto it = range.first; it != range.second; ++it) visit(it->second);
    }
  }
  if (phonetic != 0) {
    auto range = std::equal_range(m_by_phonetic.begin(), m_by_phonetic.end(), std::make_pair(phonetic, 0U),
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = range.first; it != range.second; ++it) {
      if (jaro_winkler(word, term(it->second)) >= 0.70) visit(it->second);
    }
  }
  // Typos: terms sharing enough letter trigrams, confirmed by Jaro-Winkler.
  Scratch& s = scratch();
  if (s.trigram_counts.size() < m_term_phonetic.size()) s.trigram_counts.assign(m_term_phonetic.size(), 0);
  s.trigram_touched.clear();
  std::size_t trigrams = 0;
  for_each_trigram(word, [&](std::uint32_t code) {
    ++trigrams;
    for (std::uint32_t p = m_trigram_offsets[code]; p < m_trigram_offsets[code + 1]; ++p) {
      const std::uint32_t t = m_trigram_terms[p];
      if (s.trigram_counts[t]++ == 0) s.trigram_touched.push_back(t);
    }
  });
  const std::size_t needed = std::max<std::size_t>(2, (trigrams + 1) / 3);
  const double floor = rules == NameRules::person ? k_person_lookup_floor : k_organisation_lookup_floor;
  for (const std::uint32_t t : s.trigram_touched) {
    if (s.trigram_counts[t] >= needed) {
      const std::string_view candidate = term(t);
      const std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
      if (gap <= 3 && jaro_winkler(word, candidate) >= floor) visit(t);
    }
    s.trigram_counts[t] = 0;
  }
}

void NameIndex::candidates(const PreparedName& query, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (!m_built) return;
  Scratch& s = scratch();
  if (s.masks.size() < m_names.size()) s.masks.assign(m_names.size(), 0);
  s.touched.clear();
  auto post = [&](std::uint32_t term_index, std::uint32_t bits) {
    const auto [begin, end] = postings(term_index);
    for (const std::uint32_t* p = begin; p != end; ++p) {
      if (s.masks[*p] == 0) s.touched.push_back(*p);
      s.masks[*p] |= bits;
    }
  };
  const NameRules rules = query.rules;
  std::array<std::uint32_t, k_max_tokens> bit_of{};
  std::size_t significant = 0;
  for (std::size_t i = 0; i < query.tokens.size() && significant < k_max_query_bits; ++i) {
    if (!indexed(query.tokens[i], rules)) continue;
    bit_of[i] = 1U << significant++;
    const std::string_view word = query.token(i);
    similar_terms(word, query.tokens[i].phonetic, rules, query.tokens[i].abjad,
                  [&](std::uint32_t t) { post(t, bit_of[i]); });
    // A word that is two list words run together ("abdulrahman", "gazprombank").
    for (std::size_t cut = 3; cut + 3 <= word.size(); ++cut) {
      const std::string_view head = word.substr(0, cut);
      const std::string_view tail = word.substr(cut);
      const std::uint32_t head_term = find_term(head);
      const std::uint32_t tail_term = find_term(tail);
      const bool head_known = head_term != k_no_term || vocabulary::is_generic(head) || vocabulary::is_particle(head);
      const bool tail_known = tail_term != k_no_term || vocabulary::is_generic(tail);
      if (!head_known || !tail_known) continue;
      if (head_term != k_no_term) post(head_term, bit_of[i]);
      if (tail_term != k_no_term) post(tail_term, bit_of[i]);
    }
  }
  if (significant == 0) return;
  // Several query words written as one list word ("van der meer" / "vandermeer").
  std::array<char, 96> buffer{};
  for (std::size_t start = 0; start + 1 < query.tokens.size(); ++start) {
    std::size_t length = 0;
    std::uint32_t bits = 0;
    for (std::size_t count = 1; count <= 3 && start + count <= query.tokens.size(); ++count) {
      const std::size_t k = start + count - 1;
      if (query.tokens[k].role == TokenRole::initial) break;
      const std::string_view word = query.token(k);
      if (length + word.size() > buffer.size()) break;
      std::copy(word.begin(), word.end(), buffer.begin() + static_cast<std::ptrdiff_t>(length));
      length += word.size();
      bits |= bit_of[k];
      if (count < 2 || bits == 0) continue;
      const std::string_view joined(buffer.data(), length);
      similar_terms(joined, phonetic_key(joined), rules, query.tokens[start].abjad,
                    [&](std::uint32_t t) { post(t, bits); });
    }
  }
  const std::size_t required = significant <= (rules == NameRules::person ? 2U : 1U) ? significant : significant - 1;
  for (const std::uint32_t name : s.touched) {
    if (static_cast<std::size_t>(std::popcount(s.masks[name])) >= required && m_names[name].rules == rules) {
      out.push_back(name);
    }
    s.masks[name] = 0;
  }
  std::sort(out.begin(), out.end());
}

}  // namespace bibob::matching
