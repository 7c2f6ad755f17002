#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"

namespace bibob::checks {
namespace {

using screening::Ground;

// Earlier refusals and revocations: as declared on the form. (The municipality's own case
// register is consulted here once it exists; see README "Status".)
class EarlierDecisionsCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "earlier_decisions",
        "Earlier refusals, revocations and Bibob decisions of anyone involved, as declared",
        "earlier_refusal",
        "antecedenten",
        {Ground::a, Ground::b},
        {},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    for (const Party* party : context.screened_parties()) {
      for (std::size_t i = 0; i < party->permit_history.size(); ++i) {
        const PermitHistory& earlier = party->permit_history[i];
        const bool negative = earlier.outcome == "geweigerd" || earlier.outcome == "ingetrokken";
        if (!negative) continue;
        std::string statement = party->display_name() + " verklaart dat " + earlier.authority + " een " +
                                (earlier.decision_type.empty() ? std::string("vergunning") : earlier.decision_type) +
                                " heeft " + earlier.outcome;
        if (earlier.date) statement += " op " + dutch_date(*earlier.date);
        statement += earlier.bibob ? ", met toepassing van de Wet Bibob." : ".";
        Finding finding = about(context, party->id, earlier.bibob ? Severity::high : Severity::medium, statement);
        finding.case_path = party->path + ".permit_history[" + std::to_string(i) + "]";
        finding.question = "Op welke gronden heeft " + earlier.authority + " destijds besloten, en is daarover een "
                           "Bibob-advies uitgebracht?";
        findings.push_back(std::move(finding));
      }
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_earlier_decisions_check() { return std::make_unique<EarlierDecisionsCheck>(); }

}  // namespace bibob::checks
