#include <map>
#include <set>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "model/dutch_labels.hpp"

namespace bibob::checks {
namespace {

// How the law counts a party to the business (art. 3 lid 4 Wet Bibob) when the form gives it
// no formal role: in fact leading it, a business partnership, or money or premises together
// with another role. What
// is known of such a party is held against the applicant as if it were a director's, so the
// officer should know who they are and ask about them.
class PositionsCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "positions",
        "Parties who lead the business in fact, are its business partners, or hold several roles in it",
        "hidden_position",
        "zakelijke_relaties",
        {Ground::a, Ground::b},
        {},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    const Date now = context.ties_judged_on();
    const Party* applicant = file.applicant_party();
    if (applicant == nullptr) return;
    const std::string business = applicant->display_name();
    std::map<std::string, std::set<std::string>> roles;  // party id -> its current roles towards the applicant
    for (const auto& relation : file.relations) {
      if (relation.to != file.applicant || (relation.until && *relation.until < now)) continue;
      roles[relation.from].insert(relation.type);
    }
    for (const auto& [id, held] : roles) {
      const Party* party = file.find_party(id);
      if (party == nullptr) continue;
      const std::string name = party->display_name();
      if (held.count("de_facto_manager") != 0 && held.count("director") == 0) {
        Finding finding = about(context, id, Severity::medium,
                                name + " geeft volgens het dossier feitelijk leiding aan " + business +
                                    " zonder daar bestuurder te zijn. Wat over " + name +
                                    " bekend is, weegt als dat van een bestuurder.");
        finding.question = "Welke rol heeft " + name + " in de onderneming, en waarom is die niet formeel vastgelegd?";
        finding.condition = "De feitelijke leiding van " + name + " wordt beëindigd of in het Handelsregister "
                            "vastgelegd, en " + name + " wordt dan als bestuurder gescreend.";
        findings.push_back(std::move(finding));
      }
      if (held.count("business_partner") != 0) {
        Finding finding = about(context, id, Severity::low,
                                name + " heeft een zakelijk samenwerkingsverband met " + business +
                                    ". Wat over " + name + " bekend is, kan de aanvrager worden toegerekend.");
        finding.question = "Waaruit bestaat de samenwerking tussen " + name + " en " + business + "?";
        findings.push_back(std::move(finding));
      }
      // An owner who directs is ordinary; one who also lends the money or lets the premises
      // holds the business from more sides than one.
      if (held.size() >= 2 && (held.count("financier") != 0 || held.count("landlord") != 0)) {
        std::string list;
        for (const auto& role : held) list += (list.empty() ? "" : ", ") + relation_label(role);
        Finding finding = about(context, id, Severity::medium,
                                name + " vervult meerdere rollen voor " + business + " (" + list +
                                    "). Wie het geld of het pand verschaft en daarnaast een andere rol heeft, staat dicht bij de "
                                    "onderneming.");
        finding.question = "Hoe verhouden de rollen van " + name + " zich tot elkaar, en wie beslist in de onderneming?";
        findings.push_back(std::move(finding));
      }
    }
  }

};

}  // namespace

std::unique_ptr<screening::Check> make_positions_check() { return std::make_unique<PositionsCheck>(); }

}  // namespace bibob::checks
