#include <set>
#include <string>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"

namespace bibob::checks {
namespace {


Severity severity_of(const std::string& kind) {
  return kind == "faillissement" ? Severity::high : Severity::medium;
}

// Bankruptcies, suspensions of payment and debt rescheduling of anyone involved, and of the
// companies they declared earlier positions in, within a window.
class InsolvenciesCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "insolvencies",
        "Bankruptcies, suspensions and debt rescheduling in the insolvency register, within a window",
        "prior_insolvency",
        "antecedenten",
        {Ground::a, Ground::b},
        {{"window_years", screening::ParameterType::integer, "5", "insolvencies older than this are shown, not counted"}},
        {"cir"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const Date since = screening::window_start(context.reference_date(), 12 * params.integer("window_years"));
    const auto& insolvencies = context.facts().insolvencies;
    for (const Party* party : context.screened_parties()) {
      const std::string name = party->display_name();
      // A partner of a bankrupt V.O.F. is found under his own name and under the firm's: one case, one finding.
      std::set<std::string> reported;
      auto found = insolvencies.find(party->id);
      if (found == insolvencies.end()) {
        if (party->is_person() && !party->birth_date && party->id != "") {
          findings.push_back(about(context, party->id, Severity::info,
                                   "Het Centraal Insolventieregister is niet geraadpleegd voor " + name +
                                       ": zonder geboortedatum is een persoon er niet betrouwbaar te vinden."));
        }
      } else {
        report(context, party->id, name, "", found->second, since, !party->insolvencies.empty(), reported, findings);
      }
      for (const auto& position : party->other_positions) {
        auto earlier = insolvencies.find("position:" + position.kvk);
        if (earlier == insolvencies.end()) continue;
        report(context, party->id, position.organisation,
               name + " was " + position.role + " van " + position.organisation + " (KvK " + position.kvk + "). ",
               earlier->second, since, !party->insolvencies.empty(), reported, findings);
      }
    }
    for (const auto& [key, lookup] : insolvencies) {
      if (!key.starts_with("officer:")) continue;
      const std::string officer = key.substr(8);
      if (lookup.failed() || !lookup.records.empty()) {
        std::set<std::string> reported;
        report(context, "", officer, officer + " is functionaris volgens het Handelsregister. ", lookup, since, false,
               reported, findings);
      }
    }
  }

 private:
  static void report(const screening::ScreeningContext& context, const std::string& party_id, const std::string& name,
                     const std::string& lead, const Lookup<InsolvencyCase>& lookup,
                     const Date& since, bool declared, std::set<std::string>& reported, screening::Findings& findings) {
    if (lookup.failed()) {
      Finding unknown = not_verified(context, party_id, "cir", "insolventies van " + name, *lookup.failure);
      if (!declared && !party_id.empty() && lead.empty()) {  // could show: an insolvency the form leaves out
        unknown.basis = Basis::false_answer;
        unknown.grounds = {Ground::art3_6};
      }
      findings.push_back(std::move(unknown));
      return;
    }
    for (const auto& insolvency : lookup.records) {
      if (!reported.insert(insolvency.number).second) continue;
      const auto first = insolvency.first_published();
      const bool recent = !first || *first >= since;
      std::string statement = lead + "In het Centraal Insolventieregister staat " + insolvency.kind + " " +
                              insolvency.number + " van " + (insolvency.name.empty() ? name : insolvency.name);
      if (!insolvency.court.empty()) statement += " (" + insolvency.court + ")";
      if (first) statement += ", gepubliceerd op " + dutch_date(*first);
      if (!insolvency.publications.empty()) statement += "; laatste publicatie: " + insolvency.publications.back().description;
      statement += ".";
      if (!recent) statement += " Dit ligt buiten de termijn en weegt niet mee.";
      if (!declared && party_id != "" && lead.empty()) statement += " Dit is niet in het formulier opgegeven.";
      Finding finding = about(context, party_id, recent ? severity_of(insolvency.kind) : Severity::info, statement);
      if (party_id.empty()) finding.parties.push_back(name);
      finding.sources = lookup.provenance;
      if (recent) {
        finding.question = "Wat was de rol van " + name + " bij " + insolvency.kind + " " + insolvency.number +
                           ", en zijn er schulden onbetaald gebleven?";
      }
      findings.push_back(std::move(finding));
      // The form asks for insolvencies; one left out is a false answer (art. 3 lid 6).
      if (!declared && recent && !party_id.empty() && lead.empty()) {
        Finding omission = about(context, party_id, Severity::medium,
                                 "Op het Bibob-formulier is " + insolvency.kind + " " + insolvency.number + " van " +
                                     name + " niet vermeld, terwijl het formulier naar insolventies vraagt.");
        omission.sources = lookup.provenance;
        omission.basis = Basis::false_answer;
        omission.grounds = {Ground::art3_6};
        omission.theme = "juistheid_formulier";
        omission.question = "Waarom is " + insolvency.kind + " " + insolvency.number + " niet opgegeven?";
        findings.push_back(std::move(omission));
      }
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_insolvencies_check() { return std::make_unique<InsolvenciesCheck>(); }

}  // namespace bibob::checks
