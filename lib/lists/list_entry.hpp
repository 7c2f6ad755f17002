#pragma once

#include <map>
#include <string>
#include <vector>

#include "matching/entity_kind.hpp"

namespace bibob::lists {

// One name of a list entry: its primary name or an alias, with the list's own word for
// how good the alias is (primary, aka, fka, strong, weak, good, low).
struct ListName {
  std::string name;
  std::string quality;
};

// One entry of a sanctions or terrorism list, as every importer delivers it.
struct ListEntry {
  std::string id;  // stable within its list across publications (OFAC ent_num, UN DATAID, ...)
  matching::EntityKind kind = matching::EntityKind::other;
  std::vector<ListName> names;  // the first is the primary name
  std::vector<std::string> dates_of_birth;  // matching::PartialDate text
  std::vector<std::string> nationalities;   // ISO 3166-1 alpha-2
  std::vector<std::string> countries;       // of addresses, ISO 3166-1 alpha-2
  std::map<std::string, std::vector<std::string>> details;  // passport, linked_to, place_of_birth, program, ...
  std::string remarks;

  const std::string& primary_name() const { return names.front().name; }
};

// What one import reads: the entries, or for a delta file the changes.
struct ListImport {
  std::string list;       // ofac, un, eu, uk, nl, ftm
  std::string published;  // YYYY-MM-DD; empty when the files do not say
  std::vector<std::string> files;
  std::string content_hash;  // SHA-256 of the files' bytes, in the order given
  std::vector<ListEntry> entries;
  bool delta = false;                  // entries are added or changed, deleted ids removed
  std::vector<std::string> deleted;    // entry ids, for a delta
};

}  // namespace bibob::lists
