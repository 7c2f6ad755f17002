#pragma once

#include <optional>
#include <string_view>

namespace bibob::matching {

// What a name belongs to. Vessels, aircraft and the like are `other`: they are compared by
// the organisation rules.
enum class EntityKind { person, organisation, other };

std::string_view to_string(EntityKind kind);
std::optional<EntityKind> parse_entity_kind(std::string_view text);

// Which set of name rules applies.
enum class NameRules { person, organisation };

inline NameRules rules_for(EntityKind kind) {
  return kind == EntityKind::person ? NameRules::person : NameRules::organisation;
}

}  // namespace bibob::matching
