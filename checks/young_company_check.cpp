#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"

namespace bibob::checks {
namespace {


// A company registered shortly before it applies has no track record to weigh.
class YoungCompanyCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "young_company",
        "The applicant was registered within a configurable period before the application",
        "young_company",
        "structuur_zeggenschap",
        {Ground::a, Ground::b},
        {{"months", screening::ParameterType::integer, "12", "registered less than this many months before"}},
        {"kvk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const Party* applicant = context.case_file().applicant_party();
    if (applicant == nullptr || applicant->is_person()) return;
    const long limit = params.integer("months");
    std::optional<Date> registered;
    std::vector<Provenance> sources;
    std::string according_to;
    if (auto found = context.facts().companies.find(applicant->kvk); found != context.facts().companies.end()) {
      const auto& lookup = found->second;
      if (lookup.found()) {
        registered = lookup.record().registered_on ? lookup.record().registered_on : lookup.record().started_on;
        sources = lookup.provenance;
        according_to = "volgens het Handelsregister";
      } else if (lookup.failed() && !applicant->founded_on) {
        findings.push_back(not_verified(context, applicant->id, "kvk", "de datum van inschrijving", *lookup.failure));
        return;
      }
    }
    if (!registered && applicant->founded_on) {
      registered = applicant->founded_on;
      according_to = "volgens de aanvraag (niet geverifieerd in het Handelsregister)";
    }
    if (!registered) return;
    const Date reference = context.reference_date();
    const long months = months_between(*registered, reference);
    const bool young = screening::is_young_company(*registered, reference, limit);
    Finding finding = about(context, applicant->id, young ? Severity::medium : Severity::info,
                            applicant->organisation_name + " is " + according_to + " opgericht of ingeschreven op " +
                                dutch_date(*registered) + ", " + std::to_string(std::max(0L, months)) +
                                " maanden voor de aanvraag van " + dutch_date(reference) + ".");
    finding.sources = sources;
    if (young) {
      finding.question = "Welke ervaring hebben de bestuurders van " + applicant->organisation_name +
                         " met een vergelijkbare onderneming?";
      finding.condition = "Overleg binnen een jaar de eerste jaarrekening van " + with_period(applicant->organisation_name);
    }
    findings.push_back(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_young_company_check() { return std::make_unique<YoungCompanyCheck>(); }

}  // namespace bibob::checks
