#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>

#include "lists/content_hash.hpp"
#include "lists/csv_reader.hpp"
#include "lists/import_support.hpp"
#include "util/sha256.hpp"
#include "lists/importers.hpp"
#include "lists/ods_reader.hpp"
#include "matching/normalise.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::lists {
namespace {

enum Column { surname, first_names, alias, date_of_birth, place_of_birth, decision_date, column_count };

// Column titles as the NCTV publishes them, and in English.
std::optional<Column> column_of(const std::string& title) {
  const std::string t = matching::normalise(title);
  if (t == "achternaam" || t == "surname" || t == "last name" || t == "naam") return surname;
  if (t == "voornamen" || t == "voornaam" || t == "first names" || t == "first name" || t == "given names") return first_names;
  if (t == "alias" || t == "aliassen" || t == "aliases") return alias;
  if (t == "geboortedatum" || t == "date of birth") return date_of_birth;
  if (t == "geboorteplaats" || t == "place of birth") return place_of_birth;
  if (t.starts_with("datum") || t == "date of decision" || t == "date of ministerial decision") return decision_date;
  return std::nullopt;
}

std::vector<SheetRow> read_csv_rows(const std::string& file) {
  std::ifstream in = input_file::open(file, "list file");
  std::string first_line;
  input_file::read_line(in, first_line, CsvReader::k_max_field_bytes);  // the header, to tell the delimiter
  const char delimiter =
      std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',') ? ';' : ',';
  in.clear();
  in.seekg(0);
  CsvReader reader(in, file, delimiter);
  std::vector<SheetRow> rows;
  while (auto row = reader.next()) rows.push_back({reader.line(), *row});
  return rows;
}

std::vector<std::string> split_aliases(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ';' || c == '\n' || c == '/') {
      if (!trim(current).empty()) out.push_back(trim(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!trim(current).empty()) out.push_back(trim(current));
  return out;
}

}  // namespace

// The Nationale terrorismelijst: one row per person (or organisation), with surname, first
// names, alias, date and place of birth and the date of the minister's decision. It has no
// ids; an entry's id is a hash of its surname, first names and date of birth, stable
// across publications.
ListImport import_nl(const std::vector<std::string>& paths) {
  if (paths.size() != 1) throw UsageError("an NL import takes one file, the list as CSV or ODS");
  const std::string& file = paths.front();
  ListImport result;
  result.files = paths;
  const bool ods = std::filesystem::path(file).extension() == ".ods";
  const std::vector<SheetRow> rows = ods ? read_ods(file) : read_csv_rows(file);
  const std::string unit = ods ? "row " : "";
  auto where = [&](int number) { return file + ":" + unit + std::to_string(number); };
  std::size_t start = 0;
  std::array<std::optional<std::size_t>, column_count> index{};
  for (; start < rows.size(); ++start) {
    index = {};
    for (std::size_t c = 0; c < rows[start].cells.size(); ++c) {
      if (const auto column = column_of(rows[start].cells[c])) index[*column] = c;
    }
    if (index[surname]) break;
  }
  if (start == rows.size()) {
    throw InputError(file + ": no header row with the columns surname (achternaam), first names (voornamen), alias, "
                            "date of birth (geboortedatum), place of birth (geboorteplaats), date of decision");
  }
  auto cell = [&](const SheetRow& row, Column column) -> std::string {
    return index[column] && *index[column] < row.cells.size() ? trim(row.cells[*index[column]]) : "";
  };
  for (std::size_t r = start + 1; r < rows.size(); ++r) {
    const SheetRow& row = rows[r];
    ListEntry entry;
    const std::string last = cell(row, surname);
    const std::string first = cell(row, first_names);
    if (last.empty() && first.empty()) {
      throw InputError(where(row.number) + ": surname and first names are both empty");
    }
    const std::string born = cell(row, date_of_birth);
    std::optional<matching::PartialDate> birth;
    if (!born.empty()) {
      birth = parse_list_date(born);
      if (!birth) throw InputError(where(row.number) + ": date of birth " + born + " is not a date (DD-MM-YYYY)");
      entry.dates_of_birth.push_back(birth->text());
    }
    entry.kind = first.empty() && !birth ? matching::EntityKind::organisation : matching::EntityKind::person;
    add_name(entry, first.empty() ? last : first + " " + last, "primary");
    for (const auto& other : split_aliases(cell(row, alias))) add_name(entry, other, "aka");
    add_unique(entry.details["place_of_birth"], cell(row, place_of_birth));
    const std::string decided = cell(row, decision_date);
    if (!decided.empty()) {
      const auto date = parse_list_date(decided);
      if (!date) throw InputError(where(row.number) + ": date of decision " + decided + " is not a date (DD-MM-YYYY)");
      entry.details["decision_date"] = {date->text()};
    }
    std::erase_if(entry.details, [](const auto& item) { return item.second.empty(); });
    entry.id = sha256_hex(matching::normalise(last) + "|" + matching::normalise(first) + "|" + (birth ? birth->text() : ""))
                   .substr(0, 16);
    result.entries.push_back(std::move(entry));
  }
  // The list carries no date of its own; the file's date stands for it.
  result.published = file_date(file);
  return result;
}

}  // namespace bibob::lists
