#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"

namespace bibob::checks {
namespace {


// What the decision type requires and the case file lacks. For a new application this leads
// to a request for missing information; for an existing permit, withholding data is art. 4.
class CompletenessCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "completeness",
        "Answers and documents the decision type requires that the case file lacks",
        "evasive_or_incomplete",
        "juistheid_formulier",
        {Ground::art4},
        {},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    // What is missing is asked for (Awb 4:5, or a request under art. 4); only a request that
    // was refused or left unanswered weighs on art. 4.
    for (const auto& item : context.validation().missing) {
      const bool document = item.kind == MissingItem::Kind::document;
      Finding finding;
      finding.severity = Severity::high;
      finding.basis = Basis::data_missing;
      finding.statement = std::string(document ? "Ontbrekend document: " : "Ontbrekend antwoord: ") + item.question +
                          (document ? " (" + item.document_type + ")." : ".");
      finding.case_path = item.path;
      finding.question = "";
      findings.push_back(std::move(finding));
    }
    for (const auto& request : context.case_file().requests) {
      if (!request.withheld()) continue;
      const std::string who = request.by == "lbb" ? "het Landelijk Bureau Bibob" : "de gemeente";
      std::string statement = "Op het verzoek om gegevens van " + who;
      if (request.sent_on) statement += " van " + dutch_date(*request.sent_on);
      if (!request.subject.empty()) statement += " (" + request.subject + ")";
      statement += request.answer == "geweigerd" ? " is geweigerd de gegevens te verstrekken"
                   : request.answer == "deels"   ? " zijn de gegevens maar gedeeltelijk verstrekt"
                                                 : " is geen antwoord gekomen";
      if (request.due_on && request.answer != "geweigerd") statement += " binnen de termijn tot " + dutch_date(*request.due_on);
      Finding finding;
      finding.severity = Severity::high;
      finding.basis = Basis::data_withheld;
      finding.statement = statement + ".";
      finding.case_path = request.path;
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_completeness_check() { return std::make_unique<CompletenessCheck>(); }

}  // namespace bibob::checks
