// The score of two names from their words' pairs: the best pairs taken greedily, what the
// words left alone cost, the legal forms, and the explanation. How words pair: word_pairing.cpp.
#include "matching/name_comparison.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "matching/name_weights.hpp"
#include "matching/word_pairing.hpp"

namespace bibob::matching {
using namespace comparison_detail;
namespace {

using namespace weights;

double weight(const Token& token, NameRules rules) { return weights::of(token, rules); }

constexpr std::size_t k_max_candidates = 1024;

const char* describe(How how) {
  switch (how) {
    case How::exact: return "exact";
    case How::spelling: return "spelling";
    case How::sounds_alike: return "sounds alike";
    case How::initial: return "initial";
    case How::particle: return "particle";
    case How::joined: return "run together";
    case How::consonants: return "same consonants (Arabic script)";
    case How::short_form: return "short form of the same given name";
  }
  return "exact";
}

struct Candidate {
  float similarity;
  std::uint8_t left_begin, left_length, right_begin, right_length;
  How how;
};

std::string span_text(const PreparedName& name, std::size_t begin, std::size_t length) {
  std::string out;
  for (std::size_t k = begin; k < begin + length; ++k) {
    if (!out.empty()) out += ' ';
    out += name.token(k);
  }
  return out;
}

std::string fixed(double value) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.2f", value);
  return buffer.data();
}

}  // namespace

NameScore compare_names(const PreparedName& left, const PreparedName& right, NameExplanation* explanation) {
  const NameRules rules = left.rules;
  const std::size_t n = std::min(left.tokens.size(), k_max_tokens);
  const std::size_t m = std::min(right.tokens.size(), k_max_tokens);
  NameScore result;
  if (explanation != nullptr) {
    *explanation = NameExplanation{};
    explanation->rules = rules == NameRules::person ? "person" : "organisation";
  }
  if (n == 0 || m == 0) return result;

  std::array<Candidate, k_max_candidates> candidates;
  std::size_t count = 0;
  auto add = [&](double similarity, std::size_t lb, std::size_t ll, std::size_t rb, std::size_t rl, How how) {
    if (count < candidates.size()) {
      candidates[count++] = {static_cast<float>(similarity), static_cast<std::uint8_t>(lb),
                             static_cast<std::uint8_t>(ll), static_cast<std::uint8_t>(rb),
                             static_cast<std::uint8_t>(rl), how};
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      How how = How::exact;
      const double similarity = token_similarity(left, i, right, j, how);
      if (similarity > 0) add(similarity, i, 1, j, 1, how);
    }
  }
  if (n != m || count < std::min(n, m)) {
    add_spans(left, right, true, add);
    add_spans(right, left, false, add);
  }
  // Greedy best-first pairing; on equal similarity the pair covering more words wins.
  std::sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(count),
            [](const Candidate& a, const Candidate& b) {
              if (a.similarity != b.similarity) return a.similarity > b.similarity;
              return a.left_length + a.right_length > b.left_length + b.right_length;
            });
  std::array<bool, k_max_tokens> left_used{};
  std::array<bool, k_max_tokens> right_used{};
  std::array<std::size_t, k_max_tokens> chosen{};
  std::size_t chosen_count = 0;
  double numerator = 0;
  double denominator = 0;
  bool distinctive_aligned = false;
  for (std::size_t c = 0; c < count; ++c) {
    const Candidate& candidate = candidates[c];
    bool free = true;
    for (std::size_t k = candidate.left_begin; k < candidate.left_begin + candidate.left_length; ++k) free &= !left_used[k];
    for (std::size_t k = candidate.right_begin; k < candidate.right_begin + candidate.right_length; ++k) free &= !right_used[k];
    if (!free) continue;
    double w = 0;
    bool left_distinctive = false;
    bool right_distinctive = false;
    for (std::size_t k = candidate.left_begin; k < candidate.left_begin + candidate.left_length; ++k) {
      left_used[k] = true;
      w += weight(left.tokens[k], rules);
      left_distinctive |= distinctive(left.tokens[k], rules);
    }
    for (std::size_t k = candidate.right_begin; k < candidate.right_begin + candidate.right_length; ++k) {
      right_used[k] = true;
      w += weight(right.tokens[k], rules);
      right_distinctive |= distinctive(right.tokens[k], rules);
    }
    distinctive_aligned |= left_distinctive && right_distinctive;
    numerator += static_cast<double>(candidate.similarity) * w;
    denominator += w;
    if (chosen_count < chosen.size()) chosen[chosen_count++] = c;
  }

  // A name whose every word found a partner, two of them real names, is the shorter form of
  // the other: what the other has in the middle is a middle name that was left out.
  auto fully_matched = [&](const PreparedName& name, const std::array<bool, k_max_tokens>& used, std::size_t size) {
    std::size_t names_used = 0;
    for (std::size_t k = 0; k < size; ++k) {
      const TokenRole role = name.tokens[k].role;
      if (role == TokenRole::particle) continue;
      if (!used[k]) return false;
      if (role == TokenRole::normal) ++names_used;
    }
    return names_used >= 2;
  };
  const bool left_complete = rules == NameRules::person && fully_matched(left, left_used, n);
  const bool right_complete = rules == NameRules::person && fully_matched(right, right_used, m);

  struct Unmatched {
    bool left;
    std::size_t index;
    double cost;
    const char* why;
  };
  std::array<Unmatched, 2 * k_max_tokens> unmatched{};
  std::size_t unmatched_count = 0;
  auto cost_of = [&](const PreparedName& name, const std::array<bool, k_max_tokens>& used, std::size_t size,
                     std::size_t k, bool other_complete, const char*& why) {
    const Token& token = name.tokens[k];
    const double w = weight(token, rules);
    if (rules == NameRules::organisation) {
      if (token.sibling_marker) {
        why = "sibling marker";
        return 1.0;
      }
      // A place name added to an organisation's name mostly says where the same
      // organisation is ("Sberbank of Russia"); a generic word mostly what it does.
      if (token.role == TokenRole::geographic) {
        why = "place name";
        return k_unmatched_place_cost;
      }
      why = token.role == TokenRole::generic ? "generic word" : "unmatched";
      return token.role == TokenRole::generic ? k_unmatched_generic_cost : w;
    }
    bool before = false;
    bool after = false;
    for (std::size_t q = 0; q < size; ++q) {
      if (!used[q]) continue;
      (q < k ? before : after) = true;
    }
    if (other_complete && before && after && token.role != TokenRole::particle) {
      why = token.patronymic ? "missing patronymic" : "missing middle name";
      return w * (token.patronymic ? k_patronymic_cost : k_middle_name_cost);
    }
    if (token.patronymic) {
      why = "missing patronymic";
      return w * k_loose_patronymic_cost;
    }
    why = token.role == TokenRole::particle ? "particle" : "unmatched";
    return w;
  };
  for (std::size_t k = 0; k < n; ++k) {
    if (left_used[k]) continue;
    const char* why = "";
    const double cost = cost_of(left, left_used, n, k, right_complete, why);
    denominator += cost;
    unmatched[unmatched_count++] = {true, k, cost, why};
  }
  for (std::size_t k = 0; k < m; ++k) {
    if (right_used[k]) continue;
    const char* why = "";
    const double cost = cost_of(right, right_used, m, k, left_complete, why);
    denominator += cost;
    unmatched[unmatched_count++] = {false, k, cost, why};
  }

  double score = denominator > 0 ? numerator / denominator : 0;
  double legal_delta = 0;
  // "Co", "Inc" and "Corp" say too little to differ from anything.
  using vocabulary::LegalFamily;
  if (rules == NameRules::organisation && left.legal_family != LegalFamily::none &&
      right.legal_family != LegalFamily::none &&
      (left.legal_family == right.legal_family ||
       (left.legal_family != LegalFamily::corporation && right.legal_family != LegalFamily::corporation))) {
    legal_delta = left.legal_family == right.legal_family ? k_legal_same : k_legal_different;
  }
  const double before_legal = score;
  score = std::clamp(score + legal_delta, 0.0, 1.0);
  const double before_cap = score;
  if (!distinctive_aligned) {
    score = std::min(score, k_generic_only_cap);
    result.only_generic = true;
  }
  result.score = score;

  if (explanation != nullptr) {
    for (std::size_t c = 0; c < chosen_count; ++c) {
      const Candidate& candidate = candidates[chosen[c]];
      AlignedTokens pair{span_text(left, candidate.left_begin, candidate.left_length),
                         span_text(right, candidate.right_begin, candidate.right_length), candidate.similarity,
                         describe(candidate.how)};
      if (candidate.similarity < 1.0f && denominator > 0) {
        double w = 0;
        for (std::size_t k = candidate.left_begin; k < candidate.left_begin + candidate.left_length; ++k) w += weight(left.tokens[k], rules);
        for (std::size_t k = candidate.right_begin; k < candidate.right_begin + candidate.right_length; ++k) w += weight(right.tokens[k], rules);
        explanation->effects.push_back({pair.how, -(1.0 - static_cast<double>(candidate.similarity)) * w / denominator,
                                        pair.left + " ~ " + pair.right + " (" + fixed(candidate.similarity) + ")"});
      }
      explanation->aligned.push_back(std::move(pair));
    }
    for (std::size_t u = 0; u < unmatched_count; ++u) {
      const Unmatched& item = unmatched[u];
      const PreparedName& name = item.left ? left : right;
      const std::string word(name.token(item.index));
      (item.left ? explanation->unmatched_left : explanation->unmatched_right).push_back(word);
      explanation->effects.push_back({item.why, -item.cost / denominator,
                                      word + " (" + std::string(to_string(name.tokens[item.index].role)) + ", only in " +
                                          (item.left ? "the first" : "the second") + " name)"});
    }
    if (legal_delta != 0) {
      explanation->effects.push_back(
          {"legal form", before_cap - before_legal,
           left.legal_form + " / " + right.legal_form +
               (legal_delta > 0 ? ": same kind of legal person" : ": different kinds of legal person")});
    }
    if (result.only_generic) {
      explanation->effects.push_back({"generic only", score - before_cap,
                                      rules == NameRules::person
                                          ? "only particles or initials aligned"
                                          : "only generic words aligned; they never make a match on their own"});
    }
  }
  return result;
}

}  // namespace bibob::matching
