#include <cctype>
#include <sstream>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "matching/normalise.hpp"

namespace bibob::checks {
namespace {


std::vector<std::string> words(const std::string& text) {
  std::istringstream in(matching::normalise(text));
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::string joined(const std::string& a, const std::string& b) { return a.empty() ? b : b.empty() ? a : a + " " + b; }

// The family name with its prefix, as the BRP and the form write it ("van der Berg").
bool same_family_name(const PersonName& declared, const PersonRecord& registered) {
  return words(joined(declared.prefix, declared.family)) == words(joined(registered.prefix, registered.family_name));
}

// A form may give the call name or initials ("Jan", "J.P."), the BRP gives every given
// name: each declared word must be one of them or the initial of one, in their order.
bool given_names_fit(const std::string& declared, const std::string& registered) {
  const auto mine = words(declared);
  const auto theirs = words(registered);
  std::size_t next = 0;
  for (const auto& word : mine) {
    bool found = false;
    for (; next < theirs.size() && !found; ++next) {
      found = theirs[next] == word || (word.size() == 1 && theirs[next].front() == word.front());
    }
    if (!found) return false;
  }
  return true;
}

// "Dorpsstraat 4" and "1511 AB": the declared address as the BRP's first two address lines
// begin, compared without case, spacing and punctuation.
bool same_address(const Address& declared, const PersonRecord& registered) {
  if (registered.address_lines.size() < 2) return false;
  const auto street = words(declared.street + " " + declared.number + " " + declared.suffix);
  const auto line = words(registered.address_lines[0]);
  auto compact = [](std::string text) {
    std::string out;
    for (const char c : text) {
      if (c != ' ') out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
  };
  return street == line && compact(registered.address_lines[1]).starts_with(compact(declared.postcode));
}

// Each person with a BSN is looked up in the population register, and what the form says of
// them is held against it: the BSN must exist and belong to the person named, born on the
// day given, living where the form says. A BSN that belongs to someone else, or to no one,
// is a false answer on the form; an address that differs asks where the person lives.
class IdentityCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "identity",
        "Name, date of birth and address of each person with a BSN against the population register (BRP)",
        "identity_mismatch",
        "juistheid_formulier",
        {Ground::art3_6},
        {},
        {"brp"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    for (const Party* party : context.screened_parties()) {
      if (!party->is_person() || party->bsn.empty()) continue;
      const auto found = context.facts().persons.find(party->bsn);
      if (found == context.facts().persons.end()) continue;
      const auto& lookup = found->second;
      const std::string name = party->display_name();
      if (lookup.failed()) {
        Finding unknown = not_verified(context, party->id, "brp", "de naam, geboortedatum en het woonadres van " + name,
                                       *lookup.failure);
        unknown.basis = Basis::false_answer;  // what the BRP could have shown: a BSN of someone else
        findings.push_back(std::move(unknown));
        continue;
      }
      if (lookup.records.empty()) {
        Finding finding = about(context, party->id, Severity::high,
                                "Het BSN dat in de aanvraag voor " + name + " is opgegeven, komt niet voor in de BRP.");
        finding.sources = lookup.provenance;
        finding.basis = Basis::false_answer;
        finding.question = "Welk burgerservicenummer heeft " + name + " werkelijk?";
        findings.push_back(std::move(finding));
        continue;
      }
      check_person(context, *party, lookup, findings);
    }
  }

 private:
  static void check_person(const screening::ScreeningContext& context, const Party& party,
                           const Lookup<PersonRecord>& lookup, screening::Findings& findings) {
    const auto& person = lookup.record();
    const std::string name = party.display_name();
    const bool name_fits = same_family_name(party.person_name, person) &&
                           given_names_fit(party.person_name.given, person.given_names);
    const bool birth_fits = !party.birth_date || !person.birth_date || *party.birth_date == *person.birth_date;
    if (!name_fits || !birth_fits) {
      std::string statement = "Volgens de BRP hoort het BSN dat in de aanvraag voor " + name + " is opgegeven bij " +
                              person.full_name;
      if (person.birth_date) statement += ", geboren op " + dutch_date(*person.birth_date);
      statement += "; in de aanvraag staat " + name;
      if (party.birth_date) statement += ", geboren op " + dutch_date(*party.birth_date);
      statement += ".";
      Finding finding = about(context, party.id, Severity::high, statement);
      finding.sources = lookup.provenance;
      finding.basis = Basis::false_answer;
      finding.question = "Is " + name + " de persoon van het opgegeven BSN, en zo niet, wie is het dan?";
      findings.push_back(std::move(finding));
      return;
    }
    const bool dutch_address = party.address && party.address->country == "NL";
    if (dutch_address && !same_address(*party.address, person)) {
      std::string registered;
      for (const auto& line : person.address_lines) registered += (registered.empty() ? "" : ", ") + line;
      Finding finding = about(context, party.id, Severity::medium,
                              "Het woonadres van " + name + " in de BRP is " +
                                  (registered.empty() ? std::string("niet bekend") : registered) +
                                  "; in de aanvraag staat " + party.address->street + " " + party.address->number +
                                  (party.address->suffix.empty() ? "" : " " + party.address->suffix) + ", " +
                                  party.address->postcode + " " + party.address->city + ".");
      finding.sources = lookup.provenance;
      finding.question = "Waar woont " + name + " werkelijk, en waarom wijkt het opgegeven adres af?";
      findings.push_back(std::move(finding));
      return;
    }
    Finding finding = about(context, party.id, Severity::info,
                            "De BRP bevestigt de naam" + std::string(party.birth_date ? ", de geboortedatum" : "") +
                                (dutch_address ? " en het woonadres" : "") + " van " + name + ".");
    finding.sources = lookup.provenance;
    findings.push_back(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_identity_check() { return std::make_unique<IdentityCheck>(); }

}  // namespace bibob::checks
