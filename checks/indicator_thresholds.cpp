#include "checks/indicator_thresholds.hpp"

#include "checks/check_registry.hpp"

namespace bibob::checks {
namespace {

screening::CheckParams params_of(const std::string& check, const configuration::Config& config) {
  return screening::configured_params(find_check(check)->declaration(), config);
}

}  // namespace

screening::IndicatorThresholds indicator_thresholds(const configuration::Config& config) {
  screening::IndicatorThresholds thresholds;
  thresholds.address_cluster_min = params_of("address_cluster", config).integer("min_registrations");
  thresholds.young_company_months = params_of("young_company", config).integer("months");
  thresholds.concentration_min = params_of("concentration", config).integer("min_businesses");
  thresholds.change_window_months = params_of("officers", config).integer("change_window_months");
  thresholds.signal_window_months = params_of("signals", config).integer("window_months");
  thresholds.insolvency_window_years = params_of("insolvencies", config).integer("window_years");
  thresholds.counted_decisions = params_of("earlier_decisions", config).texts("counted_decisions");
  return thresholds;
}

}  // namespace bibob::checks
