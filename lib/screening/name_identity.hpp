#pragma once

#include <optional>
#include <string>

#include "model/case_file.hpp"
#include "util/date.hpp"

namespace bibob::screening {

// Whether a name a registry gives and a name the case file gives are the same person or
// organisation, by the name-matching engine (initials, particles, legal forms) and, for
// persons, a date of birth that must not differ when both are known.
bool same_person(const std::string& registry_name, const std::optional<Date>& registry_birth, const Party& party);
bool same_organisation(const std::string& registry_name, const std::string& declared_name);
// The same for a person known only by a name written whole and a date of birth.
bool same_person(const std::string& registry_name, const std::optional<Date>& registry_birth,
                 const std::string& name, const Date& birth_date);

// The case party a registry's person or organisation is, if any.
const Party* find_person(const CaseFile& file, const std::string& name, const std::optional<Date>& birth_date);
const Party* find_organisation(const CaseFile& file, const std::string& name);

}  // namespace bibob::screening
