#include "checks/check_registry.hpp"

namespace bibob::checks {

const std::vector<CheckFactory>& check_registry() {
  static const std::vector<CheckFactory> registry = {
      {"completeness", make_completeness_check},
      {"registration", make_registration_check},
      {"officers", make_officers_check},
      {"identity", make_identity_check},
      {"young_company", make_young_company_check},
      {"activity", make_activity_check},
      {"premises", make_premises_check},
      {"owner_landlord", make_owner_landlord_check},
      {"rent_price", make_rent_price_check},
      {"financing", make_financing_check},
      {"insolvencies", make_insolvencies_check},
      {"sanctions", make_sanctions_check},
      {"antecedents", make_antecedents_check},
      {"earlier_decisions", make_earlier_decisions_check},
      {"address_cluster", make_address_cluster_check},
      {"concentration", make_concentration_check},
      {"straw_man", make_straw_man_check},
      {"signals", make_signals_check},
  };
  return registry;
}

const std::vector<std::unique_ptr<screening::Check>>& all_checks() {
  static const std::vector<std::unique_ptr<screening::Check>> checks = [] {
    std::vector<std::unique_ptr<screening::Check>> made;
    for (const auto& factory : check_registry()) made.push_back(factory.make());
    return made;
  }();
  return checks;
}

const screening::Check* find_check(const std::string& name) {
  for (const auto& check : all_checks()) {
    if (check->declaration().name == name) return check.get();
  }
  return nullptr;
}

std::vector<std::string> check_names() {
  std::vector<std::string> names;
  for (const auto& factory : check_registry()) names.emplace_back(factory.name);
  return names;
}

}  // namespace bibob::checks
