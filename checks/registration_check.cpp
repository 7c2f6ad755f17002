#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "model/facts.hpp"
#include "screening/name_identity.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


bool same_address(const Address& declared, const RegisteredAddress& registered) {
  auto compact = [](const std::string& postcode) {
    std::string out;
    for (char c : postcode) {
      if (c != ' ') out += c;
    }
    return out;
  };
  return compact(declared.postcode) == compact(registered.postcode) && declared.number == registered.number;
}

// The organisation exists in the Handelsregister, is active, and its name, legal form and
// address are those declared.
class RegistrationCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "registration",
        "Each organisation is registered in the KvK, active, with the declared name, legal form and address",
        "declared_data_mismatch",
        "structuur_zeggenschap",
        {Ground::a, Ground::b, Ground::art3_6},
        {},
        {"kvk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    for (const Party* party : context.screened_parties()) {
      if (party->is_person()) continue;
      const std::string& name = party->organisation_name;
      if (party->kvk.empty()) {
        const bool foreign = party->legal_form == "buitenlands" || (!party->country.empty() && party->country != "NL");
        findings.push_back(about(context, party->id, foreign ? Severity::info : Severity::low,
                                 foreign ? name + " is een buitenlandse rechtspersoon en staat niet in het "
                                                  "Handelsregister; de registratie in " + party->country +
                                                  " is niet nagegaan."
                                         : "Voor " + name + " is geen KvK-nummer opgegeven."));
        continue;
      }
      auto found = context.facts().companies.find(party->kvk);
      if (found == context.facts().companies.end()) continue;
      const auto& lookup = found->second;
      if (lookup.failed()) {
        findings.push_back(not_verified(context, party->id, "kvk", "de inschrijving van " + name, *lookup.failure));
        continue;
      }
      if (!lookup.found()) {
        Finding finding = about(context, party->id, Severity::high,
                                "KvK-nummer " + party->kvk + " van " + name + " komt niet voor in het Handelsregister.");
        finding.sources = lookup.provenance;
        finding.question = "Onder welk KvK-nummer is " + name + " ingeschreven?";
        finding.grounds = {Ground::art3_6};
        findings.push_back(std::move(finding));
        continue;
      }
      const CompanyProfile& profile = lookup.record();
      std::vector<std::string> differences;
      Severity severity = Severity::info;
      if (!profile.active()) {
        differences.push_back("de inschrijving is beëindigd op " + dutch_date(*profile.ended_on));
        severity = party->id == context.case_file().applicant ? Severity::high : Severity::medium;
      }
      bool name_matches = screening::same_organisation(profile.name, name);
      for (const auto& trade_name : profile.trade_names) name_matches = name_matches || screening::same_organisation(trade_name, name);
      if (!name_matches) {
        differences.push_back("de naam in het Handelsregister is \"" + profile.name + "\", opgegeven is \"" + name + "\"");
        severity = std::max(severity, Severity::medium);
      }
      const std::string registered_form = legal_form_code(profile.legal_form);
      if (!party->legal_form.empty() && !registered_form.empty() && registered_form != party->legal_form) {
        differences.push_back("de rechtsvorm in het Handelsregister is " + profile.legal_form + ", opgegeven is " +
                              party->legal_form);
        severity = std::max(severity, Severity::medium);
      }
      if (party->address && profile.address && !same_address(*party->address, *profile.address)) {
        differences.push_back("het adres in het Handelsregister is " + profile.address->one_line());
        severity = std::max(severity, Severity::low);
      }
      std::string statement = name + " (KvK " + party->kvk + ") is ingeschreven in het Handelsregister";
      if (profile.registered_on) statement += " sinds " + dutch_date(*profile.registered_on);
      if (differences.empty()) {
        statement += "; naam, rechtsvorm en adres komen overeen met de aanvraag.";
      } else {
        statement += "; " + text::join(differences, "; ") + ".";
      }
      Finding finding = about(context, party->id, severity, statement);
      finding.sources = lookup.provenance;
      // An ended registration bears on a and b; declared data that differs on art. 3 lid 6.
      if (!profile.active()) finding.grounds = {Ground::a, Ground::b};
      if (differences.size() > (profile.active() ? 0U : 1U)) finding.grounds.push_back(Ground::art3_6);
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_registration_check() { return std::make_unique<RegistrationCheck>(); }

}  // namespace bibob::checks
