#pragma once

#include <memory>
#include <string>
#include <vector>

#include "screening/check.hpp"
#include "screening/screening.hpp"

namespace bibob::checks {

// The one list of checks, in the order they run and are reported. A check's name lives in
// its declaration only; adding a check is its file in checks/, its factory below and one line
// in the list.
using CheckFactory = std::unique_ptr<screening::Check> (*)();
const std::vector<CheckFactory>& check_registry();

// Every check, made once.
const std::vector<std::unique_ptr<screening::Check>>& all_checks();
// The same as the list a screening runs.
screening::CheckList check_list();
const screening::Check* find_check(const std::string& name);
std::vector<std::string> check_names();

// The factories, one per file in checks/.
std::unique_ptr<screening::Check> make_registration_check();
std::unique_ptr<screening::Check> make_officers_check();
std::unique_ptr<screening::Check> make_identity_check();
std::unique_ptr<screening::Check> make_young_company_check();
std::unique_ptr<screening::Check> make_activity_check();
std::unique_ptr<screening::Check> make_premises_check();
std::unique_ptr<screening::Check> make_owner_landlord_check();
std::unique_ptr<screening::Check> make_rent_price_check();
std::unique_ptr<screening::Check> make_financing_check();
std::unique_ptr<screening::Check> make_insolvencies_check();
std::unique_ptr<screening::Check> make_sanctions_check();
std::unique_ptr<screening::Check> make_antecedents_check();
std::unique_ptr<screening::Check> make_earlier_decisions_check();
std::unique_ptr<screening::Check> make_address_cluster_check();
std::unique_ptr<screening::Check> make_concentration_check();
std::unique_ptr<screening::Check> make_straw_man_check();
std::unique_ptr<screening::Check> make_positions_check();
std::unique_ptr<screening::Check> make_completeness_check();
std::unique_ptr<screening::Check> make_signals_check();

}  // namespace bibob::checks
