#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <ostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "casefile/validation.hpp"
#include "cli/command.hpp"
#include "cli/gateway_options.hpp"
#include "cli/output_paths.hpp"
#include "cli/personal_data.hpp"
#include "cli/screening_output.hpp"
#include "cli/screening_session_support.hpp"
#include "cli/store_support.hpp"
#include "schemas/screening_json.hpp"
#include "store/case_workflow.hpp"
#include "store/screening_integrity.hpp"
#include "util/bounded_parallel.hpp"
#include "util/private_file_writer.hpp"
#include "util/private_files.hpp"
#include "yamlio/load.hpp"

namespace bibob::cli {
namespace {

// One case of a batch: a file, or one line of a JSON-lines file.
struct CaseInput {
  std::string label;
  std::optional<std::string> text;  // none: read the file at label
};

std::vector<CaseInput> batch_inputs(const std::string& input) {
  std::vector<CaseInput> cases;
  if (std::filesystem::is_directory(input)) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(input)) {
      const auto extension = entry.path().extension();
      if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) cases.push_back({file, std::nullopt});
    return cases;
  }
  const std::string text = yamlio::read_text_file(input, 1024UL * 1024 * 1024, "case list");
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    // A JSON object is YAML too: each line is read as a case file of its own.
    cases.push_back({input + ":" + std::to_string(number), line});
  }
  return cases;
}

Validation validate_input(const CaseInput& input, const configuration::Config& config, const Date& today) {
  try {
    if (input.text) return casefile::validate_case_text(*input.text, input.label, config, today);
    return casefile::validate_case_file(input.label, config, today);
  } catch (const InputError& e) {
    Validation validation;
    validation.file = input.label;
    validation.diagnostics.push_back({bibob::DiagnosticLevel::invalid, {input.label, 0, 0}, "", e.what(), "unreadable"});
    return validation;
  }
}

class ScreenCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_case, "The case file (YAML, schema bibob-case/1)");
    app.add_option("--input", m_input, "Screen many cases: a folder of case files, or a JSON-lines file of cases");
    app.add_option("--jobs", m_jobs, "Cases screened at once with --input")->check(CLI::Range(1, 64));
    app.add_option("--out-json", m_out_json, "Also write the screening as JSON to this file (owner-only)");
    app.add_option("--out-text", m_out_text, "Also write the readable screening to this file (owner-only)");
    app.add_flag("--store", m_store, "Record the screening in the case register (registering the case if absent)");
    app.add_option("--lists-db", m_lists_db, "Sanctions list store (else BIBOB_LISTS_DB, else the default)");
    m_gateway.add_to(app);
  }

  ExitCode run(Context& context) override {
    if (m_case.empty() == m_input.empty()) throw UsageError("screen takes one CASE file or --input, not both");
    if (!m_input.empty() && m_store) throw UsageError("--store goes with one CASE, not with --input");
    if (!m_input.empty() && (!m_out_json.empty() || !m_out_text.empty())) {
      throw UsageError("--out-json and --out-text go with one CASE; with --input the output is one line per case");
    }
    const configuration::Config& config = context.config();
    const Date today = Date::today();
    const auto gateway_options = m_gateway.resolve();
    OutputPaths()
        .input(m_case, "the case file")
        .databases(context, m_lists_db, gateway_options.cache_database)
        .output(m_out_json, "--out-json")
        .output(m_out_text, "--out-text")
        .check();
    const auto session = open_screening_session(context, m_lists_db, gateway_options, "screen");
    if (!m_input.empty()) return screen_batch(context, *session, today);

    const auto screening = session->screen(validate_input({m_case, std::nullopt}, config, today), today);
    const Json object = schemas::screening_json(screening);
    if (context.options().verbose) trace_sources(context, screening);
    const std::string json = object.dump(2) + "\n";
    if (m_store && screening.validation.valid()) store_screening(context, screening, json);
    std::ostringstream text;
    print_screening(screening, text);
    // Both files are written before anything is printed: both whole, or neither.
    private_files::write_together({{m_out_json, json}, {m_out_text, text.str()}});
    context.out() << (context.json() ? json : text.str());
    return screening.exit_code();
  }

 private:
  // Every registry question the screening rests on, on stderr, and what could not be answered:
  // redacted unless asked otherwise.
  static void trace_sources(Context& context, const Screening& screening) {
    if (!screening.facts) return;
    auto say = [&](const std::string& line) {
      context.err() << "bibob: asked " << (context.options().show_personal_data ? line : redact_personal_data(line))
                    << '\n';
    };
    screening.facts->for_each_lookup([&](const std::string&, const auto& lookup) {
      for (const auto& source : lookup.provenance) {
        say(source.registry + " " + source.request + " -> HTTP " + std::to_string(source.status) + " (" +
            source.source + ")");
      }
      if (!lookup.failed()) return;
      std::string question = lookup.failure->request;
      if (question.empty() && !lookup.provenance.empty()) {
        question = lookup.provenance.back().registry + " " + lookup.provenance.back().request;
      }
      say(question + " -> not verified (" + std::string(to_string(lookup.failure->kind)) + ": " +
          lookup.failure->message + ")");
    });
  }

  // The screening and its findings in one transaction, with the case file when the case is new.
  void store_screening(Context& context, const Screening& screening, const std::string& json) const {
    const CaseFile& file = *screening.validation.case_file;
    const std::string text = yamlio::read_text_file(m_case, 16UL * 1024 * 1024, "case file");
    auto bundle = store::bundle_from_case_file(file, text);
    bundle.history.push_back({"", "intake", bundle.header.received_on.value_or(screening.screened_on), "",
                              "registered by bibob screen --store"});
    auto register_ = open_register(context, "screen --store", "");
    const auto id = register_->add_screening(file.header.id, store::screening_record(report_of(screening), json), bundle);
    if (context.options().verbose) context.err() << "bibob: screening " << id << " stored in the case register\n";
  }

  ExitCode screen_batch(Context& context, const pipeline::ScreeningSession& session, const Date& today) {
    const auto inputs = batch_inputs(m_input);
    std::vector<std::string> lines(inputs.size());
    std::vector<ExitCode> codes(inputs.size(), ExitCode::ok);
    std::atomic<std::size_t> done{0};
    std::mutex progress_mutex;
    const bool progress = !context.options().quiet && isatty(STDERR_FILENO) != 0;
    run_bounded(inputs.size(), static_cast<std::size_t>(m_jobs), [&](std::size_t i) {
      const auto screening = session.screen(validate_input(inputs[i], session.config(), today), today);
      lines[i] = context.json() ? schemas::screening_json(screening).dump() : screening_line(screening);
      codes[i] = screening.exit_code();
      const std::size_t finished = ++done;
      if (progress) {
        std::lock_guard lock(progress_mutex);
        context.err() << "\rscreened " << finished << " of " << inputs.size() << std::flush;
      }
    });
    if (progress) context.err() << '\n';
    for (const auto& line : lines) context.out() << line << '\n';
    return codes.empty() ? ExitCode::ok : *std::max_element(codes.begin(), codes.end());
  }

  std::string m_case;
  std::string m_input;
  int m_jobs = 2;
  std::string m_out_json;
  std::string m_out_text;
  std::string m_lists_db;
  bool m_store = false;
  GatewayOptions m_gateway;
};

}  // namespace

std::unique_ptr<Command> make_screen_command() { return std::make_unique<ScreenCommand>(); }

}  // namespace bibob::cli
