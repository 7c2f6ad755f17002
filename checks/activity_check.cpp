#include <algorithm>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


bool fits(const std::string& code, const std::vector<std::string>& allowed) {
  return std::any_of(allowed.begin(), allowed.end(), [&](const std::string& prefix) { return code.starts_with(prefix); });
}

// The registered activities (SBI) fit the permit asked for.
class ActivityCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "activity",
        "The applicant's SBI activities fit the decision type (configurable table)",
        "activity_mismatch",
        "structuur_zeggenschap",
        {Ground::a, Ground::b},
        {{"sbi_by_decision_type", screening::ParameterType::text_list_map,
          "{exploitatievergunning_horeca: ['5610', '5621', '5629', '5630', '5510'], alcoholwet_vergunning: ['5610', "
          "'5621', '5629', '5630', '5510'], exploitatievergunning_speelautomatenhal: ['9200', '9321', '9329'], "
          "exploitatievergunning_seksinrichting: ['9609', '9604', '5630'], gedoogbeschikking_coffeeshop: ['5630', "
          "'4729'], exploitatievergunning_recreatiepark: ['5520', '5530', '5510']}",
          "SBI codes (or their first digits) that fit each decision type"}},
        {"kvk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    const auto table = params.text_lists("sbi_by_decision_type");
    auto allowed = table.find(file.header.decision_type);
    const Party* applicant = file.applicant_party();
    if (allowed == table.end() || applicant == nullptr || applicant->is_person()) return;
    auto found = context.facts().companies.find(applicant->kvk);
    if (found == context.facts().companies.end()) return;
    const auto& lookup = found->second;
    if (lookup.failed()) {
      findings.push_back(not_verified(context, applicant->id, "kvk", "de geregistreerde activiteiten", *lookup.failure));
      return;
    }
    if (!lookup.found()) return;  // the registration check reports it
    std::vector<std::string> registered;
    bool any_fits = false;
    for (const auto& activity : lookup.record().activities) {
      registered.push_back(activity.code + " " + activity.description);
      any_fits = any_fits || fits(activity.code, allowed->second);
    }
    Finding finding = about(context, applicant->id, any_fits ? Severity::info : Severity::medium,
                            "Geregistreerde activiteiten van " + applicant->organisation_name + ": " +
                                text::join(registered, "; ") + "." +
                                (any_fits ? " Daarvan past er een bij de gevraagde vergunning."
                                          : " Geen daarvan past bij de gevraagde vergunning (" +
                                                file.header.decision_type + ")."));
    finding.sources = lookup.provenance;
    if (!any_fits) finding.question = "Welke activiteiten gaat " + applicant->organisation_name + " in het pand uitoefenen?";
    findings.push_back(std::move(finding));
    // What the form declares against what is registered.
    std::vector<std::string> undeclared;
    for (const auto& code : applicant->sbi_codes) {
      const bool registered_too = std::any_of(lookup.record().activities.begin(), lookup.record().activities.end(),
                                              [&](const auto& activity) { return activity.code == code; });
      if (!registered_too) undeclared.push_back(code);
    }
    if (!undeclared.empty()) {
      Finding mismatch = about(context, applicant->id, Severity::low,
                               "In de aanvraag opgegeven SBI-code(s) " + text::join(undeclared, ", ") +
                                   " staan niet in het Handelsregister.");
      mismatch.sources = lookup.provenance;
      mismatch.grounds = {Ground::art3_6};
      findings.push_back(std::move(mismatch));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_activity_check() { return std::make_unique<ActivityCheck>(); }

}  // namespace bibob::checks
