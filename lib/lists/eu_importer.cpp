#include <filesystem>
#include <fstream>
#include <map>

#include "lists/csv_reader.hpp"
#include "lists/import_support.hpp"
#include "lists/importers.hpp"
#include "lists/xml_support.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::lists {
namespace {

matching::EntityKind eu_kind(const std::string& code) {
  if (code == "person" || code == "P") return matching::EntityKind::person;
  if (code == "enterprise" || code == "E") return matching::EntityKind::organisation;
  return matching::EntityKind::other;
}

// export/sanctionEntity{@logicalId, subjectType@code, nameAlias@wholeName,
// birthdate@birthdate|@year, citizenship@countryIso2Code, address@countryIso2Code}.
void read_xml(const std::string& file, ListImport& result) {
  pugi::xml_document document;
  const std::string content = load_xml(document, file);
  const pugi::xml_node root = document.child("export");
  if (!root) fail(file, 1, "not an EU consolidated list: the root element is not export");
  const std::string generated = root.attribute("generationDate").as_string();
  if (generated.size() >= 10) result.published = generated.substr(0, 10);
  for (const auto& node : root.children("sanctionEntity")) {
    auto line = [&] { return line_of(content, node.offset_debug()); };  // only for an error
    ListEntry entry;
    entry.id = trim(node.attribute("logicalId").as_string());
    if (entry.id.empty()) fail(file, line(), "sanctionEntity has no logicalId");
    entry.kind = eu_kind(node.child("subjectType").attribute("code").as_string());
    for (const auto& alias : node.children("nameAlias")) {
      const bool strong = std::string(alias.attribute("strong").as_string("true")) != "false";
      add_name(entry, alias.attribute("wholeName").as_string(), entry.names.empty() ? "primary" : (strong ? "strong" : "weak"));
    }
    if (entry.names.empty()) fail(file, line(), "sanctionEntity " + entry.id + " has no nameAlias with a wholeName");
    for (const auto& birth : node.children("birthdate")) {
      auto date = parse_list_date(birth.attribute("birthdate").as_string());
      if (!date) date = parse_list_date(birth.attribute("year").as_string());
      if (date) add_unique(entry.dates_of_birth, date->text());
      const std::string place = trim(birth.attribute("city").as_string());
      if (!place.empty()) add_unique(entry.details["place_of_birth"], place);
    }
    for (const auto& citizenship : node.children("citizenship")) {
      add_country(entry.nationalities, citizenship.attribute("countryIso2Code").as_string());
    }
    for (const auto& address : node.children("address")) {
      add_country(entry.countries, address.attribute("countryIso2Code").as_string());
    }
    const std::string reference = trim(node.attribute("euReferenceNumber").as_string());
    if (!reference.empty()) entry.details["reference_number"] = {reference};
    entry.remarks = trim(node.child("remark").text().as_string());
    result.entries.push_back(std::move(entry));
  }
}

// The CSV has one row per fact (a name, a birth date, a citizenship), grouped by
// Entity_LogicalId; columns are found by their names in the header.
void read_csv(const std::string& file, ListImport& result) {
  std::ifstream in = input_file::open(file, "list file");
  CsvReader reader(in, file, ';');
  const auto header = reader.next();
  if (!header) fail(file, 1, "the file is empty");
  const CsvColumns columns(*header);
  for (const char* required : {"Entity_LogicalId", "NameAlias_WholeName"}) {
    if (!columns.has(required)) fail(file, reader.line(), std::string("the header has no column ") + required);
  }
  auto value = [&](const std::vector<std::string>& row, const char* name) { return columns.value(row, name); };
  std::map<std::string, std::size_t> by_id;
  while (auto row = reader.next()) {
    if (row->size() != header->size()) {
      fail(file, reader.line(), "expected " + std::to_string(header->size()) + " fields, found " + std::to_string(row->size()));
    }
    const std::string id = value(*row, "Entity_LogicalId");
    if (id.empty()) fail(file, reader.line(), "Entity_LogicalId is empty");
    auto [it, added] = by_id.try_emplace(id, result.entries.size());
    if (added) {
      result.entries.emplace_back();
      result.entries.back().id = id;
    }
    ListEntry& entry = result.entries[it->second];
    std::string kind = value(*row, "Entity_SubjectType_ClassificationCode");
    if (kind.empty()) kind = value(*row, "Entity_SubjectType");
    if (!kind.empty()) entry.kind = eu_kind(kind);
    add_name(entry, value(*row, "NameAlias_WholeName"), entry.names.empty() ? "primary" : "aka");
    auto date = parse_list_date(value(*row, "BirthDate_BirthDate"));
    if (!date) date = parse_list_date(value(*row, "BirthDate_Year"));
    if (date) add_unique(entry.dates_of_birth, date->text());
    add_country(entry.nationalities, value(*row, "Citizenship_CountryIso2Code"));
    add_country(entry.countries, value(*row, "Address_CountryIso2Code"));
    const std::string generated = value(*row, "fileGenerationDate");
    if (result.published.empty() && generated.size() >= 10) {
      if (auto d = parse_list_date(generated.substr(0, 10))) result.published = d->text();
    }
  }
  for (const auto& entry : result.entries) {
    if (entry.names.empty()) throw InputError(file + ": entity " + entry.id + " has no NameAlias_WholeName");
  }
}

}  // namespace

ListImport import_eu(const std::vector<std::string>& paths) {
  if (paths.size() != 1) throw UsageError("an EU import takes one file, the consolidated list as XML or CSV");
  const std::string& file = paths.front();
  ListImport result;
  result.files = paths;
  if (std::filesystem::path(file).extension() == ".csv") {
    read_csv(file, result);
  } else {
    read_xml(file, result);
  }
  if (result.published.empty()) result.published = file_date(file);
  return result;
}

}  // namespace bibob::lists
