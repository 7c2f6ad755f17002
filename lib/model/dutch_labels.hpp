#pragma once

#include <string>

// The Dutch words for the codes of the case file and the registers, from one table, so a
// statement or a letter never shows a raw key ("loan", "verleend_met_voorschriften").
namespace bibob {

// "bestuurder", "aandeelhouder", "feitelijk leidinggevende"; the code itself when unknown.
std::string relation_label(const std::string& type);

// "lening", "eigen middelen", "schenking".
std::string financing_kind_label(const std::string& kind);

// "verleend met voorschriften", "geweigerd".
std::string decision_label(const std::string& decision);

// "ernstig gevaar", "mindere mate van gevaar".
std::string danger_label(const std::string& danger);

// "Marokko" for "MA", "Cyprus" for "CY"; the code itself for a country not in the table.
std::string country_label(const std::string& iso_code);

// "de Amerikaanse OFAC-sanctielijst", "de sanctielijst van de Verenigde Naties".
std::string list_label(const std::string& list);

}  // namespace bibob
