#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"

// What bibob reads from the registries, in its own terms; the adapters translate the
// registries' formats into these.
namespace bibob {

struct RegisteredAddress {
  std::string street;
  std::string number;
  std::string letter;
  std::string suffix;
  std::string postcode;  // written "1506 CH"
  std::string city;
  std::string country;
  std::string one_line() const;
};

struct SbiActivity {
  std::string code;
  std::string description;
  bool main = false;
};

// KvK Basisprofiel.
struct CompanyProfile {
  std::string kvk;
  std::string name;
  std::string statutory_name;
  std::string rsin;
  std::string legal_form;           // as the KvK writes it: "Besloten Vennootschap"
  std::string extended_legal_form;
  std::optional<Date> registered_on;  // formeleRegistratiedatum
  std::optional<Date> started_on;     // materieleRegistratie.datumAanvang
  std::optional<Date> ended_on;       // materieleRegistratie.datumEinde
  std::vector<std::string> trade_names;
  std::vector<SbiActivity> activities;
  std::optional<RegisteredAddress> address;  // the visiting address of the main establishment
  int employees = 0;
  bool active() const { return !ended_on.has_value(); }
};

// A KvK Zoeken v2 result.
struct CompanySearchHit {
  std::string kvk;
  std::string rsin;
  std::string establishment_number;
  std::string name;
  std::string type;  // hoofdvestiging | nevenvestiging | rechtspersoon
  bool active = true;
  std::optional<RegisteredAddress> address;
};

// BAG adressenuitgebreid.
struct AddressObject {
  std::string address_id;  // nummeraanduidingIdentificatie
  std::string object_id;   // adresseerbaarObjectIdentificatie
  std::string object_type;  // verblijfsobject | standplaats | ligplaats
  std::string object_status;
  RegisteredAddress address;
  std::vector<std::string> uses;  // gebruiksdoelen
  std::optional<int> floor_area_m2;
  std::vector<std::string> construction_years;
};

// BRP Personen v2.
struct PersonRecord {
  std::string bsn;
  std::string given_names;
  std::string prefix;
  std::string family_name;
  std::string full_name;
  std::optional<Date> birth_date;  // when the BRP knows the whole date
  std::optional<int> birth_year;
  std::string birth_place;
  std::string birth_country;
  std::vector<std::string> nationalities;
  std::vector<std::string> address_lines;
  std::optional<Date> death_date;
};

// BRK: one holder of a right in a registered property.
struct PropertyRight {
  std::string property_id;      // kadastraalOnroerendeZaakIdentificatie
  std::string parcel;           // kadastrale aanduiding, e.g. "ZDM00 A 1234"
  std::string right;            // eigenaar | erfpachter | ...
  std::string holder_id;        // BSN, RSIN or Kadaster id, by holder_type
  std::string holder_type;      // ingeschreven_niet_natuurlijk_persoon | ...
  std::string holder_name;
  std::optional<int> share_numerator;
  std::optional<int> share_denominator;
  std::optional<Date> since;
};

struct InsolvencyPublication {
  std::optional<Date> date;
  std::string reference;   // publicatiekenmerk
  std::string kind_code;   // publicatieSoortCode
  std::string description;
};

// Centraal Insolventieregister: one case.
struct InsolvencyCase {
  std::string number;  // insolventienummer "F.13/26/123"
  std::string kind;    // faillissement | surseance | schuldsanering
  std::string court;
  std::string name;    // the person or the company as registered
  std::string kvk;
  std::optional<Date> birth_date;
  std::vector<InsolvencyPublication> publications;
  std::optional<Date> first_published() const;
};

// A director, partner or other officer of a company. The KvK's officers product has no public
// contract: until an adapter for it exists, officers come from the snapshot or the case file.
struct Officer {
  std::string company_kvk;
  std::string name;
  std::optional<Date> birth_date;
  std::string role;  // bestuurder | vennoot | gevolmachtigde | ...
  std::optional<Date> since;
  std::optional<Date> until;
};

// The case file's legal-form code for the KvK's written legal form ("Besloten Vennootschap"
// -> "bv"); empty when there is none.
std::string legal_form_code(const std::string& kvk_legal_form);

}  // namespace bibob
