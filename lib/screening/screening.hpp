#pragma once

#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "model/screening.hpp"
#include "registries/registry_gateway.hpp"
#include "screening/check.hpp"
#include "screening/screening_context.hpp"

namespace bibob::screening {

// The checks a screening may run, in the order they run and are reported.
using CheckList = std::vector<const Check*>;

// Which of the checks apply to a decision type under the configuration, in their order.
CheckList applicable_checks(const CheckList& checks, const configuration::Config& config, const std::string& decision_type);

// Gathers the registry facts the applicable checks read, runs those checks and assesses. A
// case file that is not valid is not screened (only its validation is returned).
Screening screen_case(Validation validation, const configuration::Config& config, const CheckList& checks,
                      const registries::RegistryGateway& gateway, ScreeningSources sources, const Date& today);

}  // namespace bibob::screening
