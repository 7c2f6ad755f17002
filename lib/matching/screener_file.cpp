// The built screener as bytes: what `load_lists` keeps in the user's cache so that a screening
// process reads the prepared list names instead of normalising and indexing them again.
#include <algorithm>
#include <memory>

#include "matching/screener.hpp"
#include "util/binary_io.hpp"

namespace bibob::matching {
namespace {

// Bumped whenever the layout below changes, or the normalisation the names in it went through
// (15: look-alike letters of other scripts read as Latin, bidi controls read as displayed).
constexpr std::uint32_t k_format = 15;

void write_name(BinaryWriter& out, const PreparedName& name) {
  out.text(name.original);
  out.text(name.text);
  out.value<std::uint64_t>(name.tokens.size());
  for (const Token& token : name.tokens) {
    out.value(token.offset);
    out.value(token.length);
    out.value(token.role);
    out.value(token.patronymic);
    out.value(token.sibling_marker);
    out.value(token.abjad);
    out.value(token.given_name);
    out.value(token.phonetic);
    out.value(token.spelling);
    out.value(token.letters);
    out.value(token.consonant_stem);
  }
  out.value(name.rules);
  out.value(name.legal_family);
  out.text(name.legal_form);
}

PreparedName read_name(BinaryReader& in) {
  PreparedName name;
  name.original = in.text();
  name.text = in.text();
  const auto tokens = in.value<std::uint64_t>();
  if (tokens > k_max_tokens) throw std::runtime_error("too many tokens");
  name.tokens.resize(static_cast<std::size_t>(tokens));
  for (Token& token : name.tokens) {
    token.offset = in.value<std::uint16_t>();
    token.length = in.value<std::uint8_t>();
    token.role = in.value<TokenRole>();
    token.patronymic = in.value<bool>();
    token.sibling_marker = in.value<bool>();
    token.abjad = in.value<bool>();
    token.given_name = in.value<std::uint8_t>();
    token.phonetic = in.value<std::uint64_t>();
    token.spelling = in.value<std::uint64_t>();
    token.letters = in.value<std::uint64_t>();
    token.consonant_stem = in.value<std::uint64_t>();
    if (std::size_t(token.offset) + token.length > name.text.size()) throw std::runtime_error("token outside its name");
  }
  name.rules = in.value<NameRules>();
  name.legal_family = in.value<vocabulary::LegalFamily>();
  name.legal_form = in.text();
  return name;
}

// Sorted (key, term) pairs, written as two arrays so that no padding byte is written.
void write_keyed_terms(BinaryWriter& out, const KeyedTerms& pairs) {
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> terms;
  for (const auto& [key, term] : pairs) {
    keys.push_back(key);
    terms.push_back(term);
  }
  out.values(keys);
  out.values(terms);
}

KeyedTerms read_keyed_terms(BinaryReader& in) {
  const auto keys = in.values<std::uint64_t>();
  const auto terms = in.values<std::uint32_t>();
  if (keys.size() != terms.size()) throw std::runtime_error("keys without terms");
  KeyedTerms pairs;
  pairs.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) pairs.emplace_back(keys[i], terms[i]);
  return pairs;
}

}  // namespace

void NameIndex::write(BinaryWriter& out) const {
  out.value<std::uint64_t>(m_names.size());
  for (const auto& name : m_names) write_name(out, name);
  // The shapes too: working them out again took longer than reading them.
  for (const auto& shape : m_shapes) NameShape::visit_fields(shape, [&](const auto& field) { out.value(field); });
  out.values(m_entities);
  out.text(m_term_text);
  out.values(m_term_offsets);
  out.values(m_term_phonetic);
  out.values(m_term_spelling);
  out.values(m_term_letters);
  out.values(m_term_scripts);
  out.values(m_posting_offsets);
  out.values(m_postings);
  write_keyed_terms(out, m_by_phonetic);
  write_keyed_terms(out, m_by_spelling);
  write_keyed_terms(out, m_by_deletions);
  write_keyed_terms(out, m_latin_by_consonants);
  write_keyed_terms(out, m_arabic_by_consonants);
  out.values(m_trigram_offsets);
  out.values(m_trigram_terms);
}

NameIndex NameIndex::read(BinaryReader& in) {
  NameIndex index;
  const auto names = in.value<std::uint64_t>();
  for (std::uint64_t i = 0; i < names; ++i) index.m_names.push_back(read_name(in));
  index.m_shapes.resize(index.m_names.size());
  for (auto& shape : index.m_shapes) {
    NameShape::visit_fields(shape, [&](auto& field) { field = in.value<std::remove_reference_t<decltype(field)>>(); });
  }
  index.m_entities = in.values<std::uint32_t, LargeArrayAllocator<std::uint32_t>>();
  index.m_term_text = in.text();
  index.m_term_offsets = in.values<std::uint32_t, LargeArrayAllocator<std::uint32_t>>();
  index.m_term_phonetic = in.values<std::uint64_t, LargeArrayAllocator<std::uint64_t>>();
  index.m_term_spelling = in.values<std::uint64_t, LargeArrayAllocator<std::uint64_t>>();
  index.m_term_letters = in.values<std::uint64_t, LargeArrayAllocator<std::uint64_t>>();
  index.m_term_scripts = in.values<std::uint8_t, LargeArrayAllocator<std::uint8_t>>();
  index.m_posting_offsets = in.values<std::uint32_t, LargeArrayAllocator<std::uint32_t>>();
  index.m_postings = in.values<std::uint32_t, LargeArrayAllocator<std::uint32_t>>();
  index.m_by_phonetic = read_keyed_terms(in);
  index.m_by_spelling = read_keyed_terms(in);
  index.m_by_deletions = read_keyed_terms(in);
  index.m_latin_by_consonants = read_keyed_terms(in);
  index.m_arabic_by_consonants = read_keyed_terms(in);
  index.m_trigram_offsets = in.values<std::uint32_t, LargeArrayAllocator<std::uint32_t>>();
  index.m_trigram_terms = in.values<std::uint32_t, LargeArrayAllocator<std::uint32_t>>();
  // What the index's lookups rely on: every offset inside its array, every id a real one.
  const std::size_t terms = index.m_term_phonetic.size();
  auto ascending_within = [](const LargeArray<std::uint32_t>& offsets, std::size_t count, std::size_t limit) {
    if (offsets.size() != count + 1 || offsets.back() != limit) return false;
    return std::is_sorted(offsets.begin(), offsets.end());
  };
  auto term_out_of_range = [&](const auto& entry) { return entry.second >= terms; };
  auto keyed_out_of_range = [&](const auto& pairs) { return std::any_of(pairs.begin(), pairs.end(), term_out_of_range); };
  auto strange_rules = [](const NameShape& shape) {
    return shape.rules != NameRules::person && shape.rules != NameRules::organisation;
  };
  if (index.m_entities.size() != index.m_names.size() ||
      std::any_of(index.m_shapes.begin(), index.m_shapes.end(), strange_rules) || index.m_term_spelling.size() != terms ||
      index.m_term_letters.size() != terms || index.m_term_scripts.size() != terms ||
      (terms > 0 && !ascending_within(index.m_term_offsets, terms, index.m_term_text.size())) ||
      !ascending_within(index.m_posting_offsets, terms, index.m_postings.size()) ||
      !ascending_within(index.m_trigram_offsets, k_trigram_space, index.m_trigram_terms.size()) ||
      std::any_of(index.m_postings.begin(), index.m_postings.end(), [&](auto n) {
        return (n & k_posting_name) >= names || posting_rules(index.m_names[n & k_posting_name].rules) != (n & k_organisation_posting);
      }) ||
      keyed_out_of_range(index.m_by_phonetic) || keyed_out_of_range(index.m_by_spelling) ||
      keyed_out_of_range(index.m_by_deletions) || keyed_out_of_range(index.m_latin_by_consonants) ||
      keyed_out_of_range(index.m_arabic_by_consonants) ||
      std::any_of(index.m_trigram_terms.begin(), index.m_trigram_terms.end(), [&](auto t) { return t >= terms; })) {
    throw std::runtime_error("inconsistent index");
  }
  for (std::uint32_t t = 0; t < terms; ++t) index.m_term_ids.try_emplace(index.term(t), t);
  if (!std::is_sorted(index.m_by_deletions.begin(), index.m_by_deletions.end())) throw std::runtime_error("unsorted deletions");
  index.index_deletions();
  index.index_term_readings();
  index.mark_built();
  return index;
}

std::string Screener::serialise() const {
  BinaryWriter out;
  out.value(k_format);
  out.value<std::uint64_t>(m_facts.size());
  for (const auto& facts : m_facts) {
    out.value(facts.kind);
    out.value<std::uint64_t>(facts.dates_of_birth.size());
    for (const auto& date : facts.dates_of_birth) {
      out.value(date.year);
      out.value(date.month);
      out.value(date.day);
      out.value(date.year_to);
      out.value(date.approximate);
    }
    out.value<std::uint64_t>(facts.countries.size());
    for (const auto& country : facts.countries) out.text(country);
  }
  m_index.write(out);
  return out.bytes();
}

std::unique_ptr<Screener> Screener::deserialise(std::string_view bytes, double threshold) {
  BinaryReader in(bytes);
  if (in.value<std::uint32_t>() != k_format) throw std::runtime_error("another format");
  auto screener = std::make_unique<Screener>(threshold);
  const auto entities = in.value<std::uint64_t>();
  for (std::uint64_t e = 0; e < entities; ++e) {
    EntityFacts facts;
    facts.kind = in.value<EntityKind>();
    const auto dates = in.value<std::uint64_t>();
    for (std::uint64_t d = 0; d < dates; ++d) {
      PartialDate date;
      date.year = in.value<int>();
      date.month = in.value<int>();
      date.day = in.value<int>();
      date.year_to = in.value<int>();
      date.approximate = in.value<bool>();
      facts.dates_of_birth.push_back(date);
    }
    const auto countries = in.value<std::uint64_t>();
    for (std::uint64_t c = 0; c < countries; ++c) facts.countries.push_back(in.text());
    screener->m_facts.push_back(std::move(facts));
  }
  screener->m_index = NameIndex::read(in);
  for (std::uint32_t n = 0; n < screener->m_index.name_count(); ++n) {
    if (screener->m_index.entity(n) >= entities) throw std::runtime_error("a name of no entity");
  }
  if (!in.at_end()) throw std::runtime_error("trailing bytes");
  return screener;
}

}  // namespace bibob::matching
