#include "checks/check_registry.hpp"

namespace bibob::checks {

const std::vector<CheckFactory>& check_registry() {
  static const std::vector<CheckFactory> registry = {
      make_completeness_check,
      make_registration_check,
      make_officers_check,
      make_identity_check,
      make_young_company_check,
      make_activity_check,
      make_premises_check,
      make_owner_landlord_check,
      make_rent_price_check,
      make_financing_check,
      make_insolvencies_check,
      make_sanctions_check,
      make_antecedents_check,
      make_earlier_decisions_check,
      make_address_cluster_check,
      make_concentration_check,
      make_straw_man_check,
      make_positions_check,
      make_signals_check,
  };
  return registry;
}

const std::vector<std::unique_ptr<screening::Check>>& all_checks() {
  static const std::vector<std::unique_ptr<screening::Check>> checks = [] {
    std::vector<std::unique_ptr<screening::Check>> made;
    for (const CheckFactory make : check_registry()) made.push_back(make());
    return made;
  }();
  return checks;
}

screening::CheckList check_list() {
  screening::CheckList list;
  for (const auto& check : all_checks()) list.push_back(check.get());
  return list;
}

const screening::Check* find_check(const std::string& name) {
  for (const auto& check : all_checks()) {
    if (check->declaration().name == name) return check.get();
  }
  return nullptr;
}

std::vector<std::string> check_names() {
  std::vector<std::string> names;
  for (const auto& check : all_checks()) names.push_back(check->declaration().name);
  return names;
}

}  // namespace bibob::checks
