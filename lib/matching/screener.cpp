#include "matching/screener.hpp"

#include <algorithm>
#include <unordered_map>

namespace bibob::matching {
namespace {

std::vector<NameRules> rules_to_try(const NameWords& words, const std::optional<EntityKind>& kind) {
  if (kind) return {rules_for(*kind)};
  if (const auto evident = evident_rules(words)) return {*evident};
  return {NameRules::person, NameRules::organisation};
}

}  // namespace

std::uint32_t Screener::add_entity(EntityFacts facts) {
  m_facts.push_back(std::move(facts));
  return static_cast<std::uint32_t>(m_facts.size() - 1);
}

void Screener::add_name(std::uint32_t entity, std::string_view name) {
  m_index.add(entity, name, rules_for(m_facts[entity].kind));
}

std::vector<Hit> Screener::screen(std::string_view name, const QueryFacts& facts, bool explain,
                                  bool brute_force) const {
  std::vector<Hit> hits;
  std::unordered_map<std::uint32_t, std::size_t> hit_of_entity;  // a common name can hit thousands
  std::vector<std::uint32_t> candidates;
  const double floor = name_floor();
  const NameWords words = name_words(name);
  for (const NameRules rules : rules_to_try(words, facts.kind)) {
    const PreparedName query = prepare_name(name, words, rules);
    if (brute_force) {
      candidates.clear();
      for (std::uint32_t id = 0; id < m_index.name_count(); ++id) {
        if (m_index.name(id).rules == rules) candidates.push_back(id);
      }
    } else {
      m_index.candidates(query, candidates, floor);
    }
    m_index.visit_names(candidates, [&](std::uint32_t id, const PreparedName& listed) {
      const NameScore name_score = compare_names(query, listed);
      if (name_score.score < floor) return;
      const std::uint32_t entity = m_index.entity(id);
      Corroboration corroboration = corroborate(facts, m_facts[entity]);
      const double score = std::clamp(name_score.score + corroboration.delta, 0.0, 1.0);
      if (name_score.score < m_threshold && score < m_threshold) return;
      const auto known = hit_of_entity.find(entity);
      if (known != hit_of_entity.end() && hits[known->second].score >= score) return;
      Hit hit;
      hit.entity = entity;
      hit.name = id;
      hit.name_score = name_score.score;
      hit.score = score;
      hit.match = score >= m_threshold && !corroboration.conflict;
      hit.corroboration = std::move(corroboration);
      if (known != hit_of_entity.end()) {
        hits[known->second] = std::move(hit);
      } else {
        hit_of_entity.emplace(entity, hits.size());
        hits.push_back(std::move(hit));
      }
    });
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.match != b.match) return a.match;
    return a.score > b.score;
  });
  if (explain) {
    for (auto& hit : hits) {
      const PreparedName query = prepare_name(name, m_index.name(hit.name).rules);
      compare_names(query, m_index.name(hit.name), &hit.explanation);
    }
  }
  return hits;
}

NameScore compare_any(std::string_view left, std::string_view right, std::optional<EntityKind> kind,
                      NameExplanation* explanation) {
  std::vector<NameRules> rules;
  if (kind) {
    rules = {rules_for(*kind)};
  } else {
    const auto a = evident_rules(left);
    const auto b = evident_rules(right);
    if (a || b) {
      rules = {a ? *a : *b};
    } else {
      rules = {NameRules::person, NameRules::organisation};
    }
  }
  NameScore best;
  NameRules best_rules = rules.front();
  bool first = true;
  for (const NameRules r : rules) {
    const NameScore score = compare_names(prepare_name(left, r), prepare_name(right, r));
    if (first || score.score > best.score) {
      best = score;
      best_rules = r;
      first = false;
    }
  }
  if (explanation != nullptr) compare_names(prepare_name(left, best_rules), prepare_name(right, best_rules), explanation);
  return best;
}

}  // namespace bibob::matching
