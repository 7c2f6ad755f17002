#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "matching/corroboration.hpp"
#include "matching/name_comparison.hpp"
#include "matching/name_index.hpp"

namespace bibob::matching {

// One list entry that came close to the party being screened.
struct Hit {
  std::uint32_t entity = 0;
  std::uint32_t name = 0;     // the entry's name (of its aliases) that came closest
  double name_score = 0;      // the names alone
  double score = 0;           // with date of birth, country and kind
  bool match = false;         // score at or above the threshold, and no conflict
  NameExplanation explanation;
  Corroboration corroboration;
};

// Screens names against many list entries: the index proposes candidates, the comparison
// scores them, corroboration adjusts the score.
class Screener {
 public:
  explicit Screener(double threshold) : m_threshold(threshold) {}

  std::uint32_t add_entity(EntityFacts facts);
  void add_name(std::uint32_t entity, std::string_view name);
  void build() { m_index.build(); }

  double threshold() const { return m_threshold; }
  // The lowest name score that corroboration can still lift to the threshold: names whose
  // score cannot reach it are not scored.
  double name_floor() const { return m_threshold - k_birth_date_agrees - k_country_agrees; }
  const NameIndex& index() const { return m_index; }
  const EntityFacts& facts(std::uint32_t entity) const { return m_facts[entity]; }
  std::size_t entity_count() const { return m_facts.size(); }

  // The built screener as bytes and back (screener_file.cpp); read() throws
  // std::runtime_error on bytes it cannot take.
  std::string serialise() const;
  static std::unique_ptr<Screener> deserialise(std::string_view bytes, double threshold);

  // Entries whose best name scores at or above the threshold, before or after
  // corroboration; best first. With brute_force every name is scored (for measuring the
  // index, not for use).
  std::vector<Hit> screen(std::string_view name, const QueryFacts& facts, bool explain = true,
                          bool brute_force = false) const;

 private:
  double m_threshold;
  std::vector<EntityFacts> m_facts;
  NameIndex m_index;
};

// Compares two names as `bibob names compare` does: under the kind's rules, or, with no
// kind, under the rules the names evidently need (the better score when unclear).
NameScore compare_any(std::string_view left, std::string_view right, std::optional<EntityKind> kind,
                      NameExplanation* explanation = nullptr);

}  // namespace bibob::matching
