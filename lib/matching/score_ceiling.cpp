#include "matching/score_ceiling.hpp"

#include <algorithm>
#include <bit>

#include "matching/abjad.hpp"
#include "matching/name_comparison.hpp"
#include "matching/name_weights.hpp"

namespace bibob::matching {
namespace {

std::uint8_t saturated(std::size_t value) { return static_cast<std::uint8_t>(std::min<std::size_t>(value, 255)); }

std::uint32_t letter_bit(char c) { return c >= 'a' && c <= 'z' ? 1U << (c - 'a') : 0; }

std::uint64_t stem_bit(std::uint64_t stem) { return stem == 0 ? 0 : 1ULL << ((stem * 0x9E3779B97F4A7C15ULL) >> 58); }

bool runs_meet_targets(const NameShape::Keys& runs, std::uint64_t run_stems, bool runs_arabic, const NameShape& targets) {
  if (runs.count == 0 || targets.targets.count == 0) return false;
  if (runs_arabic != targets.arabic_script) return (run_stems & targets.target_stems) != 0;
  if (runs.count > NameShape::Keys::k_kept || targets.targets.count > NameShape::Keys::k_kept) return true;
  for (std::size_t r = 0; r < runs.count; ++r) {
    for (std::size_t t = 0; t < targets.targets.count; ++t) {
      const std::uint16_t run = runs.keys[r];
      const std::uint16_t target = targets.targets.keys[t];
      const int gap = static_cast<int>(run & 0xFFU) - static_cast<int>(target & 0xFFU);
      if ((run >> 8) == (target >> 8) && gap <= static_cast<int>(k_run_gap) && -gap <= static_cast<int>(k_run_gap)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void NameShape::Keys::add(char first, std::size_t letters) {
  if (count < k_kept) {
    keys[count] = static_cast<std::uint16_t>(static_cast<unsigned char>(first) << 8 | saturated(letters));
  }
  if (count <= k_kept) ++count;
}

NameShape shape_of(const PreparedName& name) {
  NameShape shape;
  const NameRules rules = name.rules;
  shape.rules = rules;
  std::size_t distinctive = 0;
  std::size_t loose = 0;
  double weight = 0;
  for (std::size_t i = 0; i < name.tokens.size(); ++i) {
    const Token& token = name.tokens[i];
    weight += weights::of(token, rules);
    if (weights::distinctive(token, rules)) {
      ++distinctive;
      shape.cheap_unmatched |= rules == NameRules::person ? token.patronymic : token.role == TokenRole::geographic;
    }
    if (token.role == (rules == NameRules::person ? TokenRole::initial : TokenRole::generic)) ++loose;
    const char first = name.text[token.offset];
    if (token.role == TokenRole::initial) {
      shape.initials |= letter_bit(first);
      continue;
    }
    if (token.role != TokenRole::particle && token.role != TokenRole::stopword) {
      shape.target_stems |= stem_bit(token.consonant_stem);
      shape.target_letters |= letter_bit(first);
      shape.targets.add(first, token.length);
    }
  }
  for_each_run(name, [&](std::size_t start, std::size_t count, std::string_view run) {
    const Token& token = name.tokens[start];
    const char first = run[0];
    shape.runs.add(first, run.size());
    const bool plain = std::none_of(name.tokens.begin() + static_cast<std::ptrdiff_t>(start),
                                    name.tokens.begin() + static_cast<std::ptrdiff_t>(start + count),
                                    [&](const Token& t) { return weights::distinctive(t, rules); });
    if (plain) shape.plain_runs.add(first, run.size());
    shape.run_stems |= stem_bit(consonant_stem(run, token.abjad));
  });
  shape.arabic_script = !name.tokens.empty() && name.tokens.front().abjad;
  shape.weight = static_cast<float>(weight);
  shape.distinctive = saturated(distinctive);
  shape.loose = saturated(loose);
  return shape;
}

bool runs_may_pair(const NameShape& runs, const NameShape& words, bool plain_only) {
  return runs_meet_targets(plain_only ? runs.plain_runs : runs.runs, runs.run_stems, runs.arabic_script, words);
}

double score_ceiling(const NameShape& query, std::size_t reached_query, const NameShape& listed,
                     std::size_t reached_listed, NameRules rules) {
  // Words without a partner by the lookups may still pair with the other name's initials
  // (person) or generic words (organisation); initials only with words of their letters, and
  // at less than a full pair.
  auto loose = [rules](const NameShape& side, const NameShape& other) -> std::size_t {
    if (rules != NameRules::person) return other.loose;
    const auto letters = static_cast<std::size_t>(std::popcount(other.initials));
    const std::size_t repeated = other.loose > letters ? other.loose - letters : 0;  // "A. A."
    const auto fitting = static_cast<std::size_t>(std::popcount(other.initials & side.target_letters));
    return std::min<std::size_t>(other.loose, fitting + repeated);
  };
  std::size_t paired_with_initials = 0;
  auto unreached = [&](const NameShape& side, std::size_t reached, const NameShape& other) {
    const std::size_t without = side.distinctive > reached ? side.distinctive - reached : 0;
    const std::size_t by_loose = std::min(without, loose(side, other));
    if (rules == NameRules::person) paired_with_initials += by_loose;
    return without - by_loose;
  };
  const auto query_alone = static_cast<double>(unreached(query, reached_query, listed));
  const auto listed_alone = static_cast<double>(unreached(listed, reached_listed, query));
  if (query_alone == 0 && listed_alone == 0) return 1.0;

  double query_cost = 1.0;
  double listed_cost = 1.0;
  double query_weight = 1.0;
  double listed_weight = 1.0;
  if (rules == NameRules::person) {
    // A word missing in the middle costs less when every word of the other name found a
    // partner, two of them names (a person's distinctive words are its names).
    const bool query_complete = query_alone == 0 && query.distinctive >= 2;
    const bool listed_complete = listed_alone == 0 && listed.distinctive >= 2;
    auto cost = [](const NameShape& side, bool other_complete) {
      if (other_complete) return side.cheap_unmatched ? weights::k_patronymic_cost : weights::k_middle_name_cost;
      return side.cheap_unmatched ? weights::k_loose_patronymic_cost : 1.0;
    };
    query_cost = cost(query, listed_complete);
    listed_cost = cost(listed, query_complete);
  } else {
    auto cost = [](const NameShape& side) { return side.cheap_unmatched ? weights::k_unmatched_place_cost : 1.0; };
    query_cost = cost(query);
    listed_cost = cost(listed);
    query_weight = query.cheap_unmatched ? weights::k_geographic : 1.0;
    listed_weight = listed.cheap_unmatched ? weights::k_geographic : 1.0;
  }
  const double aligned = static_cast<double>(query.weight) + static_cast<double>(listed.weight) -
                         query_alone * query_weight - listed_alone * listed_weight;
  if (aligned <= 0) return 0.0;
  // A word paired with an initial counts at the initial's similarity, not in full.
  const double initials_short = static_cast<double>(paired_with_initials) * (1.0 - weights::k_initial_similarity) *
                                (weights::k_initial + 1.0);
  const double ceiling =
      (aligned - initials_short) / (aligned + query_alone * query_cost + listed_alone * listed_cost);
  return std::min(1.0, ceiling + (rules == NameRules::organisation ? weights::k_legal_same : 0.0));
}

}  // namespace bibob::matching
