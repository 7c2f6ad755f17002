#include <set>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"
#include "screening/name_identity.hpp"

namespace bibob::checks {
namespace {


const std::set<std::string> k_leading_roles = {"director", "manager", "de_facto_manager"};

bool current(const std::optional<Date>& until, const Date& reference) { return !until || *until >= reference; }

// The registration date in the KvK, else the declared founding date.
std::optional<Date> founded_on(const screening::ScreeningContext& context, const Party& organisation) {
  const auto company = context.facts().companies.find(organisation.kvk);
  if (company != context.facts().companies.end() && company->second.found() && company->second.record().registered_on) {
    return company->second.record().registered_on;
  }
  return organisation.founded_on;
}

// Declared directors against the officers the Handelsregister names, and recent changes of
// directors or shareholders.
class OfficersCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "officers",
        "Declared directors and partners against registered officers; undeclared officers; recent changes",
        "officers_mismatch_or_change",
        "structuur_zeggenschap",
        {Ground::a, Ground::b, Ground::art3_6},
        {{"change_window_months", screening::ParameterType::integer, "6",
          "a change of directors or shareholders this many months before the application, or after it, is reported"}},
        {"kvk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    const Date reference = context.reference_date();
    const long window = params.integer("change_window_months");
    for (const Party* organisation : context.screened_parties()) {
      if (organisation->is_person() || organisation->kvk.empty()) continue;
      auto found = context.facts().officers.find(organisation->kvk);
      if (found == context.facts().officers.end()) continue;
      const auto& lookup = found->second;
      const std::string& name = organisation->organisation_name;
      if (lookup.failed()) {
        Finding unknown =
            not_verified(context, organisation->id, "kvk", "de functionarissen van " + name, *lookup.failure);
        unknown.basis = Basis::false_answer;  // what the register could have shown: a leader the form leaves out
        findings.push_back(std::move(unknown));
        continue;
      }
      std::set<std::string> registered_parties;
      for (const auto& officer : lookup.records) {
        const Party* known = screening::find_person(file, officer.name, officer.birth_date);
        if (known != nullptr) registered_parties.insert(known->id);
        if (current(officer.until, reference)) check_declared(context, *organisation, officer, known, lookup, findings);
        report_change(context, *organisation, officer, known, lookup, reference, window, findings);
      }
      // Declared directors the register does not know.
      for (const auto& relation : file.relations) {
        if (relation.to != organisation->id || k_leading_roles.count(relation.type) == 0) continue;
        if (!current(relation.until, reference) || registered_parties.count(relation.from) != 0) continue;
        if (relation.type != "director") continue;  // managers are not always registered
        const Party* person = file.find_party(relation.from);
        if (person == nullptr) continue;
        Finding finding = about(context, person->id, Severity::medium,
                                person->display_name() + " is in de aanvraag opgegeven als bestuurder van " + name +
                                    ", maar staat niet als functionaris in het Handelsregister.");
        finding.sources = lookup.provenance;
        finding.grounds = {Ground::art3_6};
        findings.push_back(std::move(finding));
      }
      // Changes of shareholders, as declared.
      for (const auto& relation : file.relations) {
        if (relation.to != organisation->id || relation.type != "shareholder") continue;
        if (!screening::is_recent_change(relation.since, founded_on(context, *organisation), reference, window)) continue;
        const Party* holder = file.find_party(relation.from);
        if (holder == nullptr) continue;
        Finding finding =
            about(context, holder->id, Severity::medium,
                  holder->display_name() + " is volgens de aanvraag aandeelhouder van " + name + " geworden op " +
                      dutch_date(*relation.since) + ", binnen " + std::to_string(window) + " maanden voor de aanvraag.");
        finding.question = "Waarom is het aandeelhouderschap van " + name + " kort voor de aanvraag gewijzigd?";
        finding.grounds = {Ground::a, Ground::b};
        findings.push_back(std::move(finding));
      }
    }
  }

 private:
  static void check_declared(const screening::ScreeningContext& context, const Party& organisation,
                             const Officer& officer, const Party* known,
                             const Lookup<Officer>& lookup, screening::Findings& findings) {
    const CaseFile& file = context.case_file();
    bool declared = false;
    if (known != nullptr) {
      for (const auto& relation : file.relations) {
        declared = declared || (relation.from == known->id && relation.to == organisation.id &&
                                k_leading_roles.count(relation.type) != 0);
      }
    }
    if (declared) return;
    Finding finding =
        about(context, known != nullptr ? known->id : std::string(), Severity::high,
              "In het Handelsregister staat " + officer.name + " als " + officer.role + " van " +
                  organisation.organisation_name +
                  (officer.since ? " sinds " + dutch_date(*officer.since) : std::string()) +
                  "; in de aanvraag is deze persoon niet als bestuurder of leidinggevende opgegeven.");
    if (known == nullptr) {
      finding.parties.push_back(officer.name);
      finding.relation_path = officer.name + " -functionaris (KvK)-> " + organisation.organisation_name;
    }
    finding.sources = lookup.provenance;
    finding.basis = Basis::false_answer;  // the form leaves out who leads the business
    finding.question = "Welke rol heeft " + officer.name + " in de onderneming, en waarom is deze niet opgegeven?";
    findings.push_back(std::move(finding));
  }

  static void report_change(const screening::ScreeningContext& context, const Party& organisation,
                            const Officer& officer, const Party* known,
                            const Lookup<Officer>& lookup, const Date& reference, long window,
                            screening::Findings& findings) {
    // A founder registered with the company itself is not a change.
    const bool started = screening::is_recent_change(officer.since, founded_on(context, organisation), reference, window);
    const bool ended = screening::within_window(officer.until, reference, window);
    if (!started && !ended) return;
    std::string statement = "Wijziging van functionarissen van " + organisation.organisation_name + ": " + officer.name;
    if (started) statement += " is " + officer.role + " sinds " + dutch_date(*officer.since);
    if (ended) statement += std::string(started ? " en" : "") + " is uitgetreden op " + dutch_date(*officer.until);
    statement += " (binnen " + std::to_string(window) + " maanden voor de aanvraag of daarna).";
    Finding finding = about(context, known != nullptr ? known->id : std::string(), Severity::medium, statement);
    if (known == nullptr) finding.parties.push_back(officer.name);
    finding.sources = lookup.provenance;
    finding.question = "Waarom is het bestuur van " + organisation.organisation_name + " kort voor de aanvraag gewijzigd?";
    finding.grounds = {Ground::a, Ground::b};
    findings.push_back(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_officers_check() { return std::make_unique<OfficersCheck>(); }

}  // namespace bibob::checks
