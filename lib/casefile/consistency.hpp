#pragma once

#include "casefile/parser.hpp"
#include "configuration/config.hpp"
#include "util/date.hpp"

namespace bibob::casefile {

// Checks across fields of a parsed case file: references between parties and documents,
// duplicated ids, shares, the order of dates, dates in the future, sums of financing.
// Impossible data is reported as invalid; plausible but suspicious data as attention.
void check_consistency(const CaseFile& file, const configuration::Config& config, const Date& today, yamlio::ReadContext& context);

}  // namespace bibob::casefile
