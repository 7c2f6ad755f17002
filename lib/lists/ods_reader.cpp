#include "lists/ods_reader.hpp"

#include <memory>

#include <pugixml.hpp>
#include <zip.h>

#include "lists/import_support.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::lists {
namespace {

// Repeated cells and rows are how ODS writes empty stretches; a sheet padded to its
// maximum size would otherwise expand to a million rows.
constexpr int k_max_repeat = 1000;

std::string content_xml(const std::string& file) {
  input_file::require_regular_file(file, "list file");
  int error = 0;
  std::unique_ptr<zip_t, decltype(&zip_close)> archive(zip_open(file.c_str(), ZIP_RDONLY, &error), zip_close);
  if (!archive) throw InputError(file + ": not an ODS spreadsheet (cannot be opened as a zip archive)");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive.get(), "content.xml", 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    throw InputError(file + ": not an ODS spreadsheet (no content.xml)");
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> entry(zip_fopen(archive.get(), "content.xml", 0), zip_fclose);
  if (!entry) throw InputError(file + ": content.xml cannot be read");
  std::string content(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_fread(entry.get(), content.data(), stat.size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) throw InputError(file + ": content.xml cannot be read");
  return content;
}

std::string cell_text(const pugi::xml_node& cell) {
  if (const auto date = cell.attribute("office:date-value")) return std::string(date.as_string()).substr(0, 10);
  std::string text;
  for (const auto& paragraph : cell.children("text:p")) {
    if (!text.empty()) text += '\n';
    for (const auto& node : paragraph.select_nodes(".//text()")) text += node.node().value();
  }
  return trim(text);
}

}  // namespace

std::vector<SheetRow> read_ods(const std::string& file) {
  const std::string content = content_xml(file);
  pugi::xml_document document;
  if (const auto result = document.load_buffer(content.data(), content.size()); !result) {
    throw InputError(file + ": content.xml is not well-formed XML: " + result.description());
  }
  const pugi::xml_node table =
      document.child("office:document-content").child("office:body").child("office:spreadsheet").child("table:table");
  if (!table) throw InputError(file + ": the spreadsheet has no sheet");
  std::vector<SheetRow> rows;
  int number = 0;
  for (const auto& row : table.select_nodes(".//table:table-row")) {
    const int repeat = std::min(k_max_repeat, std::max(1, row.node().attribute("table:number-rows-repeated").as_int(1)));
    SheetRow sheet_row;
    for (const auto& cell : row.node().children()) {
      const std::string name = cell.name();
      if (name != "table:table-cell" && name != "table:covered-table-cell") continue;
      const int columns = std::min(k_max_repeat, std::max(1, cell.attribute("table:number-columns-repeated").as_int(1)));
      const std::string text = cell_text(cell);
      for (int c = 0; c < columns; ++c) sheet_row.cells.push_back(text);
    }
    while (!sheet_row.cells.empty() && sheet_row.cells.back().empty()) sheet_row.cells.pop_back();
    for (int r = 0; r < repeat; ++r) {
      ++number;
      if (sheet_row.cells.empty()) continue;
      sheet_row.number = number;
      rows.push_back(sheet_row);
    }
  }
  return rows;
}

}  // namespace bibob::lists
