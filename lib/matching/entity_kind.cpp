#include "matching/entity_kind.hpp"

namespace bibob::matching {

std::string_view to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::person: return "person";
    case EntityKind::organisation: return "organisation";
    case EntityKind::other: return "other";
  }
  return "other";
}

std::optional<EntityKind> parse_entity_kind(std::string_view text) {
  if (text == "person" || text == "individual") return EntityKind::person;
  if (text == "organisation" || text == "organization" || text == "entity" || text == "company") {
    return EntityKind::organisation;
  }
  if (text == "other" || text == "vessel" || text == "aircraft") return EntityKind::other;
  return std::nullopt;
}

}  // namespace bibob::matching
