#include <cstring>

#include "lists/import_support.hpp"
#include "lists/importers.hpp"
#include "lists/xml_support.hpp"
#include "util/errors.hpp"

namespace bibob::lists {
namespace {

std::string join_names(const pugi::xml_node& node) {
  std::string name;
  for (const char* part : {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
    const std::string value = child_text(node, part);
    if (value.empty()) continue;
    if (!name.empty()) name += ' ';
    name += value;
  }
  return name;
}

void read_aliases(const pugi::xml_node& node, const char* element, ListEntry& entry) {
  for (const auto& alias : node.children(element)) {
    const std::string quality = child_text(alias, "QUALITY");
    add_name(entry, child_text(alias, "ALIAS_NAME"), quality.empty() ? "aka" : quality);
  }
}

void read_birth_dates(const pugi::xml_node& node, ListEntry& entry) {
  for (const auto& birth : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
    const std::string type = child_text(birth, "TYPE_OF_DATE");
    matching::PartialDate date;
    if (auto full = parse_list_date(child_text(birth, "DATE"))) {
      date = *full;
    } else if (auto year = parse_list_date(child_text(birth, "YEAR"))) {
      date = *year;
    } else {
      const auto from = parse_list_date(child_text(birth, "FROM_YEAR"));
      const auto to = parse_list_date(child_text(birth, "TO_YEAR"));
      if (!from || !to || to->year < from->year) continue;
      date.year = from->year;
      date.year_to = to->year;
    }
    if (type == "APPROXIMATELY") date.approximate = true;
    add_unique(entry.dates_of_birth, date.text());
  }
}

void read_entry(const pugi::xml_node& node, bool person, const std::string& file, const std::string& content,
                ListImport& result) {
  ListEntry entry;
  entry.kind = person ? matching::EntityKind::person : matching::EntityKind::organisation;
  entry.id = child_text(node, "DATAID");
  // Counting lines is only worth it for an error.
  auto line = [&] { return line_of(content, node.offset_debug()); };
  if (entry.id.empty()) fail(file, line(), std::string(node.name()) + " has no DATAID");
  const std::string name = join_names(node);
  if (name.empty()) fail(file, line(), std::string(node.name()) + " " + entry.id + " has no FIRST_NAME");
  add_name(entry, name, "primary");
  add_name(entry, child_text(node, "NAME_ORIGINAL_SCRIPT"), "original script");
  read_aliases(node, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS", entry);
  for (const auto& value : node.child("NATIONALITY").children("VALUE")) add_country(entry.nationalities, value.text().as_string());
  for (const auto& address : node.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
    add_country(entry.countries, child_text(address, "COUNTRY"));
  }
  if (person) {
    read_birth_dates(node, entry);
    for (const auto& place : node.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
      std::string where;
      for (const char* part : {"CITY", "STATE_PROVINCE", "COUNTRY"}) {
        const std::string value = child_text(place, part);
        if (!value.empty()) where += (where.empty() ? "" : ", ") + value;
      }
      add_unique(entry.details["place_of_birth"], where);
    }
    for (const auto& document : node.children("INDIVIDUAL_DOCUMENT")) {
      const std::string number = child_text(document, "NUMBER");
      if (!number.empty()) add_unique(entry.details["document"], child_text(document, "TYPE_OF_DOCUMENT") + " " + number);
    }
  }
  add_unique(entry.details["reference_number"], child_text(node, "REFERENCE_NUMBER"));
  add_unique(entry.details["list_type"], child_text(node, "UN_LIST_TYPE"));
  add_unique(entry.details["listed_on"], child_text(node, "LISTED_ON"));
  std::erase_if(entry.details, [](const auto& item) { return item.second.empty(); });
  entry.remarks = child_text(node, "COMMENTS1");
  result.entries.push_back(std::move(entry));
}

}  // namespace

ListImport import_un(const std::vector<std::string>& paths) {
  if (paths.size() != 1) throw UsageError("a UN import takes one file, the consolidated list XML");
  const std::string& file = paths.front();
  ListImport result;
  result.files = paths;
  pugi::xml_document document;
  const std::string content = load_xml(document, file);
  const pugi::xml_node root = document.child("CONSOLIDATED_LIST");
  if (!root) fail(file, 1, "not a UN consolidated list: the root element is not CONSOLIDATED_LIST");
  const std::string generated = root.attribute("dateGenerated").as_string();
  result.published = generated.size() >= 10 ? generated.substr(0, 10) : file_date(file);
  for (const auto& node : root.child("INDIVIDUALS").children("INDIVIDUAL")) read_entry(node, true, file, content, result);
  for (const auto& node : root.child("ENTITIES").children("ENTITY")) read_entry(node, false, file, content, result);
  return result;
}

}  // namespace bibob::lists
