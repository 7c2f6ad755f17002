#pragma once

#include "model/validation.hpp"
#include "schemas/json.hpp"

namespace bibob::schemas {

struct CaseSummary {
  std::size_t persons = 0;
  std::size_t organisations = 0;
  double financing_sum = 0;
};
CaseSummary summarise(const CaseFile& file);

// The bibob-validation/1 object of `bibob validate --format json`.
Json validation_json(const Validation& validation);

}  // namespace bibob::schemas
