#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"

// The typed model of a case file (schema bibob-case/1, see README "Case file").
namespace bibob {

inline constexpr const char* k_case_schema = "bibob-case/1";

struct Address {
  std::string street;
  std::string number;
  std::string suffix;
  std::string postcode;
  std::string city;
  std::string country;  // ISO 3166-1 alpha-2
};

struct PersonName {
  std::string given;
  std::string prefix;  // tussenvoegsel: "van der", "de"
  std::string family;
  std::string full() const;
};

struct Antecedent {
  std::string type;  // strafrechtelijk | fiscaal | bestuursrechtelijk
  std::optional<Date> date;
  std::string description;
  std::string outcome;   // in words, as declared or found
  std::string offence;   // vocabulary::k_offence_kinds; empty when not given
  std::string disposal;  // vocabulary::k_disposals; empty when not given
  bool declared = true;  // false: the officer found it (source, reference), the form left it out
  std::string source;    // where the officer found it: Justid, politie, Belastingdienst, open bronnen
  std::string reference;
};

struct Position {
  std::string organisation;
  std::string kvk;
  std::string role;
  std::optional<Date> from;
  std::optional<Date> to;
};

struct DeclaredInsolvency {
  std::string kind;  // faillissement | surseance | schuldsanering
  std::optional<Date> date;
  std::string organisation;
  std::string description;
};

struct PermitHistory {
  std::string authority;
  std::string decision_type;
  std::string outcome;
  std::optional<Date> date;
  bool bibob = false;
};

enum class PartyKind { person, organisation };

struct Party {
  std::string path;  // where in the case file it was declared, e.g. "parties[2]"
  std::string id;
  PartyKind kind = PartyKind::person;
  // Persons
  PersonName person_name;
  std::optional<Date> birth_date;
  std::string birth_place;
  std::vector<std::string> nationality;
  std::string bsn;
  std::vector<Antecedent> antecedents;
  std::vector<Position> other_positions;
  std::vector<DeclaredInsolvency> insolvencies;
  std::vector<PermitHistory> permit_history;
  // Organisations
  std::string organisation_name;
  std::string kvk;
  std::string rsin;
  std::string legal_form;
  std::vector<std::string> trade_names;
  std::vector<std::string> trade_names_past;
  std::optional<Date> founded_on;
  std::vector<std::string> sbi_codes;
  std::string country;  // seat of a foreign organisation
  // Both
  std::optional<Address> address;
  std::string iban;
  std::optional<double> declared_means_eur;  // income or assets the party declares it has

  bool is_person() const { return kind == PartyKind::person; }
  std::string display_name() const;
};

struct Relation {
  std::string path;
  std::string from;
  std::string to;
  std::string type;
  std::optional<double> share_pct;
  std::optional<Date> since;
  std::optional<Date> until;
  bool direct = true;
  std::vector<std::string> evidence;
};

struct LoanTerms {
  std::optional<double> interest_pct;
  std::optional<double> duration_months;
  std::string security;
};

struct FinancingItem {
  std::string path;
  std::string kind;
  double amount_eur = 0;
  std::string provider;       // a party id
  std::string provider_name;  // a provider that is not a party
  std::string provider_country;
  std::string origin;
  std::string paid_via;  // bank | cash
  std::string iban;
  std::optional<LoanTerms> terms;
  std::vector<std::string> evidence;
};

struct Financing {
  std::optional<double> total_investment_eur;
  std::vector<FinancingItem> items;
};

struct Premises {
  std::optional<Address> address;
  std::string use_title;
  std::string owner;
  std::string landlord;
  std::optional<double> rent_eur_month;
  std::optional<double> floor_area_m2;
  std::optional<double> takeover_price_eur;
};

struct Document {
  std::string path;
  std::string id;
  std::string type;
  std::optional<Date> received_on;
  std::string sha256;
  std::string description;
};

struct Questionnaire {
  std::string signed_by;
  std::optional<Date> signed_on;
  std::optional<bool> declaration_truthful;
};

struct CaseHeader {
  std::string id;
  std::string authority;
  std::string municipality;
  std::string decision_type;
  std::string trajectory;
  std::string trigger;
  std::optional<Date> received_on;
  std::optional<double> amount_eur;
  Questionnaire questionnaire;
};

// A request for data the municipality or the LBB sent to the applicant or holder, and its answer.
struct InformationRequest {
  std::string path;
  std::optional<Date> sent_on;
  std::string by;  // gemeente | lbb
  std::string subject;
  std::optional<Date> due_on;
  std::string answer;  // beantwoord | deels | geweigerd | geen_antwoord | lopend

  // Refused, or left unanswered or answered in part: what art. 4 weighs.
  bool withheld() const { return answer == "geweigerd" || answer == "geen_antwoord" || answer == "deels"; }
};

struct CaseFile {
  std::string source;  // the file it was read from, as given
  CaseHeader header;
  std::string applicant;
  std::vector<Party> parties;
  std::vector<Relation> relations;
  Financing financing;
  std::optional<Premises> premises;
  std::vector<Document> documents;
  std::vector<InformationRequest> requests;

  const Party* find_party(const std::string& id) const;
  std::optional<std::size_t> party_index(const std::string& id) const;
  const Party* applicant_party() const { return find_party(applicant); }
};

}  // namespace bibob
