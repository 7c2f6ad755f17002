#include "matching/score_ceiling.hpp"

#include <algorithm>
#include <bit>

#include "matching/abjad.hpp"
#include "matching/name_comparison.hpp"
#include "matching/name_weights.hpp"
#include "util/popcount_clones.hpp"

namespace bibob::matching {
namespace {

std::uint8_t saturated(std::size_t value) { return static_cast<std::uint8_t>(std::min<std::size_t>(value, 255)); }

std::uint32_t letter_bit(char c) { return c >= 'a' && c <= 'z' ? 1U << (c - 'a') : 0; }

std::uint64_t stem_bit(std::uint64_t stem) { return stem == 0 ? 0 : 1ULL << ((stem * 0x9E3779B97F4A7C15ULL) >> 58); }

constexpr unsigned k_letter_bits = 7;
constexpr unsigned k_distinctive_bits = 2;
constexpr std::uint16_t k_letters_mask = (1U << k_letter_bits) - 1;

std::size_t letters_of(std::uint16_t key) { return key & k_letters_mask; }
std::size_t distinctive_of(std::uint16_t key) { return (key >> k_letter_bits) & ((1U << k_distinctive_bits) - 1); }
unsigned first_of(std::uint16_t key) { return key >> (k_letter_bits + k_distinctive_bits); }

template <typename RunKeys>
RunsReach runs_meet_targets(const RunKeys& runs, std::uint64_t run_stems, bool runs_arabic,
                            const NameShape& targets) {
  RunsReach reach;
  if (runs.count == 0 || targets.targets.count == 0) return reach;
  // Whatever the keys cannot tell: any run with any word.
  const RunsReach unknown{std::min<std::size_t>(runs.count, targets.targets.count), k_longest_run};
  if (runs_arabic != targets.arabic_script) return (run_stems & targets.target_stems) != 0 ? unknown : reach;
  constexpr std::size_t k_most_targets = decltype(targets.targets)::k_kept;
  if (runs.count > RunKeys::k_kept || targets.targets.count > k_most_targets) return unknown;
  std::size_t runs_met = 0;
  std::array<bool, k_most_targets> target_met{};
  for (std::size_t r = 0; r < runs.count; ++r) {
    const std::uint16_t run = runs.keys[r];
    bool met = false;
    for (std::size_t t = 0; t < targets.targets.count; ++t) {
      const std::uint16_t target = targets.targets.keys[t];
      if (first_of(run) == first_of(target) && within_run_gap(letters_of(run), letters_of(target))) {
        met = true;
        target_met[t] = true;
      }
    }
    if (!met) continue;
    ++runs_met;
    reach.most_distinctive = std::max(reach.most_distinctive, distinctive_of(run));
  }
  const auto targets_met = static_cast<std::size_t>(std::count(target_met.begin(), target_met.end(), true));
  reach.words = std::min(runs_met, targets_met);
  return reach;
}

}  // namespace

template <std::size_t Kept>
void NameShape::Keys<Kept>::add(char first, std::size_t letters, std::size_t distinctive) {
  // A run has at most 96 letters, and a word that long pairs with no run: 127 stands for any
  // more. Letters beyond ASCII share their low bits with others, which only lets more through.
  static_assert(k_run_letters + k_run_gap < k_letters_mask, "a run's length fits its key");
  if (count < k_kept) {
    keys[count] = static_cast<std::uint16_t>(
        (static_cast<unsigned char>(first) & 0x7FU) << (k_letter_bits + k_distinctive_bits) |
        std::min<std::size_t>(distinctive, k_longest_run) << k_letter_bits | std::min<std::size_t>(letters, k_letters_mask));
  }
  if (count <= k_kept) ++count;
}
template struct NameShape::Keys<6>;
template struct NameShape::Keys<16>;

void NameShape::add_run(std::string_view run, bool arabic, std::size_t distinctive_words) {
  runs.add(run[0], run.size(), distinctive_words);
  if (distinctive_words == 0) plain_runs.add(run[0], run.size());
  run_stems |= stem_bit(consonant_stem(run, arabic));
}

bool is_cheap_word(const Token& token, NameRules rules) {
  return rules == NameRules::person ? token.patronymic : token.role == TokenRole::geographic;
}

NameShape shape_of(const PreparedName& name) {
  NameShape shape;
  const NameRules rules = name.rules;
  shape.rules = rules;
  std::size_t distinctive = 0;
  std::size_t loose = 0;
  std::size_t particles = 0;
  std::size_t cheap_words = 0;
  double weight = 0;
  for (std::size_t i = 0; i < name.tokens.size(); ++i) {
    const Token& token = name.tokens[i];
    weight += weights::of(token, rules);
    if (weights::distinctive(token, rules)) {
      ++distinctive;
      if (is_cheap_word(token, rules)) ++cheap_words;
    }
    if (token.role == (rules == NameRules::person ? TokenRole::initial : TokenRole::generic)) ++loose;
    if (rules == NameRules::person && token.role == TokenRole::particle) ++particles;
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
    shape.add_run(run, name.tokens[start].abjad, weights::distinctive_in(name, start, count));
  });
  shape.arabic_script = !name.tokens.empty() && name.tokens.front().abjad;
  shape.weight = static_cast<float>(weight);
  shape.distinctive = saturated(distinctive);
  shape.loose = saturated(loose);
  shape.particles = saturated(particles);
  shape.cheap_words = saturated(cheap_words);
  return shape;
}

BIBOB_POPCOUNT_CLONES RunsReach runs_reach(const NameShape& runs, const NameShape& words, bool plain_only) {
  if (plain_only) return runs_meet_targets(runs.plain_runs, runs.run_stems, runs.arabic_script, words);
  return runs_meet_targets(runs.runs, runs.run_stems, runs.arabic_script, words);
}

BIBOB_POPCOUNT_CLONES double score_ceiling(const NameShape& query, const NameShape& listed, const Reach& reach,
                                            NameRules rules) {
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
  auto unreached = [&](const NameShape& side, std::size_t reached, const NameShape& other, std::size_t partners) {
    const std::size_t without = side.distinctive > reached ? side.distinctive - reached : 0;
    const std::size_t by_loose = std::min({without, loose(side, other), partners});
    if (rules == NameRules::person) paired_with_initials += by_loose;
    return without - by_loose;
  };
  const auto query_alone = static_cast<double>(unreached(query, reach.query_words, listed, reach.query_loose_partners));
  const auto listed_alone = static_cast<double>(unreached(listed, reach.listed_words, query, reach.loose_partners));

  // What the words alone weigh and cost at least: the cheap ones (patronymics, place names)
  // taken to be the alone ones first.
  struct Alone {
    double weight = 0;
    double cost = 0;
  };
  auto alone = [&](const NameShape& side, double count, bool middle, std::size_t most_cheap) {
    const double cheap = std::min({count, static_cast<double>(side.cheap_words), static_cast<double>(most_cheap)});
    const double dear = count - cheap;
    if (rules == NameRules::organisation) {
      return Alone{cheap * weights::k_geographic + dear, cheap * weights::k_unmatched_place_cost + dear};
    }
    const double cheap_cost = middle ? weights::k_patronymic_cost : weights::k_loose_patronymic_cost;
    const double dear_cost = middle ? weights::k_middle_name_cost : 1.0;
    return Alone{count, cheap * cheap_cost + dear * dear_cost};
  };
  // A person's word missing in the middle costs less when every word of the other name found
  // a partner, two of them names (a person's distinctive words are its names), and words of
  // its own name on either side of it did: at least two, reached, initials or particles.
  bool query_middle = false;
  bool listed_middle = false;
  if (rules == NameRules::person) {
    const bool query_complete = query_alone == 0 && query.distinctive >= 2;
    const bool listed_complete = listed_alone == 0 && listed.distinctive >= 2;
    auto in_middle = [](const NameShape& side, std::size_t reached, const NameShape& other) {
      return reached + side.loose + other.loose + std::min(side.particles, other.particles) >= 2;
    };
    query_middle = listed_complete && in_middle(query, reach.query_words, listed);
    listed_middle = query_complete && in_middle(listed, reach.listed_words, query);
  }
  const Alone query_left = alone(query, query_alone, query_middle, reach.query_cheap_alone);
  const Alone listed_left = alone(listed, listed_alone, listed_middle, Reach::k_unknown);
  const double aligned = static_cast<double>(query.weight) + static_cast<double>(listed.weight) - query_left.weight -
                         listed_left.weight;
  if (aligned <= 0) return 0.0;
  // A word paired with an initial counts at the initial's similarity, not in full.
  const double initials_short = static_cast<double>(paired_with_initials) * (1.0 - weights::k_initial_similarity) *
                                (weights::k_initial + 1.0);
  const double ceiling = (aligned - initials_short - reach.shortfall) / (aligned + query_left.cost + listed_left.cost);
  return std::min(1.0, ceiling + (rules == NameRules::organisation ? weights::k_legal_same : 0.0));
}

namespace {

// With `used` runs of one name's words (runs_of_query says whose): each stands for one word of
// the other name (perhaps one reached already) and for its distinctive words (perhaps some
// reached already); the words left pair one to one.
double ceiling_with_runs(const NameShape& query, const NameShape& listed, const Reach& reach, const RunsReach& runs,
                         NameRules rules, bool runs_of_query) {
  const NameShape& run_side = runs_of_query ? query : listed;
  const NameShape& word_side = runs_of_query ? listed : query;
  const std::size_t run_side_reached = runs_of_query ? reach.query_words : reach.listed_words;
  const std::size_t word_side_reached = runs_of_query ? reach.listed_words : reach.query_words;
  double best = 0;
  for (std::size_t used = 1; used <= std::min<std::size_t>(runs.words, word_side.distinctive); ++used) {
    const std::size_t words =
        std::min<std::size_t>(word_side.distinctive, word_side_reached + std::min(used, runs.words_not_reached));
    const std::size_t single = std::min<std::size_t>(run_side_reached, word_side.distinctive - used);
    const std::size_t run_words = std::min<std::size_t>(run_side.distinctive, single + used * runs.most_distinctive);
    Reach with;
    with.loose_partners = reach.loose_partners;
    with.query_words = runs_of_query ? run_words : words;
    with.listed_words = runs_of_query ? words : run_words;
    // Fewer query words with a partner than the reach counted leave more of them alone, each
    // of which may be a cheap word or partner a loose word.
    const std::size_t fewer = reach.query_words > with.query_words ? reach.query_words - with.query_words : 0;
    auto widened = [&](std::size_t most) { return most == Reach::k_unknown ? most : most + fewer; };
    with.query_loose_partners = widened(reach.query_loose_partners);
    with.query_cheap_alone = widened(reach.query_cheap_alone);
    best = std::max(best, score_ceiling(query, listed, with, rules));
  }
  return best;
}

}  // namespace

double score_ceiling(const NameShape& query, const NameShape& listed, const Reach& reach, const RunsReach& runs,
                     NameRules rules) {
  return ceiling_with_runs(query, listed, reach, runs, rules, false);
}

double score_ceiling_with_query_runs(const NameShape& query, const NameShape& listed, const Reach& reach,
                                     const RunsReach& runs, NameRules rules) {
  return ceiling_with_runs(query, listed, reach, runs, rules, true);
}

}  // namespace bibob::matching
