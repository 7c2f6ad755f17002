#include "scan/extract_reader.hpp"

#include <catch2/catch.hpp>

#include "scan_fixture.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

// The message a scan of this extract text stops with.
std::string scan_error(const std::string& text) {
  TempDir dir;
  const auto file = dir.write("extract.csv", text);
  scan::ScanRequest request;
  request.extract = file;
  request.today = *Date::parse("2026-11-28");
  request.settings = default_scan_settings();
  try {
    scan::run_scan(request, {}, {});
  } catch (const InputError& e) {
    std::string message = e.what();
    const std::string prefix = file.string();
    for (auto at = message.find(prefix); at != std::string::npos; at = message.find(prefix)) {
      message.replace(at, prefix.size(), "extract.csv");
    }
    return message;
  }
  return "no error";
}

}  // namespace

TEST_CASE("extract reader: every field read, postcode normalised, officers split", "[scan]") {
  TempDir dir;
  const auto file =
      dir.write("extract.csv",
                "kvk,name,legal_form,registered_on,sbi,street,number,suffix,postcode,city,officers,extra\n"
                "71200011,\"Zaan, Holding B.V.\",B.V.,2024-02-01,6420,Houtveldweg,7,A,1505tk,Zaandam,"
                "\"Ricardo Veldhuis|1979-03-14;Marco Oosterhuis|1985-07-22|2026-10-01\",x\n");
  scan::ExtractReader reader(file);
  auto line = reader.next();
  REQUIRE(line);
  REQUIRE(line->problems.empty());
  const auto& e = *line->establishment;
  CHECK(e.line == 2);
  CHECK(e.name == "Zaan, Holding B.V.");
  CHECK(e.postcode == "1505 TK");
  CHECK(e.area() == "1505");
  CHECK(e.sector() == "64");
  CHECK(e.address_key() == "1505TK 7");
  CHECK(e.address_text() == "Houtveldweg 7A, 1505 TK Zaandam");
  CHECK_FALSE(e.deregistered_on);
  REQUIRE(e.officers.size() == 2);
  CHECK(e.officers[0].name == "Ricardo Veldhuis");
  CHECK(e.officers[0].birth_date.iso() == "1979-03-14");
  CHECK_FALSE(e.officers[0].since);
  CHECK(e.officers[1].since->iso() == "2026-10-01");
  CHECK_FALSE(reader.next());
}

TEST_CASE("extract reader: a missing column names the column and the header the scan needs", "[scan]") {
  CHECK(scan_error("kvk,name,legal_form,registerd_on,sbi,street,number,postcode,city\n") ==
        "extract.csv:1: column registered_on missing (did you mean \"registerd_on\"?); the header must name "
        "kvk,name,legal_form,registered_on,sbi,street,number,postcode,city,suffix,deregistered_on,officers (the last "
        "three may be left out)");
  CHECK(scan_error("") == "extract.csv: empty; the first line must name the columns");
  CHECK(scan_error("kvk,kvk,name\n") == "extract.csv:1: column kvk is named twice");
}

TEST_CASE("extract reader: bad lines are reported with file, line and field, all of them, and nothing is scanned",
          "[scan]") {
  std::vector<Line> lines = {
      {.kvk = "7120001"},                                        // 2: seven digits
      {.kvk = "71200012", .registered_on = "2026-02-30"},        // 3: no such day
      {.kvk = "71200013", .postcode = "1506 SA"},                // 4: never issued
      {.kvk = "71200014", .sbi = "5"},                           // 5
      {.kvk = "71200015", .number = "12a"},                      // 6
      {.kvk = "71200016", .officers = "Jan Jansen|14-03-1979"},  // 7: the date itself is never shown
      {.kvk = "71200017", .officers = "Jan Jansen"},             // 8
      {.kvk = "71200018", .deregistered_on = "gisteren"},        // 9
      {.kvk = "71200019"},                                       // 10: fine
  };
  std::string text = extract(lines) + "71200020,Kort\n";  // 11: too few fields
  CHECK(scan_error(text) ==
        "extract.csv: 9 lines are not as the scan needs them; nothing was scanned or written:\n"
        "  extract.csv:2: kvk: \"7120001\" is not a KvK number of 8 digits\n"
        "  extract.csv:3: registered_on: \"2026-02-30\" is not a date YYYY-MM-DD\n"
        "  extract.csv:4: postcode: \"1506 SA\" is not a Dutch postcode 1234 AB\n"
        "  extract.csv:5: sbi: \"5\" is not an SBI code of 2 to 5 digits\n"
        "  extract.csv:6: number: \"12a\" is not a house number (digits; the addition goes in suffix)\n"
        "  extract.csv:7: officers, officer 1: the birth date is not a date YYYY-MM-DD\n"
        "  extract.csv:8: officers, officer 1: expected name|birth date[|since], found 1 part\n"
        "  extract.csv:9: deregistered_on: \"gisteren\" is not a date YYYY-MM-DD\n"
        "  extract.csv:11: 2 fields, the header has 12");
}

TEST_CASE("extract reader: more than twenty problems are counted, not all shown", "[scan]") {
  std::vector<Line> lines;
  for (int i = 0; i < 25; ++i) lines.push_back({.kvk = "123"});
  const std::string message = scan_error(extract(lines));
  CHECK(message.starts_with("extract.csv: 25 lines are not as the scan needs them;"));
  CHECK(message.ends_with("\n  ... and 5 more"));
}

TEST_CASE("extract reader: text that is not UTF-8 is refused with its line", "[scan]") {
  CHECK(scan_error(k_extract_header + "71200011,Caf\xE9,B.V.,2024-02-01,5630,Kade,1,,1506 AB,Zaandam,,\n") ==
        "extract.csv: 1 line is not as the scan needs them; nothing was scanned or written:\n"
        "  extract.csv:2: not UTF-8 text");
}

TEST_CASE("postcodes: written forms accepted, others refused", "[scan]") {
  CHECK(scan::normalise_postcode("1506CH") == "1506 CH");
  CHECK(scan::normalise_postcode(" 1506 ch ") == "1506 CH");
  CHECK_FALSE(scan::normalise_postcode("0506 CH"));
  CHECK_FALSE(scan::normalise_postcode("1506 SS"));
  CHECK_FALSE(scan::normalise_postcode("1506"));
}
