#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/facts.hpp"
#include "model/signal.hpp"
#include "scan/refusal_index.hpp"
#include "screening/list_screening.hpp"

// The words of the scan's reasons and reports: one way to write a score, a count, a hit, an
// insolvency or an earlier refusal, wherever the scan writes it.
namespace bibob::scan {

std::string score_text(double score);                                   // "2.50"
std::string plural(long count, const std::string& one, const std::string& many);  // "1 naam", "3 namen"
std::string kvk_text(std::uint32_t kvk);                                // eight digits
std::string officer_text(const std::string& name, const Date& birth_date);  // "bestuurder X (geboren ...)"

std::string hit_text(const std::string& who, const screening::ListHit& hit);
std::string insolvency_text(const std::string& whose, const InsolvencyCase& found);
std::string refusal_text(const EarlierRefusal& refusal, const std::string& about);
// Signals about one establishment (its address, name, officers) observed since the day given: soft information.
std::string signals_text(std::vector<const Signal*> found, const Date& since);

}  // namespace bibob::scan
