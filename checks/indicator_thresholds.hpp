#pragma once

#include "configuration/config.hpp"
#include "screening/indicators.hpp"

namespace bibob::checks {

// The thresholds as the checks' parameters set them in this configuration: what the area scan
// uses, so that it and a screening draw the same lines.
screening::IndicatorThresholds indicator_thresholds(const configuration::Config& config);

}  // namespace bibob::checks
