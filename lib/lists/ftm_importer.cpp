#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "lists/import_support.hpp"
#include "lists/importers.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::lists {
namespace {

using Json = nlohmann::json;

std::optional<matching::EntityKind> ftm_kind(const std::string& schema) {
  if (schema == "Person") return matching::EntityKind::person;
  if (schema == "Organization" || schema == "Company" || schema == "LegalEntity" || schema == "PublicBody") {
    return matching::EntityKind::organisation;
  }
  if (schema == "Vessel" || schema == "Airplane" || schema == "Vehicle") return matching::EntityKind::other;
  return std::nullopt;  // addresses, sanctions, relations: not screened
}

std::vector<std::string> values(const Json& properties, const char* name) {
  std::vector<std::string> out;
  const auto it = properties.find(name);
  if (it == properties.end() || !it->is_array()) return out;
  for (const auto& value : *it) {
    if (value.is_string()) out.push_back(value.get<std::string>());
  }
  return out;
}

std::optional<ListEntry> read_entity(const Json& entity, const std::string& file, int line) {
  if (!entity.is_object()) fail(file, line, "an entity is not a JSON object");
  const auto id = entity.find("id");
  const auto schema = entity.find("schema");
  if (id == entity.end() || !id->is_string() || id->get<std::string>().empty()) fail(file, line, "the entity has no id");
  if (schema == entity.end() || !schema->is_string()) fail(file, line, "entity " + id->get<std::string>() + " has no schema");
  const auto kind = ftm_kind(schema->get<std::string>());
  if (!kind) return std::nullopt;
  ListEntry entry;
  entry.id = id->get<std::string>();
  entry.kind = *kind;
  static const Json k_empty = Json::object();
  const auto found = entity.find("properties");
  const Json& properties = found != entity.end() && found->is_object() ? *found : k_empty;
  const auto caption = entity.find("caption");
  if (caption != entity.end() && caption->is_string()) add_name(entry, caption->get<std::string>(), "primary");
  for (const auto& name : values(properties, "name")) add_name(entry, name, entry.names.empty() ? "primary" : "name");
  for (const auto& name : values(properties, "alias")) add_name(entry, name, "aka");
  for (const auto& name : values(properties, "weakAlias")) add_name(entry, name, "weak");
  for (const auto& name : values(properties, "previousName")) add_name(entry, name, "fka");
  if (entry.names.empty()) fail(file, line, "entity " + entry.id + " has no name");
  for (const auto& date : values(properties, "birthDate")) {
    if (auto parsed = parse_list_date(date)) add_unique(entry.dates_of_birth, parsed->text());
  }
  for (const char* property : {"nationality", "citizenship"}) {
    for (const auto& code : values(properties, property)) add_country(entry.nationalities, code);
  }
  for (const char* property : {"country", "jurisdiction"}) {
    for (const auto& code : values(properties, property)) add_country(entry.countries, code);
  }
  for (const auto& topic : values(properties, "topics")) add_unique(entry.details["topics"], topic);
  for (const auto& number : values(properties, "registrationNumber")) add_unique(entry.details["registration_number"], number);
  const auto datasets = entity.find("datasets");
  if (datasets != entity.end() && datasets->is_array()) {
    for (const auto& dataset : *datasets) {
      if (dataset.is_string()) add_unique(entry.details["datasets"], dataset.get<std::string>());
    }
  }
  std::string notes;
  for (const auto& note : values(properties, "notes")) notes += (notes.empty() ? "" : " ") + note;
  entry.remarks = notes;
  return entry;
}

}  // namespace

// One entity per line: {id, schema, caption, properties{name[], alias[], birthDate[], ...}}.
// A delta file has one change per line: {"op": "ADD"|"MOD"|"DEL", "entity": {...}}.
ListImport import_ftm(const std::vector<std::string>& paths) {
  ListImport result;
  result.files = paths;
  bool decided = false;
  for (const auto& file : paths) {
    std::ifstream in = input_file::open(file, "list file");
    std::string text;
    int line = 0;
    // An entity of OpenSanctions takes a few KiB; a line of megabytes is no entity.
    constexpr std::size_t k_max_line_bytes = 16 * 1024 * 1024;
    for (input_file::Line read = input_file::read_line(in, text, k_max_line_bytes); read != input_file::Line::end;
         read = input_file::read_line(in, text, k_max_line_bytes)) {
      ++line;
      if (read == input_file::Line::too_long) fail(file, line, "a line longer than 16 MiB");
      if (trim(text).empty()) continue;
      Json json;
      try {
        json = Json::parse(text);
      } catch (const Json::parse_error& e) {
        fail(file, line, std::string("not valid JSON: ") + e.what());
      }
      if (!json.is_object()) fail(file, line, "a line is not a JSON object");
      const bool delta = json.contains("op");
      if (!decided) {
        result.delta = delta;
        decided = true;
      } else if (delta != result.delta) {
        fail(file, line, "full entities and delta changes are mixed in one import");
      }
      if (!delta) {
        if (auto entry = read_entity(json, file, line)) result.entries.push_back(std::move(*entry));
        continue;
      }
      const auto op = json.value("op", std::string());
      const auto entity = json.find("entity");
      if (entity == json.end()) fail(file, line, "the change has no entity");
      if (op == "DEL") {
        const auto id = entity->find("id");
        if (id == entity->end() || !id->is_string()) fail(file, line, "the deleted entity has no id");
        result.deleted.push_back(id->get<std::string>());
      } else if (op == "ADD" || op == "MOD") {
        if (auto entry = read_entity(*entity, file, line)) result.entries.push_back(std::move(*entry));
      } else {
        fail(file, line, "op " + json["op"].dump() + " is not ADD, MOD or DEL");
      }
    }
  }
  result.published = paths.empty() ? "" : file_date(paths.front());
  return result;
}

}  // namespace bibob::lists
