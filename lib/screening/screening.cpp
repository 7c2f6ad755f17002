#include "screening/screening.hpp"

#include <algorithm>
#include <set>

#include "screening/assessment.hpp"
#include "screening/fact_gathering.hpp"
#include "screening/ground_rules.hpp"
#include "screening/relations_graph.hpp"

namespace bibob::screening {
namespace {

// Every party reached is reported, however far: the configured relation depth limits what the
// checks screen, not what the report shows.
constexpr int k_reach_reported = 1000;

std::size_t theme_rank(const std::string& theme) {
  const auto& order = themes();
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), theme) - order.begin());
}

int severity_rank(Severity severity) { return -static_cast<int>(severity); }

}  // namespace

CheckList applicable_checks(const CheckList& checks, const configuration::Config& config, const std::string& decision_type) {
  CheckList applicable;
  const configuration::DecisionType* type = config.decision_type(decision_type);
  for (const Check* check : checks) {
    const CheckDeclaration& declaration = check->declaration();
    auto configured = config.checks.find(declaration.name);
    if (configured != config.checks.end() && !configured->second.enabled) continue;
    if (type != nullptr && !type->checks.empty() &&
        std::find(type->checks.begin(), type->checks.end(), declaration.name) == type->checks.end()) {
      continue;
    }
    if (!declaration.decision_types.empty() &&
        std::find(declaration.decision_types.begin(), declaration.decision_types.end(), decision_type) ==
            declaration.decision_types.end()) {
      continue;
    }
    applicable.push_back(check);
  }
  return applicable;
}

Screening screen_case(Validation validation, const configuration::Config& config, const CheckList& checks,
                      const registries::RegistryGateway& gateway, ScreeningSources sources, const Date& today) {
  Screening screening;
  screening.screened_on = today;
  screening.registry_mode = gateway.mode() == registries::FetchMode::offline   ? "offline"
                            : gateway.mode() == registries::FetchMode::refresh ? "refresh"
                                                                               : "normal";
  screening.validation = std::move(validation);
  if (!screening.validation.valid()) return screening;
  const CaseFile& file = *screening.validation.case_file;

  const CheckList applicable = applicable_checks(checks, config, file.header.decision_type);
  std::set<std::string> used;
  for (const Check* check : applicable) {
    for (const auto& registry : check->declaration().registries) used.insert(registry);
  }
  screening.facts = gather_registry_facts(file, gateway, static_cast<std::size_t>(config.assessment.parallel_lookups), used);
  const RelationsGraph graph(file, *screening.facts);
  for (const auto& reached : graph.reached_from_applicant(k_reach_reported)) {
    const auto* node = graph.node(reached.id);
    ReachedParty party{node->id, node->name, node->person, node->source, reached.depth, reached.path, std::nullopt};
    if (const Party* declared = file.find_party(node->id); declared && declared->address) {
      party.address = postal_address(*declared->address);
    }
    screening.parties.push_back(std::move(party));
  }
  if (sources.lists != nullptr) screening.lists_consulted = sources.lists->lists_consulted();
  const ScreeningContext context(file, config, screening.validation, *screening.facts, graph, sources,
                                 config.assessment.relation_depth, today);

  std::map<std::string, double> weights;
  for (const Check* check : applicable) {
    const CheckDeclaration& declaration = check->declaration();
    const std::string& name = declaration.name;
    auto configured = config.checks.find(name);
    weights[name] = configured != config.checks.end() ? configured->second.weight : 1.0;
    Findings found;
    check->run(context, configured_params(declaration, config), found);
    for (auto& finding : found) {
      if (finding.check.empty()) finding.check = declaration.name;
      if (finding.indicator.empty()) finding.indicator = declaration.indicator;
      if (finding.theme.empty()) finding.theme = declaration.theme;
      // A false answer is about the truth of the form, whichever check found it.
      if (finding.basis == Basis::false_answer && finding.status == FindingStatus::established) {
        finding.theme = "juistheid_formulier";
      }
      if (finding.grounds.empty()) finding.grounds = declaration.grounds;
      if (finding.status == FindingStatus::not_verified) finding.statement += " " + what_it_could_change(finding);
      screening.findings.push_back(std::move(finding));
    }
    screening.checks_run.push_back(name);
  }
  // Identical inputs give identical output: by theme, then severity, then check and text.
  std::stable_sort(screening.findings.begin(), screening.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tuple(theme_rank(a.theme), severity_rank(a.severity), a.check, a.statement) <
           std::tuple(theme_rank(b.theme), severity_rank(b.severity), b.check, b.statement);
  });
  screening.assessment = assess(screening.findings, weights, assessment_settings(config), file.header.trajectory);
  return screening;
}

}  // namespace bibob::screening
