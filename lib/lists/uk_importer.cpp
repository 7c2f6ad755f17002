#include <algorithm>
#include <fstream>
#include <map>

#include "lists/csv_reader.hpp"
#include "lists/import_support.hpp"
#include "lists/importers.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::lists {
namespace {

matching::EntityKind uk_kind(const std::string& group_type) {
  if (group_type == "Individual") return matching::EntityKind::person;
  if (group_type == "Entity") return matching::EntityKind::organisation;
  return matching::EntityKind::other;
}

// "(1) Syria (2) Lebanon" or "Syria".
void add_countries(std::vector<std::string>& codes, const std::string& text) {
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' && i + 2 < text.size() && text[i + 2] == ')') {
      add_country(codes, current);
      current.clear();
      i += 2;
      continue;
    }
    current += text[i];
  }
  add_country(codes, current);
}

}  // namespace

// OFSI's consolidated list: a first line "Last Updated,DD/MM/YYYY", a header naming the
// columns (Name 6 is the surname or the entity's name, Name 1 to 5 the other names), then
// one row per name of a designation, grouped by Group ID.
ListImport import_uk(const std::vector<std::string>& paths) {
  if (paths.size() != 1) throw UsageError("a UK import takes one file, the consolidated list CSV");
  const std::string& file = paths.front();
  ListImport result;
  result.files = paths;
  std::ifstream in = input_file::open(file, "list file");
  CsvReader reader(in, file);
  auto first = reader.next();
  if (!first) fail(file, 1, "the file is empty");
  if (!first->empty() && trim((*first)[0]) == "Last Updated") {
    if (first->size() > 1) {
      if (auto date = parse_list_date((*first)[1])) result.published = date->text();
    }
    first = reader.next();
  }
  if (!first || first->empty() || trim((*first)[0]) != "Name 6") {
    fail(file, reader.line(), "expected the header row starting with \"Name 6\"");
  }
  const std::vector<std::string> header = *first;
  const CsvColumns columns(header);
  for (const char* required : {"Name 1", "Group Type", "Group ID"}) {
    if (!columns.has(required)) fail(file, reader.line(), std::string("the header has no column ") + required);
  }
  auto value = [&](const std::vector<std::string>& row, const char* name) { return columns.value(row, name); };
  std::map<std::string, std::size_t> by_id;
  while (auto row = reader.next()) {
    if (row->size() != header.size()) {
      fail(file, reader.line(), "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(row->size()));
    }
    const std::string id = value(*row, "Group ID");
    if (id.empty()) fail(file, reader.line(), "Group ID is empty");
    auto [it, added] = by_id.try_emplace(id, result.entries.size());
    if (added) {
      result.entries.emplace_back();
      result.entries.back().id = id;
      result.entries.back().kind = uk_kind(value(*row, "Group Type"));
    }
    ListEntry& entry = result.entries[it->second];
    std::string name;
    for (const char* part : {"Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"}) {
      const std::string word = value(*row, part);
      if (!word.empty()) name += (name.empty() ? "" : " ") + word;
    }
    if (name.empty()) fail(file, reader.line(), "Name 1 to Name 6 are all empty");
    const std::string alias_type = value(*row, "Alias Type");
    const std::string quality = value(*row, "Alias Quality");
    add_name(entry, name, alias_type == "Primary name" ? "primary" : (quality.empty() ? "aka" : quality));
    add_name(entry, value(*row, "Name Non-Latin Script"), "original script");
    if (auto date = parse_list_date(value(*row, "DOB"))) add_unique(entry.dates_of_birth, date->text());
    add_countries(entry.nationalities, value(*row, "Nationality"));
    add_countries(entry.countries, value(*row, "Country"));
    add_unique(entry.details["regime"], value(*row, "Regime"));
    add_unique(entry.details["passport"], value(*row, "Passport Number"));
    add_unique(entry.details["place_of_birth"], value(*row, "Town of Birth"));
    add_unique(entry.details["listed_on"], value(*row, "Listed On"));
    if (entry.remarks.empty()) entry.remarks = value(*row, "Other Information");
  }
  for (auto& entry : result.entries) {
    std::erase_if(entry.details, [](const auto& item) { return item.second.empty(); });
    // The primary name first, whichever row carried it.
    std::stable_partition(entry.names.begin(), entry.names.end(), [](const ListName& n) { return n.quality == "primary"; });
  }
  if (result.published.empty()) result.published = file_date(file);
  return result;
}

}  // namespace bibob::lists
