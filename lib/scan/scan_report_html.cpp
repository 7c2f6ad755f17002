#include "scan/scan_report_html.hpp"
#include "scan/reason_text.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "scan/svg_chart.hpp"
#include "util/text.hpp"

namespace bibob::scan {
namespace {

constexpr std::size_t k_area_rows = 30;
constexpr std::size_t k_sector_rows = 15;

// Okabe-Ito: told apart by people with colour-vision deficiency too.
constexpr const char* k_colours[k_indicator_count] = {"#E69F00", "#56B4E9", "#009E73", "#D55E00",
                                                      "#0072B2", "#CC79A7", "#999933"};

// Column heads of the count tables, short enough for ten columns on a page.
constexpr const char* k_short_titles[k_indicator_count] = {"adres",       "jong, risico", "bestuurders", "lijst",
                                                           "insolventie", "signalen",     "weigering"};

const char* k_style =
    R"(body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em auto;max-width:60em;color:#222;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
.classification{font-weight:bold;color:#a00;text-transform:uppercase;font-size:.85em}
.notice{background:#fff7e0;border-left:4px solid #E69F00;padding:.5em 1em}
table{border-collapse:collapse;width:100%;font-size:.85em}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}.soft{font-style:italic}
.tag{display:inline-block;font-size:.8em;padding:0 .4em;border-radius:.3em;color:#fff;margin-right:.3em}
.unverified{color:#a00}ul.reasons{margin:0;padding-left:1.1em}svg.chart{max-width:100%;height:auto})";

std::vector<ChartSeries> series() {
  std::vector<ChartSeries> out;
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    out.push_back({std::string(k_indicator_names[i]), std::string(k_indicator_titles[i]), k_colours[i]});
  }
  return out;
}

std::vector<ChartRow> chart_rows(const std::vector<GroupCounts>& groups, const std::string& prefix) {
  std::vector<ChartRow> rows;
  for (const auto& group : groups) {
    rows.push_back({group.key == "overig" ? group.key : prefix + group.key,
                    std::vector<long>(group.triggered.begin(), group.triggered.end())});
  }
  return rows;
}

void counts_table(std::ostringstream& html, const std::vector<GroupCounts>& groups, const std::string& what,
                  const std::string& id) {
  html << "<table id=\"" << id << "\"><thead><tr><th>" << what << "</th><th>vestigingen</th><th>gemarkeerd</th>";
  for (const char* label : k_short_titles) html << "<th>" << label << "</th>";
  html << "</tr></thead><tbody>";
  for (const auto& group : groups) {
    html << "<tr><td>" << text::xml_escape(group.key) << "</td><td class=\"n\">" << group.establishments
         << "</td><td class=\"n\">" << group.flagged << "</td>";
    for (long count : group.triggered) html << "<td class=\"n\">" << count << "</td>";
    html << "</tr>";
  }
  html << "</tbody></table>";
}

}  // namespace

std::vector<GroupCounts> chart_groups(const std::vector<GroupCounts>& groups, std::size_t rows) {
  if (groups.size() <= rows) return groups;
  std::vector<const GroupCounts*> order;
  for (const auto& group : groups) order.push_back(&group);
  std::stable_sort(order.begin(), order.end(), [](const GroupCounts* a, const GroupCounts* b) {
    return a->indicator_total() > b->indicator_total();
  });
  std::vector<const GroupCounts*> kept(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(rows - 1));
  std::sort(kept.begin(), kept.end(), [](const GroupCounts* a, const GroupCounts* b) { return a->key < b->key; });
  std::vector<GroupCounts> out;
  for (const auto* group : kept) out.push_back(*group);
  GroupCounts rest;
  rest.key = "overig";
  for (auto it = order.begin() + static_cast<std::ptrdiff_t>(rows - 1); it != order.end(); ++it) {
    rest.establishments += (*it)->establishments;
    rest.flagged += (*it)->flagged;
    for (std::size_t i = 0; i < k_indicator_count; ++i) rest.triggered[i] += (*it)->triggered[i];
  }
  out.push_back(rest);
  return out;
}

std::string scan_report_html(const ScanReport& report) {
  std::ostringstream html;
  const std::string area =
      report.area.everything() ? "alle postcodegebieden" : "postcodegebieden " + report.area.describe();
  html << "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head><meta charset=\"utf-8\"/>"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
       << "<title>Gebiedsscan " << text::xml_escape(report.scanned_on.iso()) << "</title><style>" << k_style
       << "</style></head><body>";
  html << "<p class=\"classification\">Vertrouwelijk, art. 28 Wet Bibob</p>";
  html << "<h1>Gebiedsscan</h1><p id=\"scope\">" << text::xml_escape(report.file) << ", gescand op "
       << text::xml_escape(report.scanned_on.dutch()) << ", " << text::xml_escape(area) << ".</p>";
  html << "<p class=\"notice\">De score ordent alleen de lijst voor beoordeling door een persoon; hij is geen "
          "bevinding en geen besluit. Signalen zijn zachte informatie, geen vastgestelde feiten. Een indicator die "
          "niet kon worden geverifieerd staat als zodanig vermeld en telt nooit als schoon.</p>";

  html << "<section id=\"summary\"><h2>Samenvatting</h2><p>" << report.lines << " vestigingen gelezen, "
       << report.scored << " gescoord (" << report.deregistered << " uitgeschreven, " << report.outside_area
       << " buiten het gebied); <strong id=\"flagged\">" << report.flagged
       << "</strong> met ten minste één indicator.</p>";
  html << "<table id=\"indicators\"><thead><tr><th>indicator</th><th>vestigingen</th><th>niet geverifieerd</th>"
          "<th>gewicht</th></tr></thead><tbody>";
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    html << "<tr data-indicator=\"" << k_indicator_names[i]
         << "\"><td><span class=\"tag\" style=\"background:" << k_colours[i] << "\">&#160;</span>"
         << text::xml_escape(std::string(k_indicator_titles[i])) << "</td><td class=\"n\">" << report.triggered[i]
         << "</td><td class=\"n\">" << report.not_verified[i] << "</td><td class=\"n\">"
         << score_text(report.settings.weights[i]) << "</td></tr>";
  }
  html << "</tbody></table></section>";

  html << "<section id=\"sources\"><h2>Bronnen</h2><table><tbody>";
  for (const auto& source : report.sources) {
    html << "<tr data-source=\"" << text::xml_escape(source.name) << "\" data-state=\"" << text::xml_escape(source.state)
         << "\"><th>" << text::xml_escape(source.name) << "</th><td"
         << (source.state == "not_verified" ? " class=\"unverified\"" : "") << ">" << text::xml_escape(source.detail)
         << "</td></tr>";
  }
  html << "</tbody></table></section>";

  html << "<section id=\"by-area\"><h2>Indicatoren per postcodegebied</h2>"
       << stacked_bar_chart("chart-areas", "Indicatoren per postcodegebied", series(),
                            chart_rows(chart_groups(report.areas, k_area_rows), ""));
  counts_table(html, report.areas, "postcodegebied", "table-areas");
  html << "</section>";
  html << "<section id=\"by-sector\"><h2>Indicatoren per branche (SBI-afdeling)</h2>"
       << stacked_bar_chart("chart-sectors", "Indicatoren per branche (SBI-afdeling)", series(),
                            chart_rows(chart_groups(report.sectors, k_sector_rows), "SBI "));
  counts_table(html, report.sectors, "SBI-afdeling", "table-sectors");
  html << "</section>";

  html << "<section id=\"top\"><h2>Hoogste scores</h2>";
  if (report.top.empty()) {
    html << "<p>Geen vestiging gemarkeerd.</p>";
  } else {
    html << "<table id=\"top-table\"><thead><tr><th>#</th><th>score</th><th>vestiging</th><th>redenen</th></tr></thead>"
            "<tbody>";
    int rank = 0;
    for (const auto& r : report.top) {
      html << "<tr data-kvk=\"" << r.kvk << "\"><td class=\"n\">" << ++rank << "</td><td class=\"n\">"
           << score_text(r.score) << "</td><td><strong>" << text::xml_escape(r.name) << "</strong><br/>KvK " << r.kvk
           << "<br/>" << text::xml_escape(r.address) << "<br/>SBI " << r.sbi << ", ingeschreven " << r.registered_on.iso()
           << "</td><td><ul class=\"reasons\">";
      for (const auto& reason : r.reasons) {
        const auto i = static_cast<std::size_t>(reason.indicator);
        html << "<li data-indicator=\"" << k_indicator_names[i] << "\"" << (reason.soft ? " class=\"soft\"" : "")
             << "><span class=\"tag\" style=\"background:" << k_colours[i] << "\">"
             << text::xml_escape(std::string(k_indicator_titles[i])) << "</span>" << text::xml_escape(reason.text) << "</li>";
      }
      for (const auto& name : r.unverified()) {
        html << "<li class=\"unverified\" data-not-verified=\"" << name
             << "\">niet geverifieerd: " << text::xml_escape(std::string(title_of(*indicator_named(name)))) << "</li>";
      }
      html << "</ul></td></tr>";
    }
    html << "</tbody></table>";
  }
  html << "</section><p class=\"classification\">Vertrouwelijk, art. 28 Wet Bibob</p></body></html>\n";
  return html.str();
}

}  // namespace bibob::scan
