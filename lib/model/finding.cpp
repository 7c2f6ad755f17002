#include "model/finding.hpp"

#include <set>

#include "model/enum_text.hpp"

namespace bibob {

namespace {

constexpr EnumText<Ground> k_grounds[] = {
    {Ground::a, "a"}, {Ground::b, "b"}, {Ground::art3_6, "art3_lid6"}, {Ground::art4, "art4"}};
constexpr EnumText<Severity> k_severities[] = {
    {Severity::info, "info"}, {Severity::low, "low"}, {Severity::medium, "medium"}, {Severity::high, "high"}};
constexpr EnumText<FindingStatus> k_statuses[] = {{FindingStatus::established, "established"},
                                                  {FindingStatus::not_verified, "not_verified"},
                                                  {FindingStatus::unconfirmed, "unconfirmed"}};
constexpr EnumText<Basis> k_bases[] = {{Basis::inquiry, "inquiry"},
                                       {Basis::criminal_relation, "criminal_relation"},
                                       {Basis::unexplained_money, "unexplained_money"},
                                       {Basis::data_withheld, "data_withheld"},
                                       {Basis::false_answer, "false_answer"},
                                       {Basis::data_missing, "data_missing"}};

}  // namespace

std::string_view to_string(Ground ground) { return text_of(k_grounds, ground); }
std::string_view to_string(Severity severity) { return text_of(k_severities, severity); }
std::string_view to_string(FindingStatus status) { return text_of(k_statuses, status); }
std::string_view to_string(Basis basis) { return text_of(k_bases, basis); }
std::optional<Ground> parse_ground(std::string_view text) { return value_of(k_grounds, text); }
std::optional<Severity> parse_severity(std::string_view text) { return value_of(k_severities, text); }
std::optional<FindingStatus> parse_finding_status(std::string_view text) { return value_of(k_statuses, text); }
std::optional<Basis> parse_basis(std::string_view text) { return value_of(k_bases, text); }

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

std::vector<Provenance> cited_sources(const std::vector<Finding>& findings) {
  std::vector<Provenance> sources;
  std::set<std::string> seen;
  for (const auto& finding : findings) {
    for (const auto& source : finding.sources) {
      if (seen.insert(source.registry + " " + source.request + " " + source.body_sha256).second) sources.push_back(source);
    }
  }
  return sources;
}

}  // namespace bibob
