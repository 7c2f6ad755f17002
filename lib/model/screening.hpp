#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/assessment.hpp"
#include "model/finding.hpp"
#include "model/registry_facts.hpp"
#include "model/validation.hpp"
#include "util/date.hpp"
#include "util/errors.hpp"

namespace bibob {

inline constexpr const char* k_screening_schema = "bibob-screening/1";

// Where letters to a party go, as its case file gives the address: "Zaandijkerweg 12-A",
// "1506CH  Zaandam".
struct PostalAddress {
  std::string street;
  std::string postcode_city;
  std::string country;
};
PostalAddress postal_address(const Address& address);

// A party the screening reached from the applicant, through the case file's relations or what
// the registries added (officers in the KvK, the owner of the premises in the BRK).
struct ReachedParty {
  std::string id;  // a case party id, "kvk-officer:NAME" or "brk-holder:ID"
  std::string name;
  bool person = true;
  std::string source;  // case_file | kvk | brk
  int depth = 0;       // relations from the applicant
  std::string relation_path;  // "Ahmed Benali -aandeelhouder (40%)-> Eetcafe De Gouden Leeuw B.V."
  std::optional<PostalAddress> address;  // a case party's declared address; identifiers stay out
};

// One screening of one case: the validation, what the registries said, who was reached, the
// findings of every check that applies, and the proposed assessment.
struct Screening {
  Validation validation;
  std::optional<RegistryFacts> facts;
  std::vector<ReachedParty> parties;  // nearest first
  std::vector<Finding> findings;
  Assessment assessment;
  std::vector<std::string> checks_run;
  std::string lists_consulted;
  std::string registry_mode;  // normal | offline | refresh
  Date screened_on;

  // 3 invalid case file; 4 a source could not be consulted; 1 something needs attention; 0.
  ExitCode exit_code() const;
  bool incomplete() const;
};

}  // namespace bibob
