#include "cli/lists_support.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <ctime>

namespace bibob::cli {

std::string list_store_path(const std::optional<std::string>& option, Context& context) {
  if (option && !option->empty()) return *option;
  if (const char* path = std::getenv("BIBOB_LISTS_DB"); path != nullptr && *path != '\0') return path;
  if (!context.config().lists_database.empty()) return context.config().lists_database;
  return lists::default_list_store_path();
}

double json_score(double score) { return std::round(score * 10000.0) / 10000.0; }

Json explanation_json(const matching::NameExplanation& explanation) {
  Json aligned = Json::array();
  for (const auto& pair : explanation.aligned) {
    aligned.push_back({{"query", pair.left}, {"list", pair.right}, {"similarity", json_score(pair.similarity)}, {"how", pair.how}});
  }
  Json effects = Json::array();
  for (const auto& effect : explanation.effects) {
    effects.push_back({{"feature", effect.feature}, {"delta", json_score(effect.delta)}, {"detail", effect.detail}});
  }
  return Json{{"rules", explanation.rules},
              {"aligned", aligned},
              {"unmatched_query", explanation.unmatched_left},
              {"unmatched_list", explanation.unmatched_right},
              {"effects", effects}};
}

std::string now_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> buffer{};
  std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer.data();
}

}  // namespace bibob::cli
