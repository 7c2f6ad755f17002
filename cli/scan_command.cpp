#include <fstream>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/lists_support.hpp"
#include "cli/screening_session_support.hpp"
#include "cli/store_support.hpp"
#include "cli/output_paths.hpp"
#include "checks/indicator_thresholds.hpp"
#include "scan/extract_reader.hpp"
#include "scan/scan_output.hpp"
#include "scan/scan_report_html.hpp"
#include "scan/scanner.hpp"
#include "store/case_store.hpp"
#include "util/private_file_writer.hpp"
#include "util/private_files.hpp"
#include "util/text.hpp"
#include "util/input_file.hpp"

namespace bibob::cli {
namespace {

std::string columns_help() {
  std::vector<std::string> names;
  for (const auto& column : scan::extract_columns())
    names.push_back(column.required ? column.name : "[" + column.name + "]");
  return "The register extract: CSV with a header row naming the columns " + text::join(names, ",");
}

class ScanCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("extract", m_extract, columns_help())->required();
    app.add_option("--area", m_area, "Postcode areas to score: 1506,1507 or 1500-1509 (default: all)");
    app.add_option("--top", m_top, "Establishments shown in the ranking (default scan.top)")
        ->check(CLI::Range(0, 100000));
    app.add_option("--out-json", m_out_json, "Also write the scan as JSON (bibob-scan/1) to this file (owner-only)");
    app.add_option("--out-csv", m_out_csv, "Also write every scored establishment as CSV to this file (owner-only)");
    app.add_option("--out-html", m_out_html, "Also write the HTML report with its charts to this file (owner-only)");
    app.add_option("--lists-db", m_lists_db, "Sanctions list store (else BIBOB_LISTS_DB, else the default)");
    app.add_option("--snapshot", m_snapshot, "Registry snapshot folder (else BIBOB_SNAPSHOT, else the bundled one)");
    app.add_option("--cache-db", m_cache_db, "Registry cache database (else BIBOB_CACHE_DB, else ~/.cache/bibob)");
  }

  ExitCode run(Context& context) override {
    const configuration::Config& config = context.config();
    scan::ScanRequest request;
    request.extract = m_extract;
    request.area = m_area.empty() ? scan::AreaFilter() : scan::AreaFilter::parse(m_area);
    request.today = Date::today();
    request.settings = scan::scan_settings(config, checks::indicator_thresholds(config));
    if (m_top >= 0) request.settings.top = m_top;
    input_file::require_regular_file(m_extract, "register extract");
    OutputPaths()
        .input(m_extract, "the register extract")
        .databases(context, m_lists_db,
                   m_cache_db.empty() ? registries::default_cache_path() : std::filesystem::path(m_cache_db))
        .output(m_out_json, "--out-json")
        .output(m_out_csv, "--out-csv")
        .output(m_out_html, "--out-html")
        .check();

    // The sources, each read once. The registries only offline: a scan never asks them.
    registries::GatewayOptions gateway_options;
    gateway_options.mode = registries::FetchMode::offline;
    gateway_options.cache_database =
        m_cache_db.empty() ? registries::default_cache_path() : std::filesystem::path(m_cache_db);
    if (!m_snapshot.empty()) {
      if (!std::filesystem::is_directory(m_snapshot)) throw InputError(m_snapshot + ": no such snapshot folder");
      gateway_options.snapshot_folder = m_snapshot;
    } else {
      gateway_options.snapshot_folder = registries::default_snapshot_folder();
    }
    const auto session = open_screening_session(context, m_lists_db, gateway_options, "scan",
                                                "to compare with the establishments of an area scan");
    const scan::ScanSources sources{&session->lists(), &session->gateway(), session->signals(), session->decided_cases()};

    // JSON and CSV are streamed into temporary files while the scan goes; they replace their
    // targets only when the whole scan succeeded, so an error leaves nothing half-written.
    std::unique_ptr<private_files::PrivateFileWriter> json_file;
    std::unique_ptr<private_files::PrivateFileWriter> csv_file;
    if (!m_out_json.empty()) {
      json_file = std::make_unique<private_files::PrivateFileWriter>(m_out_json);
    } else if (context.json()) {
      json_file = std::make_unique<private_files::PrivateFileWriter>(private_files::cache_home() / "scan-output.json");
    }
    if (!m_out_csv.empty()) csv_file = std::make_unique<private_files::PrivateFileWriter>(m_out_csv);
    std::unique_ptr<private_files::PrivateFileWriter> html_file;
    if (!m_out_html.empty()) html_file = std::make_unique<private_files::PrivateFileWriter>(m_out_html);
    std::optional<scan::ScanJsonWriter> json;
    std::optional<scan::ScanCsvWriter> csv;
    if (json_file) json.emplace(json_file->stream(), request.extract.string(), request.today, request.area);
    if (csv_file) csv.emplace(csv_file->stream());

    const scan::ScanReport report = scan::run_scan(request, sources, [&](const scan::EstablishmentResult& result) {
      if (json) json->establishment(result);
      if (csv) csv->establishment(result);
    });
    if (json) json->finish(report);
    if (html_file) html_file->stream() << scan::scan_report_html(report);
    // Every file is written whole before any replaces its target: all of them, or none.
    std::vector<private_files::PrivateFileWriter*> outputs;
    for (auto* file : {csv_file.get(), html_file.get(), m_out_json.empty() ? nullptr : json_file.get()}) {
      if (file != nullptr) outputs.push_back(file);
    }
    private_files::commit_together(outputs);

    if (context.json()) {
      json_file->stream().flush();
      std::ifstream in(m_out_json.empty() ? json_file->temporary() : std::filesystem::path(m_out_json),
                       std::ios::binary);
      context.out() << in.rdbuf();
    } else if (!context.options().quiet) {
      scan::print_scan(report, context.out(), request.settings.top);
    }
    if (context.options().verbose) {
      context.err() << "bibob: scanned " << report.scored << " of " << report.lines << " establishments; "
                    << report.distinct_officers << " distinct officers, " << report.addresses << " addresses\n";
    }
    return report.exit_code();
  }

 private:
  std::string m_extract;
  std::string m_area;
  int m_top = -1;
  std::string m_out_json;
  std::string m_out_csv;
  std::string m_out_html;
  std::string m_lists_db;
  std::string m_snapshot;
  std::string m_cache_db;
};

}  // namespace

std::unique_ptr<Command> make_scan_command() { return std::make_unique<ScanCommand>(); }

}  // namespace bibob::cli
