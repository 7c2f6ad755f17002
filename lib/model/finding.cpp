#include "model/finding.hpp"

namespace bibob {

std::string_view to_string(Ground ground) {
  switch (ground) {
    case Ground::a: return "a";
    case Ground::b: return "b";
    case Ground::art3_6: return "art3_lid6";
    case Ground::art4: return "art4";
  }
  return "a";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
  }
  return "info";
}

std::string_view to_string(FindingStatus status) {
  return status == FindingStatus::established ? "established" : "not_verified";
}

namespace {

struct Theme {
  const char* name;
  const char* title;
};

constexpr Theme k_themes[] = {{"structuur_zeggenschap", "Structuur en zeggenschap"},
                              {"financiering", "Financiering"},
                              {"pand", "Pand"},
                              {"zakelijke_relaties", "Zakelijke relaties"},
                              {"antecedenten", "Antecedenten"},
                              {"juistheid_formulier", "Juistheid van het formulier"}};

}  // namespace

const std::vector<std::string>& themes() {
  static const std::vector<std::string> order = [] {
    std::vector<std::string> names;
    for (const Theme& theme : k_themes) names.emplace_back(theme.name);
    return names;
  }();
  return order;
}

std::string theme_title(const std::string& theme) {
  for (const Theme& known : k_themes) {
    if (theme == known.name) return known.title;
  }
  return theme;
}

}  // namespace bibob
