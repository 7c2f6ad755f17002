#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "lists/csv_reader.hpp"
#include "lists/import_support.hpp"
#include "lists/importers.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"
#include "util/text.hpp"

namespace bibob::lists {
namespace {

// OFAC writes "-0- " for an empty field.
std::string field(const std::vector<std::string>& row, std::size_t i) {
  if (i >= row.size()) return "";
  std::string value = trim(row[i]);
  return value == "-0-" ? "" : value;
}

std::vector<std::string> split_remarks(const std::string& remarks) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= remarks.size()) {
    std::size_t end = remarks.find(';', start);
    if (end == std::string::npos) end = remarks.size();
    std::string item = trim(std::string_view(remarks).substr(start, end - start));
    while (!item.empty() && item.back() == '.') item.pop_back();
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

bool take_prefix(std::string& item, std::string_view prefix) {
  if (!item.starts_with(prefix)) return false;
  item = trim(std::string_view(item).substr(prefix.size()));
  return true;
}

// Remarks hold facts as "DOB 10 Dec 1948; POB Giza, Egypt; nationality Egypt; Passport 1084010
// (Egypt); Linked To: JIHAD GROUP".
void parse_remarks(ListEntry& entry, const std::string& remarks) {
  for (std::string item : split_remarks(remarks)) {
    take_prefix(item, "alt. ");
    if (take_prefix(item, "DOB ")) {
      if (auto date = parse_list_date(item)) add_unique(entry.dates_of_birth, date->text());
    } else if (take_prefix(item, "POB ")) {
      add_unique(entry.details["place_of_birth"], item);
    } else if (take_prefix(item, "nationality ") || take_prefix(item, "citizen ")) {
      add_country(entry.nationalities, item);
    } else if (take_prefix(item, "Passport ")) {
      add_unique(entry.details["passport"], item);
    } else if (take_prefix(item, "Linked To:")) {
      add_unique(entry.details["linked_to"], item);
    } else if (take_prefix(item, "Gender ")) {
      add_unique(entry.details["gender"], item);
    }
  }
}

struct OfacFiles {
  std::string sdn, alt, add, comments;
};

OfacFiles locate(const std::vector<std::string>& paths) {
  OfacFiles files;
  for (const auto& path : paths) {
    if (std::filesystem::is_directory(path)) {
      const auto in = [&](const char* name) { return (std::filesystem::path(path) / name).string(); };
      files.sdn = in("sdn.csv");
      if (std::filesystem::exists(in("alt.csv"))) files.alt = in("alt.csv");
      if (std::filesystem::exists(in("add.csv"))) files.add = in("add.csv");
      if (std::filesystem::exists(in("sdn_comments.csv"))) files.comments = in("sdn_comments.csv");
      continue;
    }
    const std::string name = std::filesystem::path(path).filename().string();
    if (name.find("comments") != std::string::npos) {
      files.comments = path;
    } else if (name.find("alt") != std::string::npos) {
      files.alt = path;
    } else if (name.find("add") != std::string::npos) {
      files.add = path;
    } else {
      files.sdn = path;
    }
  }
  if (files.sdn.empty()) {
    throw UsageError("an OFAC import needs sdn.csv (alt.csv, add.csv and sdn_comments.csv are optional)");
  }
  return files;
}

std::ifstream open(const std::string& file) { return input_file::open(file, "list file"); }

bool is_number(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Remarks longer than the SDN file's field go on in sdn_comments.csv, cut mid-word: by ent_num,
// the text to append as it stands.
std::map<std::string, std::string> read_comments(const std::string& file) {
  std::map<std::string, std::string> out;
  if (file.empty()) return out;
  std::ifstream in = open(file);
  CsvReader reader(in, file);
  while (auto row = reader.next()) {
    if (row->size() == 1 && (*row)[0].find_first_not_of("\x1a \r\n") == std::string::npos) continue;  // DOS end mark
    if (row->size() != 2) {
      fail(file, reader.line(), "expected 2 fields (ent_num, remarks_extended), found " + std::to_string(row->size()));
    }
    const std::string id = field(*row, 0);
    if (!is_number(id)) fail(file, reader.line(), "ent_num " + text::quoted(id) + " is not a number");
    out[id] += (*row)[1];
  }
  return out;
}

}  // namespace

ListImport import_ofac(const std::vector<std::string>& paths) {
  const OfacFiles files = locate(paths);
  const auto comments = read_comments(files.comments);
  ListImport result;
  result.files.push_back(files.sdn);
  std::map<std::string, std::size_t> by_id;
  {
    std::ifstream in = open(files.sdn);
    CsvReader reader(in, files.sdn);
    while (auto row = reader.next()) {
      if (row->size() != 12) {
        fail(files.sdn, reader.line(), "expected 12 fields (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, "
                                       "Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), found " +
                                           std::to_string(row->size()));
      }
      ListEntry entry;
      entry.id = field(*row, 0);
      if (!is_number(entry.id)) fail(files.sdn, reader.line(), "ent_num " + text::quoted(entry.id) + " is not a number");
      const std::string name = field(*row, 1);
      if (name.empty()) fail(files.sdn, reader.line(), "SDN_Name is empty");
      const std::string type = field(*row, 2);
      entry.kind = type == "individual" ? matching::EntityKind::person
                   : type.empty()       ? matching::EntityKind::organisation
                                        : matching::EntityKind::other;
      add_name(entry, name, "primary");
      // Several programs read "SDGT] [SDT".
      std::string programs = field(*row, 3);
      for (std::size_t cut; (cut = programs.find("] [")) != std::string::npos;) {
        add_unique(entry.details["program"], programs.substr(0, cut));
        programs.erase(0, cut + 3);
      }
      add_unique(entry.details["program"], programs);
      add_unique(entry.details["title"], field(*row, 4));
      if (!field(*row, 9).empty()) add_country(entry.countries, field(*row, 9));
      entry.remarks = field(*row, 11);
      // The cut may fall after a space: the field is joined to its continuation untrimmed.
      if (const auto more = comments.find(entry.id); more != comments.end()) entry.remarks = trim((*row)[11] + more->second);
      parse_remarks(entry, entry.remarks);
      std::erase_if(entry.details, [](const auto& item) { return item.second.empty(); });
      if (by_id.contains(entry.id)) fail(files.sdn, reader.line(), "ent_num " + entry.id + " appears twice");
      by_id[entry.id] = result.entries.size();
      result.entries.push_back(std::move(entry));
    }
  }
  if (!files.alt.empty()) {
    result.files.push_back(files.alt);
    std::ifstream in = open(files.alt);
    CsvReader reader(in, files.alt);
    while (auto row = reader.next()) {
      if (row->size() != 5) {
        fail(files.alt, reader.line(), "expected 5 fields (ent_num, alt_num, alt_type, alt_name, remarks), found " +
                                           std::to_string(row->size()));
      }
      const std::string id = field(*row, 0);
      if (!is_number(id)) fail(files.alt, reader.line(), "ent_num " + text::quoted(id) + " is not a number");
      const auto it = by_id.find(id);
      if (it == by_id.end()) continue;  // an alias of an entry no longer listed
      const std::string type = field(*row, 2);
      add_name(result.entries[it->second], field(*row, 3), type.empty() ? "aka" : type);
    }
  }
  if (!files.add.empty()) {
    result.files.push_back(files.add);
    std::ifstream in = open(files.add);
    CsvReader reader(in, files.add);
    while (auto row = reader.next()) {
      if (row->size() != 6) {
        fail(files.add, reader.line(),
             "expected 6 fields (ent_num, add_num, address, city, country, remarks), found " + std::to_string(row->size()));
      }
      const std::string id = field(*row, 0);
      if (!is_number(id)) fail(files.add, reader.line(), "ent_num " + text::quoted(id) + " is not a number");
      const auto it = by_id.find(id);
      if (it == by_id.end()) continue;
      add_country(result.entries[it->second].countries, field(*row, 4));
    }
  }
  if (!files.comments.empty()) result.files.push_back(files.comments);
  result.published = file_date(files.sdn);
  return result;
}

}  // namespace bibob::lists
