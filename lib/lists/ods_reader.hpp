#pragma once

#include <string>
#include <vector>

namespace bibob::lists {

// One row of a spreadsheet with its row number (from 1).
struct SheetRow {
  int number = 0;
  std::vector<std::string> cells;
};

// The rows of the first sheet of an OpenDocument spreadsheet (.ods, a zip holding
// content.xml). Date cells give their ISO date. Empty rows are left out. Throws InputError
// naming the file when it is no readable spreadsheet.
std::vector<SheetRow> read_ods(const std::string& file);

}  // namespace bibob::lists
