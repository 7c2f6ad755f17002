#include <algorithm>
#include <filesystem>

#include <catch2/catch.hpp>

#include "lists/import_support.hpp"
#include "lists/importers.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"
#include "util/errors.hpp"

using namespace bibob::lists;
using bibob::matching::EntityKind;
using bibob::testing::shared_data;
using bibob::testing::source_path;
using bibob::testing::TempDir;

namespace {

const ListEntry& find(const ListImport& import, const std::string& id) {
  const auto it = std::find_if(import.entries.begin(), import.entries.end(), [&](const ListEntry& e) { return e.id == id; });
  REQUIRE(it != import.entries.end());
  return *it;
}

std::vector<std::string> names_of(const ListEntry& entry) {
  std::vector<std::string> out;
  for (const auto& name : entry.names) out.push_back(name.name);
  return out;
}

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}


std::string import_error(const std::string& kind, const std::vector<std::string>& paths) {
  try {
    import_list(kind, paths);
  } catch (const bibob::InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("ofac: an SDN list with aliases, addresses and remarks continued", "[lists][ofac]") {
  const ListImport import = import_list("ofac", {source_path("tests/data/lists/ofac")});
  CHECK(import.list == "ofac");
  CHECK(import.entries.size() == 4);
  CHECK(import.files.size() == 4);  // sdn, alt, add, sdn_comments
  const ListEntry& hamadi = find(import, "91001");
  CHECK(hamadi.kind == EntityKind::person);
  CHECK(hamadi.primary_name() == "AL HAMADI, Dr. Yusuf");
  CHECK(has(names_of(hamadi), "HAMADI, Youssef Ahmad"));
  CHECK(hamadi.dates_of_birth == std::vector<std::string>{"1951-06-19"});
  CHECK(hamadi.details.at("place_of_birth") == std::vector<std::string>{"Giza, Egypt"});
  CHECK(hamadi.details.at("passport") == std::vector<std::string>{"A1234567 (Egypt)", "19820215"});
  CHECK(hamadi.details.at("program") == std::vector<std::string>{"SDGT", "SDT"});
  const ListEntry& bank = find(import, "91002");
  CHECK(bank.kind == EntityKind::organisation);
  CHECK(bank.names[1].quality == "aka");
  CHECK(bank.countries == std::vector<std::string>{"CH", "ES", "JP", "PA"});
  const ListEntry& marco = find(import, "91003");
  CHECK(marco.nationalities == std::vector<std::string>{"PS"});  // "nationality Palestinian"
  CHECK(marco.dates_of_birth == std::vector<std::string>{"1969", "1963", "1964-02-11"});
  // A remark cut off in sdn.csv goes on in sdn_comments.csv, mid-word.
  const auto& linked = marco.details.at("linked_to");
  CHECK(has(linked, "PROMO RAIZ S.A.S"));
  CHECK(has(linked, "FUNDACION MAR ABIERTO"));  // a final full stop is dropped
  CHECK_FALSE(has(linked, "PROMO RAI"));
  CHECK(find(import, "91004").kind == EntityKind::other);
}

TEST_CASE("ofac: the real SDN list with aliases and addresses", "[lists][ofac][shared-data]") {
  const auto path = shared_data("sanctions/ofac");
  if (!path) return;
  const ListImport import = import_list("ofac", {*path});
  CHECK(import.list == "ofac");
  CHECK(import.entries.size() == 7379);
  CHECK(import.files.size() == 4);  // sdn, alt, add, sdn_comments
  CHECK(import.content_hash.size() == 64);
  const ListEntry& zawahiri = find(import, "2676");
  CHECK(zawahiri.kind == EntityKind::person);
  CHECK(zawahiri.primary_name() == "AL ZAWAHIRI, Dr. Ayman");
  CHECK(zawahiri.dates_of_birth == std::vector<std::string>{"1951-06-19"});
  CHECK(zawahiri.details.at("place_of_birth") == std::vector<std::string>{"Giza, Egypt"});
  CHECK(zawahiri.details.at("passport") == std::vector<std::string>{"1084010 (Egypt)", "19820215"});
  CHECK(zawahiri.details.at("program") == std::vector<std::string>{"SDGT", "SDT"});
  const ListEntry& bank = find(import, "306");
  CHECK(bank.kind == EntityKind::organisation);
  CHECK(has(names_of(bank), "NATIONAL BANK OF CUBA"));
  CHECK(bank.names[1].quality == "aka");
  CHECK(bank.countries == std::vector<std::string>{"CH", "ES", "JP", "PA"});
  CHECK(find(import, "26234").details.at("linked_to") == std::vector<std::string>{"FEDERAL NEWS AGENCY LLC"});
  CHECK(find(import, "6905").nationalities == std::vector<std::string>{"PS"});  // "nationality Palestinian"
  // Remarks cut off in sdn.csv go on in sdn_comments.csv, mid-word.
  const auto& linked = find(import, "12300").details.at("linked_to");
  CHECK(has(linked, "PROMO RAIZ S.A.S"));  // a final full stop is dropped
  CHECK(has(linked, "FUNDACION SALVA LA SELVA"));
  CHECK_FALSE(has(linked, "PROMO RAI"));
  // "DOB 1969; alt. DOB 1963; alt. DOB 11 Feb 1964"
  CHECK(find(import, "6944").dates_of_birth == std::vector<std::string>{"1969", "1963", "1964-02-11"});
  const auto vessels = std::count_if(import.entries.begin(), import.entries.end(),
                                     [](const ListEntry& e) { return e.kind == EntityKind::other; });
  CHECK(vessels == 323 + 217);  // vessels and aircraft
}

TEST_CASE("ofac: OFAC date forms", "[lists][ofac]") {
  CHECK(parse_list_date("10 Dec 1948")->text() == "1948-12-10");
  CHECK(parse_list_date("Dec 1948")->text() == "1948-12");
  CHECK(parse_list_date("circa 1948")->text() == "~1948");
  CHECK(parse_list_date("1960 to 1962")->text() == "1960/1962");
  CHECK(parse_list_date("01 Jan 1960 to 31 Dec 1962")->text() == "1960/1962");
  CHECK(parse_list_date("00/00/1975")->text() == "1975");
  CHECK(parse_list_date("22-01-1971")->text() == "1971-01-22");
  CHECK_FALSE(parse_list_date("sometime"));
}

TEST_CASE("ofac: a broken file is refused with its file and line", "[lists][ofac][broken]") {
  TempDir dir;
  const auto sdn = dir.write("sdn.csv",
                             "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
                             "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
  CHECK(import_error("ofac", {sdn.string()}) ==
        sdn.string() + ":2: expected 12 fields (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, "
                       "Tonnage, GRT, Vess_flag, Vess_owner, Remarks), found 11");
  const auto unclosed = dir.write("unclosed/sdn.csv",
                                  "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
                                  "37,\"NEVER CLOSED,-0- \n");
  CHECK(import_error("ofac", {unclosed.string()}) == unclosed.string() + ":2: a quoted field is never closed");
  const auto bad_id = dir.write("id/sdn.csv", "x36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
  CHECK(import_error("ofac", {bad_id.string()}) == bad_id.string() + ":1: ent_num \"x36\" is not a number");
}

TEST_CASE("un: a consolidated list of individuals and entities", "[lists][un]") {
  const ListImport import = import_list("un", {source_path("tests/data/lists/un/consolidated.xml")});
  CHECK(import.published == "2026-11-18");
  REQUIRE(import.entries.size() == 3);
  const ListEntry& mbeki = find(import, "7900001");
  CHECK(mbeki.kind == EntityKind::person);
  CHECK(mbeki.primary_name() == "KAREL MBEKI");
  CHECK(mbeki.nationalities == std::vector<std::string>{"CD"});
  CHECK(mbeki.dates_of_birth == std::vector<std::string>{"1971"});
  CHECK(mbeki.details.at("reference_number") == std::vector<std::string>{"CDi.901"});
  REQUIRE(mbeki.names.size() == 3);
  CHECK(mbeki.names[1].name == "KAREL MBEKE");
  CHECK(mbeki.names[1].quality == "Good");
  const ListEntry& haddad = find(import, "7900002");
  CHECK(haddad.primary_name() == "Samir Abdul Haddad");
  CHECK(haddad.dates_of_birth == std::vector<std::string>{"1966-04-12"});
  const ListEntry& front = find(import, "7900101");
  CHECK(front.kind == EntityKind::organisation);
  CHECK(has(names_of(front), "Zuidelijk Rivier Front"));
  CHECK(front.countries == std::vector<std::string>{"CD"});
}

TEST_CASE("un: the real consolidated list", "[lists][un][shared-data]") {
  const auto path = shared_data("sanctions/un/UN_consolidated.xml");
  if (!path) return;
  const ListImport import = import_list("un", {*path});
  CHECK(import.published == "2026-02-27");
  CHECK(import.entries.size() == 730 + 273);
  const ListEntry& badege = find(import, "6907993");
  CHECK(badege.kind == EntityKind::person);
  CHECK(badege.primary_name() == "ERIC BADEGE");
  CHECK(badege.nationalities == std::vector<std::string>{"CD"});
  CHECK(badege.dates_of_birth == std::vector<std::string>{"1971"});
  CHECK(badege.details.at("reference_number") == std::vector<std::string>{"CDi.001"});
  const ListEntry& kakolele = find(import, "6907994");
  REQUIRE(kakolele.names.size() == 4);
  CHECK(kakolele.names[1].name == "FRANK KAKORERE");
  CHECK(kakolele.names[1].quality == "Good");
  const ListEntry& adf = find(import, "6908402");
  CHECK(adf.kind == EntityKind::organisation);
  CHECK(has(names_of(adf), "Allied Democratic Forces"));
  CHECK(adf.countries == std::vector<std::string>{"CD"});
}

TEST_CASE("un: broken XML names the line", "[lists][un][broken]") {
  TempDir dir;
  const auto file = dir.write("un.xml",
                              "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n  <INDIVIDUALS>\n    <INDIVIDUAL>\n"
                              "      <DATAID>1</DATAID>\n    </INDIVIDUALS>\n</CONSOLIDATED_LIST>\n");
  CHECK(import_error("un", {file.string()}) == file.string() + ":6: not well-formed XML: Start-end tags mismatch");
  const auto nameless = dir.write("nameless.xml",
                                  "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\">\n<INDIVIDUALS>\n"
                                  "<INDIVIDUAL><DATAID>7</DATAID></INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n");
  CHECK(import_error("un", {nameless.string()}) == nameless.string() + ":3: INDIVIDUAL 7 has no FIRST_NAME");
}

TEST_CASE("eu: XML and CSV give the same entries", "[lists][eu]") {
  const ListImport xml = import_list("eu", {source_path("tests/data/lists/eu/sanctions.xml")});
  const ListImport csv = import_list("eu", {source_path("tests/data/lists/eu/sanctions.csv")});
  for (const ListImport* import : {&xml, &csv}) {
    CHECK(import->published == "2026-11-20");
    REQUIRE(import->entries.size() == 3);
    const ListEntry& person = find(*import, "90001");
    CHECK(person.kind == EntityKind::person);
    CHECK(person.primary_name() == "Ivan Petrovich Sidorenko");
    CHECK(has(names_of(person), "Иван Петрович Сидоренко"));
    CHECK(person.dates_of_birth == std::vector<std::string>{"1965-03-14"});
    CHECK(person.nationalities == std::vector<std::string>{"RU"});
    CHECK(find(*import, "90002").kind == EntityKind::organisation);
    CHECK(find(*import, "90003").dates_of_birth == std::vector<std::string>{"1971"});
  }
  CHECK(find(xml, "90001").names[2].quality == "weak");
}

TEST_CASE("eu: broken files", "[lists][eu][broken]") {
  TempDir dir;
  const auto csv = dir.write("eu.csv",
                             "fileGenerationDate;Entity_LogicalId;NameAlias_WholeName\n2026-01-01;1;A Name\n2026-01-01;2\n");
  CHECK(import_error("eu", {csv.string()}) == csv.string() + ":3: expected 3 fields, found 2");
  const auto header = dir.write("header.csv", "Entity_LogicalId;Name\n1;A\n");
  CHECK(import_error("eu", {header.string()}) == header.string() + ":1: the header has no column NameAlias_WholeName");
  const auto xml = dir.write("eu.xml", "<export generationDate=\"2026-01-01\">\n<sanctionEntity logicalId=\"5\">\n"
                                       "<subjectType code=\"person\"/>\n</sanctionEntity>\n</export>\n");
  CHECK(import_error("eu", {xml.string()}) == xml.string() + ":2: sanctionEntity 5 has no nameAlias with a wholeName");
}

TEST_CASE("uk: the OFSI consolidated list layout", "[lists][uk]") {
  const ListImport import = import_list("uk", {source_path("tests/data/lists/uk/ConList.csv")});
  CHECK(import.published == "2026-11-21");
  REQUIRE(import.entries.size() == 3);
  const ListEntry& karimov = find(import, "77001");
  CHECK(karimov.kind == EntityKind::person);
  CHECK(names_of(karimov) ==
        std::vector<std::string>{"Timur Rashidovich KARIMOV", "Тимур Рашидович Каримов", "Timur KARIMOFF"});
  CHECK(karimov.names[2].quality == "Good");
  CHECK(karimov.dates_of_birth == std::vector<std::string>{"1968-07-02"});
  CHECK(karimov.nationalities == std::vector<std::string>{"RU"});
  CHECK(find(import, "77002").kind == EntityKind::organisation);
  const ListEntry& bayati = find(import, "77003");
  CHECK(bayati.dates_of_birth == std::vector<std::string>{"1975"});
  CHECK(bayati.nationalities == std::vector<std::string>{"IQ", "JO"});
}

TEST_CASE("uk: broken files", "[lists][uk][broken]") {
  TempDir dir;
  const auto no_header = dir.write("uk.csv", "Last Updated,01/01/2026\nSurname,Forename\n");
  CHECK(import_error("uk", {no_header.string()}) == no_header.string() + ":2: expected the header row starting with \"Name 6\"");
  const auto short_row = dir.write("short.csv", "Name 6,Name 1,Group Type,Group ID\nDOE,John,Individual,1\nDOE,Jane\n");
  CHECK(import_error("uk", {short_row.string()}) == short_row.string() + ":3: expected 4 fields, found 2");
}

TEST_CASE("nl: CSV and ODS of the Dutch terrorism list, with stable ids", "[lists][nl]") {
  const ListImport csv = import_list("nl", {source_path("tests/data/lists/nl/terrorismelijst.csv")});
  const ListImport ods = import_list("nl", {source_path("tests/data/lists/nl/terrorismelijst.ods")});
  REQUIRE(csv.entries.size() == 3);
  REQUIRE(ods.entries.size() == 2);
  for (std::size_t i = 0; i < ods.entries.size(); ++i) {
    CHECK(ods.entries[i].id == csv.entries[i].id);  // the same person, whichever file
    CHECK(names_of(ods.entries[i]) == names_of(csv.entries[i]));
    CHECK(ods.entries[i].dates_of_birth == csv.entries[i].dates_of_birth);
  }
  const ListEntry& first = csv.entries[0];
  CHECK(first.kind == EntityKind::person);
  CHECK(names_of(first) == std::vector<std::string>{"Karim El Idrissi", "Abu Karim al-Hollandi"});
  CHECK(first.dates_of_birth == std::vector<std::string>{"1990-04-12"});
  CHECK(first.details.at("place_of_birth") == std::vector<std::string>{"Zaandam"});
  CHECK(first.details.at("decision_date") == std::vector<std::string>{"2016-09-15"});
  CHECK(first.id.size() == 16);
  CHECK(names_of(csv.entries[2]) ==
        std::vector<std::string>{"Soufiane Benali", "Abu Hamza al-Maghribi", "Soufiane B."});
}

TEST_CASE("nl: broken files", "[lists][nl][broken]") {
  TempDir dir;
  const auto csv = dir.write("nl.csv", "Achternaam;Voornamen;Alias;Geboortedatum;Geboorteplaats;Datum ministerieel besluit\n"
                                       "Jansen;Piet;;01-01-1980;Zaandam;01-01-2020\n"
                                       "Visser;Anna;;31-31-1985;Zaandam;01-01-2020\n");
  CHECK(import_error("nl", {csv.string()}) == csv.string() + ":3: date of birth 31-31-1985 is not a date (DD-MM-YYYY)");
  const auto no_header = dir.write("none.csv", "a;b\n1;2\n");
  CHECK(import_error("nl", {no_header.string()}).starts_with(no_header.string() + ": no header row"));
  const auto not_zip = dir.write("list.ods", "this is no zip archive");
  CHECK(import_error("nl", {not_zip.string()}) ==
        not_zip.string() + ": not an ODS spreadsheet (cannot be opened as a zip archive)");
}

TEST_CASE("ftm: the real OpenSanctions entities", "[lists][ftm][shared-data]") {
  const auto path = shared_data("sanctions/opensanctions/entities.ftm.json");
  if (!path) return;
  const ListImport full = import_list("ftm", {*path});
  CHECK_FALSE(full.delta);
  REQUIRE(full.entries.size() == 6);  // the address is not screened
  CHECK(find(full, "NK-2Ka3UvopqbpZmVDFjWd4LA").primary_name() == "Vitaly Yurievich KUZMENKO");
  CHECK(find(full, "NK-2GdmHtZTeNXjNVrBGEXZNj").kind == EntityKind::organisation);
}

TEST_CASE("ftm: entities and delta files", "[lists][ftm]") {
  const ListImport full = import_list("ftm", {source_path("tests/data/lists/ftm/entities.ftm.json")});
  CHECK_FALSE(full.delta);
  REQUIRE(full.entries.size() == 6);  // the address is not screened
  CHECK(find(full, "NK-synthetic-5").kind == EntityKind::other);
  const ListEntry& kuzmenko = find(full, "NK-2Ka3UvopqbpZmVDFjWd4LA");
  CHECK(kuzmenko.kind == EntityKind::person);
  CHECK(kuzmenko.primary_name() == "Vitaly Yurievich KUZMENKO");
  CHECK(has(names_of(kuzmenko), "Виталий Юрьевич КУЗЬМЕНКО"));
  CHECK(kuzmenko.dates_of_birth == std::vector<std::string>{"1971-01-22"});
  CHECK(kuzmenko.nationalities == std::vector<std::string>{"RU"});
  CHECK(find(full, "NK-2GdmHtZTeNXjNVrBGEXZNj").kind == EntityKind::organisation);

  const ListImport delta = import_list("ftm", {source_path("tests/data/lists/ftm/delta.ftm.json")});
  CHECK(delta.delta);
  CHECK(delta.entries.size() == 2);
  CHECK(delta.deleted == std::vector<std::string>{"NK-2GdmHtZTeNXjNVrBGEXZNj"});
}

TEST_CASE("ftm: broken files", "[lists][ftm][broken]") {
  TempDir dir;
  const auto json = dir.write("bad.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}\n{\"id\":\n");
  CHECK(import_error("ftm", {json.string()}).starts_with(json.string() + ":2: not valid JSON: "));
  const auto op = dir.write("op.json", "{\"op\":\"PATCH\",\"entity\":{\"id\":\"a\"}}\n");
  CHECK(import_error("ftm", {op.string()}) == op.string() + ":1: op \"PATCH\" is not ADD, MOD or DEL");
  const auto nameless = dir.write("nameless.json", "{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{}}\n");
  CHECK(import_error("ftm", {nameless.string()}) == nameless.string() + ":1: entity x has no name");
}

TEST_CASE("an unknown list kind is a usage error", "[lists]") {
  CHECK_THROWS_AS(import_list("ofca", {"x"}), bibob::UsageError);
  CHECK_THROWS_WITH(import_list("ofca", {"x"}), Catch::Contains("did you mean \"ofac\""));
}
