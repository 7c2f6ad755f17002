#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"
#include "screening/name_identity.hpp"
#include "model/registry_facts.hpp"
#include "signals/subject_linker.hpp"

namespace bibob::checks {
namespace {


// Signals in the municipality's own register about the premises or anyone involved, within a
// window: soft information, stated with its grading, never as an established fact.
class SignalsCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "signals",
        "Signals in the municipality's signals register about the premises or anyone involved, with their grading",
        "street_signals",
        "antecedenten",
        {Ground::a, Ground::b},
        {{"window_months", screening::ParameterType::integer, "24", "signals older than this are left out"}},
        {"signals", "bag"},  // an address signal is matched by the premises' BAG identity
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const auto* signals = context.signals();
    if (signals == nullptr) {
      Finding finding;
      finding.severity = Severity::info;
      finding.statement = "Het signalenregister is niet geraadpleegd: er is geen signalenregister in gebruik.";
      finding.detail = "no signals register (bibob signals)";
      findings.push_back(std::move(finding));
      return;
    }
    const Date since = screening::window_start(context.reference_date(), params.integer("window_months"));
    const CaseFile& file = context.case_file();
    // The premises' BAG identity, when the BAG answered: signals linked to it match even when
    // written with another spelling of the address.
    const auto& premises = context.facts().premises;
    const std::string premises_bag_id = premises && premises->found() ? premises->record().address_id : "";
    for (const auto& signal : *signals) {
      if (signal.retracted || signal.observed_on < since) continue;
      std::string party_id;
      bool about_premises = false;
      if (file.premises && file.premises->address) {
        about_premises = signals::about_address(signal, file.premises->address->postcode, file.premises->address->number,
                                                premises_bag_id);
      }
      for (const Party* party : context.screened_parties()) {
        if (!party_id.empty() || about_premises) break;
        if (signal.subject_kind == "company" && !party->is_person() &&
            ((!signal.kvk.empty() && signal.kvk == party->kvk) ||
             (!signal.linked_id.empty() && signal.linked_id == party->kvk) ||
             (!signal.name.empty() && screening::same_organisation(signal.name, party->organisation_name)))) {
          party_id = party->id;
        }
        if (signal.subject_kind == "person" && party->is_person() && party->birth_date &&
            screening::same_person(signal.name, signal.birth_date, *party)) {
          party_id = party->id;
        }
      }
      if (party_id.empty() && !about_premises) continue;
      const bool reliable = (signal.source_grade == "A" || signal.source_grade == "B") &&
                            (signal.information_grade == "1" || signal.information_grade == "2");
      Finding finding = about(context, party_id, reliable ? Severity::medium : Severity::low,
                              "Signaal " + signal.id + " van " + signal.observed_on.dutch() + " over " +
                                  signal.subject_text() + " (" + signal.category + "), gemeld door " +
                                  signal.reporter_role + ": \"" + signal.observation + "\" Beoordeling: bron " +
                                  signal.source_grade + ", informatie " + signal.information_grade +
                                  ". Dit is zachte informatie, geen vastgesteld feit.");
      if (about_premises) finding.case_path = "premises.address";
      finding.question = "Kan het signaal " + signal.id + " (" + signal.category + ") worden bevestigd?";
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_signals_check() { return std::make_unique<SignalsCheck>(); }

}  // namespace bibob::checks
