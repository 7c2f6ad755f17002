#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/name_identity.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


// The owner in the Kadaster against the declared owner and landlord.
class OwnerLandlordCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "owner_landlord",
        "The BRK owner of the premises against the declared owner and landlord",
        "landlord_influence",
        "pand",
        {Ground::a, Ground::b, Ground::art3_6},
        {},
        {"brk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    if (!file.premises || !context.facts().premises_rights) return;
    const auto& lookup = *context.facts().premises_rights;
    if (lookup.failed()) {
      Finding finding = not_verified(context, "", "brk", "de eigenaar van het pand", *lookup.failure);
      finding.case_path = "premises.owner";
      findings.push_back(std::move(finding));
      return;
    }
    std::vector<std::string> holders;
    for (const auto& right : lookup.records) {
      if (right.right != "eigenaar") continue;
      std::string holder = right.holder_name;
      if (right.share_numerator && right.share_denominator && *right.share_denominator > 1) {
        holder += " (" + std::to_string(*right.share_numerator) + "/" + std::to_string(*right.share_denominator) + ")";
      }
      holders.push_back(holder);
    }
    if (holders.empty()) {
      Finding finding = about(context, "", Severity::low, "In de BRK is geen eigenaar van het pand gevonden.");
      finding.sources = lookup.provenance;
      finding.case_path = "premises.owner";
      findings.push_back(std::move(finding));
      return;
    }
    auto is_holder = [&](const Party& party) {
      for (const auto& right : lookup.records) {
        if (right.right != "eigenaar") continue;
        if (party.is_person() ? screening::same_person(right.holder_name, std::nullopt, party)
                              : screening::same_organisation(right.holder_name, party.organisation_name)) {
          return true;
        }
      }
      return false;
    };
    const std::string registered = "Volgens de BRK is " + text::join(holders, " en ") + " eigenaar van het pand.";
    const Premises& premises = *file.premises;
    std::string owner_id = premises.owner;
    if (premises.use_title == "eigendom" && owner_id.empty()) owner_id = file.applicant;
    const Party* owner = owner_id.empty() ? nullptr : file.find_party(owner_id);
    const Party* landlord = premises.landlord.empty() ? nullptr : file.find_party(premises.landlord);
    bool reported = false;
    if (owner != nullptr && !is_holder(*owner)) {
      Finding finding = about(context, owner->id, Severity::medium,
                              registered + " Opgegeven als eigenaar is " + with_period(owner->display_name()));
      finding.sources = lookup.provenance;
      finding.case_path = "premises.owner";
      finding.question = "Wie is de eigenaar van het pand, en welke relatie heeft de eigenaar met de aanvrager?";
      findings.push_back(std::move(finding));
      reported = true;
    }
    if (landlord != nullptr && landlord != owner && !is_holder(*landlord)) {
      Finding finding = about(context, landlord->id, Severity::medium,
                              registered + " De opgegeven verhuurder " + landlord->display_name() +
                                  " is niet de eigenaar.");
      finding.sources = lookup.provenance;
      finding.case_path = "premises.landlord";
      finding.question = "Op grond waarvan verhuurt " + landlord->display_name() +
                         " het pand, en wat is de relatie met de eigenaar?";
      findings.push_back(std::move(finding));
      reported = true;
    }
    if (!reported) {
      Finding finding = about(context, owner != nullptr ? owner->id : std::string(), Severity::info,
                              registered + " Dat komt overeen met de aanvraag.");
      finding.sources = lookup.provenance;
      finding.case_path = "premises.owner";
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_owner_landlord_check() { return std::make_unique<OwnerLandlordCheck>(); }

}  // namespace bibob::checks
