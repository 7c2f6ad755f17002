#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lists/list_entry.hpp"

// Readers of the published list formats. Each reads every file completely before anything
// is stored, and throws InputError naming file and line at the first thing it cannot read,
// so that a broken file never replaces a good list.
namespace bibob::lists {

// The list kinds `bibob lists import --source` accepts.
const std::vector<std::string>& list_kinds();

// OFAC SDN legacy CSV: sdn.csv, with alt.csv (aliases) and add.csv (addresses) when given.
// A folder stands for the three files in it.
ListImport import_ofac(const std::vector<std::string>& paths);
// UN Security Council consolidated list, XML.
ListImport import_un(const std::vector<std::string>& paths);
// EU consolidated financial sanctions list: XML, or the ';'-separated CSV.
ListImport import_eu(const std::vector<std::string>& paths);
// UK (OFSI) consolidated list CSV.
ListImport import_uk(const std::vector<std::string>& paths);
// Dutch national terrorism list (Nationale terrorismelijst): CSV or ODS.
ListImport import_nl(const std::vector<std::string>& paths);
// OpenSanctions FollowTheMoney JSON lines, full or delta (ADD/MOD/DEL).
ListImport import_ftm(const std::vector<std::string>& paths);

// The importer for a kind; UsageError for an unknown kind.
ListImport import_list(std::string_view kind, const std::vector<std::string>& paths);

}  // namespace bibob::lists
