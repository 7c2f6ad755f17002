#include "scan/scan_output.hpp"
#include "scan/reason_text.hpp"

#include <cstdio>

#include "util/text.hpp"

namespace bibob::scan {
namespace {

std::string dump(const ScanJson& json) { return json.dump(-1, ' ', false, ScanJson::error_handler_t::replace); }

double rounded(double value) { return static_cast<double>(static_cast<long long>(value * 100.0 + 0.5)) / 100.0; }

ScanJson indicator_counts(const std::array<long, k_indicator_count>& counts) {
  ScanJson json = ScanJson::object();
  for (std::size_t i = 0; i < k_indicator_count; ++i) json[std::string(k_indicator_names[i])] = counts[i];
  return json;
}

ScanJson group_json(const GroupCounts& group, const char* key_name) {
  return ScanJson{{key_name, group.key},
                  {"establishments", group.establishments},
                  {"flagged", group.flagged},
                  {"indicators", indicator_counts(group.triggered)}};
}

ScanJson settings_json(const ScanSettings& settings) {
  ScanJson weights = ScanJson::object();
  for (std::size_t i = 0; i < k_indicator_count; ++i) weights[std::string(k_indicator_names[i])] = settings.weights[i];
  const screening::IndicatorThresholds& thresholds = settings.thresholds;
  return ScanJson{{"risk_sectors", settings.risk_sectors},
                  {"young_company_months", thresholds.young_company_months},
                  {"address_cluster_min", thresholds.address_cluster_min},
                  {"officer_min_establishments", thresholds.concentration_min},
                  {"officer_change_months", thresholds.change_window_months},
                  {"signal_window_months", thresholds.signal_window_months},
                  {"signals_min", settings.signals_min},
                  {"insolvency_window_years", thresholds.insolvency_window_years},
                  {"refusal_kinds", thresholds.counted_decisions},
                  {"weights", weights},
                  {"top", settings.top}};
}

std::string with_thousands(long value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return (value < 0 ? "-" : "") + digits;
}

// Whether a spreadsheet would read the cell as a formula: it begins, after any spaces and
// control characters, with = + - @ or a form of them that spreadsheets fold to those (the
// full-width ＝＋－＠, the small ﹢﹣, the minus sign −).
bool opens_formula(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && static_cast<unsigned char>(text[at]) <= 0x20) ++at;
  const std::string_view rest = text.substr(at);
  if (rest.empty()) return false;
  if (std::string_view("=+-@").find(rest.front()) != std::string_view::npos) return true;
  for (const std::string_view look_alike : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0", "\xEF\xB9\xA2",
                                            "\xEF\xB9\xA3", "\xE2\x88\x92"}) {
    if (rest.starts_with(look_alike)) return true;
  }
  return false;
}

}  // namespace

std::string csv_field(const std::string& value) {
  std::string text = value;
  if (opens_formula(text)) text = "'" + text;
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

ScanJson establishment_json(const EstablishmentResult& result, int rank) {
  ScanJson reasons = ScanJson::array();
  for (const auto& reason : result.reasons) {
    reasons.push_back(
        {{"indicator", std::string(name_of(reason.indicator))}, {"text", reason.text}, {"soft", reason.soft}});
  }
  ScanJson json = ScanJson::object();
  if (rank > 0) json["rank"] = rank;
  json["line"] = result.line;
  json["kvk"] = result.kvk;
  json["name"] = result.name;
  json["legal_form"] = result.legal_form;
  json["sbi"] = result.sbi;
  json["sector"] = result.sector();
  json["area"] = result.area();
  json["address"] = {{"street", result.street},
                     {"number", result.number},
                     {"suffix", result.suffix},
                     {"postcode", result.postcode},
                     {"city", result.city}};
  json["registered_on"] = result.registered_on.iso();
  json["score"] = rounded(result.score);
  json["indicators"] = result.indicators();
  json["not_verified"] = result.unverified();
  json["reasons"] = reasons;
  return json;
}

ScanJsonWriter::ScanJsonWriter(std::ostream& out, const std::string& file, const Date& scanned_on,
                               const AreaFilter& area)
    : m_out(out) {
  ScanJson head = {{"schema", k_scan_schema}, {"file", file}, {"scanned_on", scanned_on.iso()}};
  ScanJson areas = ScanJson::array();
  for (const auto& [from, to] : area.ranges()) areas.push_back({{"from", from}, {"to", to}});
  head["area"] = areas;
  std::string text = dump(head);
  text.pop_back();  // the closing brace: the object goes on
  m_out << text << ",\"establishments\":[";
}

void ScanJsonWriter::establishment(const EstablishmentResult& result) {
  if (!result.flagged()) return;
  if (!m_first) m_out << ',';
  m_first = false;
  m_out << dump(establishment_json(result));
}

void ScanJsonWriter::finish(const ScanReport& report) {
  ScanJson summary = {{"establishments_read", report.lines},
                      {"deregistered", report.deregistered},
                      {"outside_area", report.outside_area},
                      {"scored", report.scored},
                      {"flagged", report.flagged},
                      {"addresses", report.addresses},
                      {"officers", report.distinct_officers},
                      {"indicators", indicator_counts(report.triggered)},
                      {"not_verified", indicator_counts(report.not_verified)}};
  ScanJson areas = ScanJson::array();
  for (const auto& group : report.areas) areas.push_back(group_json(group, "area"));
  ScanJson sectors = ScanJson::array();
  for (const auto& group : report.sectors) sectors.push_back(group_json(group, "sector"));
  ScanJson top = ScanJson::array();
  int rank = 0;
  for (const auto& result : report.top) top.push_back(establishment_json(result, ++rank));
  ScanJson sources = ScanJson::array();
  for (const auto& source : report.sources) {
    sources.push_back({{"source", source.name}, {"state", source.state}, {"detail", source.detail}});
  }
  ScanJson tail = {{"summary", summary},
                   {"areas", areas},
                   {"sectors", sectors},
                   {"top", top},
                   {"sources", sources},
                   {"settings", settings_json(report.settings)},
                   {"notice",
                    "De score ordent alleen de lijst voor beoordeling door een persoon; hij is geen "
                    "bevinding en geen besluit. Signalen zijn zachte informatie."},
                   {"exit_code", static_cast<int>(report.exit_code())}};
  std::string text = dump(tail);
  m_out << "]," << text.substr(1) << '\n';
}

ScanCsvWriter::ScanCsvWriter(std::ostream& out) : m_out(out) {
  m_out << "line,kvk,name,legal_form,sbi,area,street,number,suffix,postcode,city,registered_on,score";
  for (const auto& name : k_indicator_names) m_out << ',' << name;
  m_out << ",not_verified,reasons\n";
}

void ScanCsvWriter::establishment(const EstablishmentResult& r) {
  m_out << r.line << ',' << r.kvk << ',' << csv_field(r.name) << ',' << csv_field(r.legal_form) << ',' << r.sbi << ','
        << r.area() << ',' << csv_field(r.street) << ',' << r.number << ',' << csv_field(r.suffix) << ',' << r.postcode
        << ',' << csv_field(r.city) << ',' << r.registered_on.iso() << ',' << score_text(r.score);
  for (bool set : r.triggered) m_out << ',' << (set ? '1' : '0');
  std::vector<std::string> reasons;
  for (const auto& reason : r.reasons) reasons.push_back(std::string(name_of(reason.indicator)) + ": " + reason.text);
  m_out << ',' << csv_field(text::join(r.unverified(), " ")) << ',' << csv_field(text::join(reasons, " | ")) << '\n';
}

void print_scan(const ScanReport& report, std::ostream& out, int top) {
  out << "Area scan of " << report.file << " on " << report.scanned_on.iso()
      << (report.area.everything() ? std::string(", every postcode area")
                                   : ", postcode areas " + report.area.describe())
      << '\n';
  out << "  " << with_thousands(report.lines) << " establishments read: " << with_thousands(report.scored)
      << " scored, " << with_thousands(report.deregistered) << " deregistered, " << with_thousands(report.outside_area)
      << " outside the area\n";
  out << "  flagged: " << with_thousands(report.flagged) << " establishments with at least one indicator\n";
  out << "  indicators:\n";
  for (std::size_t i = 0; i < k_indicator_count; ++i) {
    out << "    " << k_indicator_names[i] << std::string(20 - k_indicator_names[i].size(), ' ')
        << with_thousands(report.triggered[i]);
    if (report.not_verified[i] > 0) out << "  (not verified for " << with_thousands(report.not_verified[i]) << ")";
    out << "  weight " << score_text(report.settings.weights[i]) << '\n';
  }
  out << "  sources:\n";
  for (const auto& source : report.sources) {
    out << "    " << source.name << std::string(15 - std::min<std::size_t>(14, source.name.size()), ' ') << source.state
        << ": " << source.detail << '\n';
  }
  const std::size_t shown = std::min(report.top.size(), static_cast<std::size_t>(std::max(0, top)));
  if (shown == 0) {
    out << "No establishment flagged.\n";
    return;
  }
  out << "Top " << shown
      << " (score, then KvK number). De score ordent alleen de lijst voor beoordeling door een "
         "persoon; hij is geen bevinding en geen besluit.\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& r = report.top[i];
    out << "  " << (i + 1) << ". " << score_text(r.score) << "  " << r.name << " (KvK " << r.kvk << "), " << r.address
        << ", SBI " << r.sbi << '\n';
    for (const auto& reason : r.reasons) {
      out << "       [" << name_of(reason.indicator) << "] " << reason.text << '\n';
    }
    if (const auto unverified = r.unverified(); !unverified.empty()) {
      out << "       not verified: " << text::join(unverified, ", ") << '\n';
    }
  }
}

}  // namespace bibob::scan
