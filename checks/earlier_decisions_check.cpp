#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "model/dutch_labels.hpp"
#include "screening/indicators.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {

// "exploitatievergunning horeca" for a decision type the configuration knows, in words for
// one it does not ("aanwezigheidsvergunning kansspelautomaten").
std::string decision_type_words(const screening::ScreeningContext& context, const std::string& type) {
  if (type.empty()) return "vergunning";
  if (const configuration::DecisionType* known = context.config().decision_type(type))
    return text::uncapitalised(known->title);
  std::string words = type;
  for (char& c : words) c = c == '_' ? ' ' : c;
  return words;
}

// Earlier refusals and revocations: as declared on the form, and as the municipality's own
// case register holds them for the same persons, companies or premises.
class EarlierDecisionsCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "earlier_decisions",
        "Earlier refusals, revocations and danger conclusions of anyone involved or the premises: declared, and "
        "in the municipality's own case register",
        "earlier_refusal",
        "antecedenten",
        {Ground::a, Ground::b},
        {{"counted_decisions", screening::ParameterType::text_list, "[geweigerd, ingetrokken]",
          "the earlier decisions that weigh as a refusal, here and in the area scan"}},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const std::vector<std::string> counted = params.texts("counted_decisions");
    for (const Party* party : context.screened_parties()) {
      for (std::size_t i = 0; i < party->permit_history.size(); ++i) {
        const PermitHistory& earlier = party->permit_history[i];
        if (!screening::counts_as_earlier_refusal(earlier.outcome, counted)) continue;
        std::string statement = party->display_name() + " verklaart dat " + earlier.authority + " een " +
                                decision_type_words(context, earlier.decision_type) + " heeft " +
                                decision_label(earlier.outcome);
        if (earlier.date) statement += " op " + dutch_date(*earlier.date);
        statement += earlier.bibob ? ", met toepassing van de Wet Bibob." : ".";
        Finding finding = about(context, party->id, earlier.bibob ? Severity::high : Severity::medium, statement);
        finding.case_path = party->path + ".permit_history[" + std::to_string(i) + "]";
        finding.question = "Op welke gronden heeft " + earlier.authority + " destijds besloten, en is daarover een "
                           "Bibob-advies uitgebracht?";
        findings.push_back(std::move(finding));
      }
    }
    from_register(context, counted, findings);
  }

 private:
  static void from_register(const screening::ScreeningContext& context, const std::vector<std::string>& counted,
                            screening::Findings& findings) {
    const screening::DecisionHistory* history = context.history();
    if (history == nullptr) {
      Finding finding;
      finding.severity = Severity::info;
      finding.statement =
          "Het eigen register van eerdere besluiten is niet geraadpleegd: er is geen zakenregister in "
          "gebruik.";
      finding.detail = "no case register (bibob case)";
      findings.push_back(std::move(finding));
      return;
    }
    for (const auto& earlier : history->about(context.case_file())) {
      const bool negative = screening::counts_as_earlier_refusal(earlier.decision, counted);
      const bool danger = earlier.danger == "mindere_mate" || earlier.danger == "ernstig_gevaar";
      const Severity severity = negative || earlier.danger == "ernstig_gevaar" ? Severity::high
                                : danger || earlier.decision == "verleend_met_voorschriften" ? Severity::medium
                                                                                              : Severity::info;
      const Party* party = context.case_file().find_party(earlier.party_id);
      std::string statement = "In het eigen zakenregister staat zaak " + earlier.case_id + " (" +
                              decision_type_words(context, earlier.decision_type) + "): besluit " +
                              decision_label(earlier.decision) + " op " + dutch_date(earlier.decided_on);
      if (danger) statement += ", met de conclusie " + danger_label(earlier.danger);
      statement += party != nullptr ? "; die zaak betrof " + party->display_name() + " (zelfde " + earlier.matched_by + ")."
                                    : "; die zaak betrof hetzelfde pand.";
      Finding finding = about(context, earlier.party_id, severity, statement);
      if (severity != Severity::info) {
        finding.question = "Welke feiten droegen het besluit in zaak " + earlier.case_id + ", en gelden die nog?";
      }
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_earlier_decisions_check() { return std::make_unique<EarlierDecisionsCheck>(); }

}  // namespace bibob::checks
