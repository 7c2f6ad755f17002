#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "casefile/validation.hpp"
#include "configuration/config.hpp"
#include "registries/registry_gateway.hpp"
#include "screening/assessment.hpp"
#include "screening/check.hpp"
#include "screening/decision_history.hpp"
#include "signals/signal.hpp"
#include "screening/finding.hpp"
#include "screening/list_screening.hpp"
#include "screening/registry_facts.hpp"
#include "screening/relations_graph.hpp"
#include "screening/screening_context.hpp"

namespace bibob::screening {

inline constexpr const char* k_screening_schema = "bibob-screening/1";

// One screening of one case: the validation, what the registries said, the relations, the
// findings of every check that applies, and the proposed assessment.
struct Screening {
  Validation validation;
  std::optional<RegistryFacts> facts;
  std::optional<RelationsGraph> graph;
  std::vector<Finding> findings;
  Assessment assessment;
  std::vector<std::string> checks_run;
  std::string lists_consulted;
  std::string registry_mode;  // normal | offline | refresh
  Date screened_on;

  // 3 invalid case file; 4 a source could not be consulted; 1 something needs attention; 0.
  ExitCode exit_code() const;
  bool incomplete() const;
};

// The checks a screening may run, in the order they run and are reported.
using CheckList = std::vector<const Check*>;

// Which of the checks apply to a decision type under the configuration, in their order.
CheckList applicable_checks(const CheckList& checks, const Config& config, const std::string& decision_type);

// Gathers the registry facts the applicable checks read, runs those checks and assesses. A
// case file that is not valid is not screened (only its validation is returned).
Screening screen_case(Validation validation, const Config& config, const CheckList& checks,
                      const registries::RegistryGateway& gateway, ScreeningSources sources, const Date& today);

}  // namespace bibob::screening
