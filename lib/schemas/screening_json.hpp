#pragma once

#include <string>

#include "model/screening.hpp"
#include "model/screening_report.hpp"
#include "schemas/json.hpp"

namespace bibob::schemas {

// The bibob-screening/1 object (README "Screening output"), written from a screening.
Json screening_json(const Screening& screening);

// A bibob-screening/1 object read back, strictly: InputError naming `file` and the member
// for anything that is not as bibob writes it (a missing member, a wrong type, an unknown
// ground, severity or conclusion).
ScreeningReport read_screening(const Json& json, const std::string& file);

// The JSON list of a finding's sources, as the screening writes it.
Json sources_json(const std::vector<Provenance>& sources);

}  // namespace bibob::schemas
