#include <set>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


// The first two digits of the main activity: the SBI division ("56" is food and drink).
std::string division_of(const screening::ScreeningContext& context, const std::string& kvk,
                        const std::vector<std::string>& declared) {
  auto found = context.facts().companies.find(kvk);
  if (found != context.facts().companies.end() && found->second.found()) {
    for (const auto& activity : found->second.record().activities) {
      if (activity.main && activity.code.size() >= 2) return activity.code.substr(0, 2);
    }
  }
  if (!declared.empty() && declared.front().size() >= 2) return declared.front().substr(0, 2);
  return {};
}

// One person behind many businesses of the same kind.
class ConcentrationCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "concentration",
        "One person holding positions in many businesses of the applicant's kind",
        "concentration",
        "zakelijke_relaties",
        {Ground::a, Ground::b},
        {{"min_businesses", screening::ParameterType::integer, "3",
          "current positions in businesses of the same SBI division, the applicant included"}},
        {"kvk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    const Party* applicant = file.applicant_party();
    if (applicant == nullptr || applicant->is_person()) return;
    const std::string division = division_of(context, applicant->kvk, applicant->sbi_codes);
    if (division.empty()) return;
    const Date reference = context.reference_date();
    for (const Party* person : context.screened_parties()) {
      if (!person->is_person()) continue;
      std::set<std::string> businesses = {applicant->organisation_name};
      std::vector<Provenance> sources;
      for (const auto& position : person->other_positions) {
        if (position.to && *position.to < reference) continue;
        if (position.kvk.empty() || division_of(context, position.kvk, {}) != division) continue;
        businesses.insert(position.organisation);
        auto found = context.facts().companies.find(position.kvk);
        if (found != context.facts().companies.end()) {
          sources.insert(sources.end(), found->second.provenance.begin(), found->second.provenance.end());
        }
      }
      if (!screening::is_concentration(static_cast<long>(businesses.size()), params.integer("min_businesses"))) continue;
      Finding finding = about(context, person->id, Severity::medium,
                              person->display_name() + " heeft functies bij " + std::to_string(businesses.size()) +
                                  " ondernemingen in dezelfde branche (SBI " + division +
                                  "): " + text::join({businesses.begin(), businesses.end()}, ", ") + ".");
      finding.sources = sources;
      finding.question = "Hoe verhouden de ondernemingen van " + person->display_name() + " zich tot elkaar?";
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_concentration_check() { return std::make_unique<ConcentrationCheck>(); }

}  // namespace bibob::checks
