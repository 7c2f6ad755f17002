#include "screening/name_identity.hpp"

#include "matching/screener.hpp"

namespace bibob::screening {
namespace {

// Registry and form name the same person less loosely than a sanctions list: a false
// "same person" would hide an undeclared officer.
constexpr double k_same_name = 0.9;

}  // namespace

bool same_person(const std::string& registry_name, const std::optional<Date>& registry_birth, const Party& party) {
  if (!party.is_person()) return false;
  if (registry_birth && party.birth_date && *registry_birth != *party.birth_date) return false;
  const auto score = matching::compare_any(registry_name, party.person_name.full(), matching::EntityKind::person);
  return !score.only_generic && score.score >= k_same_name;
}

bool same_person(const std::string& registry_name, const std::optional<Date>& registry_birth,
                 const std::string& name, const Date& birth_date) {
  Party person;
  person.kind = PartyKind::person;
  person.person_name.family = name;
  person.birth_date = birth_date;
  return same_person(registry_name, registry_birth, person);
}

bool same_organisation(const std::string& registry_name, const std::string& declared_name) {
  const auto score = matching::compare_any(registry_name, declared_name, matching::EntityKind::organisation);
  return !score.only_generic && score.score >= k_same_name;
}

const Party* find_person(const CaseFile& file, const std::string& name, const std::optional<Date>& birth_date) {
  for (const auto& party : file.parties) {
    if (same_person(name, birth_date, party)) return &party;
  }
  return nullptr;
}

const Party* find_organisation(const CaseFile& file, const std::string& name) {
  for (const auto& party : file.parties) {
    if (!party.is_person() && same_organisation(name, party.organisation_name)) return &party;
  }
  return nullptr;
}

}  // namespace bibob::screening
