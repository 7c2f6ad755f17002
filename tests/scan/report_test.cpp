#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "scan/scan_output.hpp"
#include "scan/scan_report_html.hpp"
#include "scan/svg_chart.hpp"
#include "scan_fixture.hpp"
#include "screening/screening_fixture.hpp"

using namespace bibob;
using namespace bibob::testing;


namespace {

// A small area: a cluster of five in 1505, a young cafe in 1506, a list hit in 1506, and two
// unremarkable ones.
ScanRun small_area(int top = 20) {
  const FixedListScreener lists({{"Lijst Bedrijf", benali_hit()}});
  auto settings = default_scan_settings();
  settings.top = top;
  std::vector<Line> lines;
  for (int i = 1; i <= 5; ++i) {
    lines.push_back(
        {.kvk = "7100000" + std::to_string(i), .sbi = "6420", .street = "Kade", .number = "9", .postcode = "1505 AA"});
  }
  lines.push_back(
      {.kvk = "71000006", .name = "Cafe <De Ster> & Co", .registered_on = "2026-10-01", .sbi = "5630", .number = "6"});
  lines.push_back({.kvk = "71000007", .name = "Lijst Bedrijf", .sbi = "5630", .number = "7"});
  lines.push_back({.kvk = "71000008", .sbi = "6201", .number = "8"});
  lines.push_back({.kvk = "71000009", .sbi = "6201", .number = "9", .postcode = "1509 XY"});
  return scan_lines(lines, {&lists, nullptr, nullptr, nullptr}, settings);
}

// data-row -> data-series -> data-value of the bars of one chart.
std::map<std::string, std::map<std::string, long>> bars(const pugi::xml_document& html, const std::string& chart) {
  std::map<std::string, std::map<std::string, long>> out;
  const auto svg = html.select_node(("//*[local-name()='svg'][@id='" + chart + "']").c_str()).node();
  REQUIRE(svg);
  for (const auto& rect : svg.select_nodes(".//*[local-name()='rect'][@class='bar']")) {
    out[rect.node().attribute("data-row").value()][rect.node().attribute("data-series").value()] =
        rect.node().attribute("data-value").as_llong();
  }
  return out;
}

}  // namespace

TEST_CASE("HTML report: well-formed, offline, charts carrying the counts per area and sector", "[scan]") {
  const auto run = small_area();
  const std::string page = scan::scan_report_html(run.report);
  pugi::xml_document html;
  const auto parsed = html.load_string(page.c_str());
  INFO(parsed.description());
  REQUIRE(parsed);
  // Nothing from outside: no scripts, links, images or addresses to fetch.
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("href=") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(html.select_node("//*[local-name()='style']"));
  CHECK(std::string(html.select_node("//*[@id='flagged']").node().text().as_string()) == "7");

  const auto areas = bars(html, "chart-areas");
  REQUIRE(run.report.areas.size() == 3);
  for (const auto& group : run.report.areas) {
    for (std::size_t i = 0; i < k_indicator_count; ++i) {
      const std::string series(k_indicator_names[i]);
      const auto row = areas.find(group.key);
      const long drawn = row == areas.end() || row->second.count(series) == 0 ? 0 : row->second.at(series);
      INFO(group.key << " " << series);
      CHECK(drawn == group.triggered[i]);
    }
  }
  CHECK(areas.at("1505").at("address_cluster") == 5);
  CHECK(areas.at("1506").at("young_risk_sector") == 1);
  CHECK(areas.at("1506").at("list_hit") == 1);
  CHECK(areas.count("1509") == 0);  // an area without indicators has no bars, only its label
  CHECK(html.select_node("//*[local-name()='svg'][@id='chart-areas']//*[local-name()='g'][@data-row='1509']"));
  const auto total_1505 = html.select_node(
      "//*[local-name()='svg'][@id='chart-areas']//*[local-name()='text'][@class='total'][@data-row='1505']");
  CHECK(std::string(total_1505.node().text().as_string()) == "5");

  const auto sectors = bars(html, "chart-sectors");
  CHECK(sectors.at("SBI 64").at("address_cluster") == 5);
  CHECK(sectors.at("SBI 56").at("young_risk_sector") == 1);
  CHECK(sectors.at("SBI 56").at("list_hit") == 1);

  // The ranking: the list hit first, its reasons named with their indicators.
  const auto rows = html.select_nodes("//*[@id='top-table']//*[local-name()='tr'][@data-kvk]");
  REQUIRE(rows.size() == 7);
  CHECK(std::string(rows.first().node().attribute("data-kvk").value()) == "71000007");
  CHECK(html.select_node("//*[@id='top-table']//*[local-name()='li'][@data-indicator='list_hit']"));
  CHECK(page.find("Cafe &lt;De Ster&gt; &amp; Co") != std::string::npos);
  CHECK(html.select_node("//*[@data-source='insolvency'][@data-state='not_verified']"));
}

TEST_CASE("charts: more groups than rows are summed into overig", "[scan]") {
  std::vector<scan::GroupCounts> groups;
  for (int i = 0; i < 5; ++i) {
    scan::GroupCounts group;
    group.key = std::to_string(1500 + i);
    group.establishments = 10;
    group.triggered[0] = i;
    groups.push_back(group);
  }
  const auto rows = scan::chart_groups(groups, 3);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].key == "1503");
  CHECK(rows[1].key == "1504");
  CHECK(rows[2].key == "overig");
  CHECK(rows[2].triggered[0] == 0 + 1 + 2);
  CHECK(rows[2].establishments == 30);
}

TEST_CASE("SVG chart: a segment per value, escaped labels, a scale that covers the largest bar", "[scan]") {
  const std::string svg = scan::stacked_bar_chart("c", "t", {{"a", "A & B", "#000000"}, {"b", "B", "#ffffff"}},
                                                  {{"<x>", {3, 4}}, {"y", {0, 12}}});
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  CHECK(doc.select_nodes("//rect[@class='bar']").size() == 3);
  CHECK(doc.select_node("//rect[@data-row='<x>'][@data-series='b']").node().attribute("data-value").as_int() == 4);
  CHECK(std::string(doc.select_node("//text[@class='total'][@data-row='y']").node().text().as_string()) == "12");
  CHECK(svg.find(">15</text>") != std::string::npos);  // ticks of 5 up to 15
}

TEST_CASE("JSON output: bibob-scan/1 with the flagged establishments, summary, counts, ranking and sources", "[scan]") {
  const auto run = small_area(3);
  std::ostringstream out;
  scan::ScanJsonWriter writer(out, "extract.csv", *Date::parse("2026-11-28"), scan::AreaFilter::parse("1505-1506"));
  for (const auto& result : run.all) writer.establishment(result);
  writer.finish(run.report);
  const std::string text = out.str();
  CHECK(std::count(text.begin(), text.end(), '\n') == 1);  // one line
  const auto json = nlohmann::json::parse(text);
  CHECK(json["schema"] == "bibob-scan/1");
  CHECK(json["scanned_on"] == "2026-11-28");
  CHECK(json["area"] == nlohmann::json::parse(R"([{"from":1505,"to":1506}])"));
  CHECK(json["establishments"].size() == 7);  // the flagged ones, in the order of the extract
  CHECK(json["establishments"][0]["kvk"] == "71000001");
  CHECK(json["summary"]["scored"] == 9);
  CHECK(json["summary"]["flagged"] == 7);
  CHECK(json["summary"]["indicators"]["address_cluster"] == 5);
  CHECK(json["summary"]["not_verified"]["insolvency"] == 9);
  CHECK(json["areas"][0] == nlohmann::json::parse(
                                R"({"area":"1505","establishments":5,"flagged":5,"indicators":{"address_cluster":5,
                                "young_risk_sector":0,"officer_churn":0,"list_hit":0,"insolvency":0,"signals":0,
                                "earlier_refusal":0}})"));
  REQUIRE(json["top"].size() == 3);
  const auto& first = json["top"][0];
  CHECK(first["rank"] == 1);
  CHECK(first["kvk"] == "71000007");
  CHECK(first["score"] == 5.0);
  CHECK(first["indicators"] == nlohmann::json::array({"list_hit"}));
  CHECK(first["not_verified"] == nlohmann::json::array({"insolvency"}));
  CHECK(first["address"]["postcode"] == "1506 AB");
  CHECK(first["reasons"][0]["indicator"] == "list_hit");
  CHECK(first["reasons"][0]["soft"] == false);
  CHECK(json["sources"][1] == nlohmann::json::parse(R"({"source":"insolvency","state":"not_verified",
        "detail":"Niet geverifieerd: het insolventieregister is niet geraadpleegd"})"));
  CHECK(json["settings"]["weights"]["list_hit"] == 5.0);
  CHECK(json["exit_code"] == 4);
}

TEST_CASE("CSV output: every scored establishment, a 0/1 column per indicator, formulas neutralised", "[scan]") {
  const auto run = small_area();
  std::ostringstream out;
  scan::ScanCsvWriter writer(out);
  for (const auto& result : run.all) writer.establishment(result);
  std::istringstream lines(out.str());
  std::string header;
  std::getline(lines, header);
  CHECK(header ==
        "line,kvk,name,legal_form,sbi,area,street,number,suffix,postcode,city,registered_on,score,address_cluster,"
        "young_risk_sector,officer_churn,list_hit,insolvency,signals,earlier_refusal,not_verified,reasons");
  std::string first;
  std::getline(lines, first);
  CHECK(first ==
        "2,71000001,Bedrijf,B.V.,6420,1505,Kade,9,,1505 AA,Zaandam,2010-01-01,2.00,1,0,0,0,0,0,0,insolvency,"
        "\"address_cluster: 5 vestigingen op Kade 9, 1505 AA Zaandam (adrescluster vanaf 5).\"");
  const std::string csv = out.str();
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 10);
  CHECK(scan::csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(scan::csv_field("-12") == "'-12");
  // A carriage return, spaces or a full-width sign before the formula do not hide it.
  CHECK(scan::csv_field("\r=1+1") == "\"'\r=1+1\"");
  CHECK(scan::csv_field("  @SUM(A1)") == "'  @SUM(A1)");
  CHECK(scan::csv_field("\t+1") == "'\t+1");
  CHECK(scan::csv_field("\xEF\xBC\x9D" "1+1") == "'\xEF\xBC\x9D" "1+1");  // ＝
  CHECK(scan::csv_field("\xE2\x88\x92" "5") == "'\xE2\x88\x92" "5");     // − minus sign
  CHECK(scan::csv_field("Cafe = Bar") == "Cafe = Bar");
  CHECK(scan::csv_field("a,b") == "\"a,b\"");
}
