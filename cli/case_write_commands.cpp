#include <ostream>

#include <CLI/CLI.hpp>

#include "casefile/skeleton.hpp"
#include "casefile/validation.hpp"
#include "cli/case_subcommands.hpp"
#include "cli/output_paths.hpp"
#include "cli/store_support.hpp"
#include "store/case_archive.hpp"
#include "store/case_workflow.hpp"
#include "util/errors.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"
#include "yamlio/load.hpp"

namespace bibob::cli {
namespace {

constexpr std::size_t k_max_case_file_bytes = 16UL * 1024 * 1024;

class CaseNewCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_id, "The case id, e.g. BIB-2026-0042")->required();
    app.add_option("--decision-type", m_decision_type, "The decision type, as in the configuration")->required();
    app.add_option("--municipality", m_municipality, "The municipality (default: municipality.name)");
    app.add_option("--received-on", m_received_on, "The day the application was received (default: today)");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    const configuration::Config& config = context.config();
    if (config.decision_type(m_decision_type) == nullptr) {
      throw UsageError("--decision-type: \"" + m_decision_type + "\" is not a decision type of the configuration" +
                       text::did_you_mean(m_decision_type, config.decision_type_names()));
    }
    const Date received = date_option(m_received_on, "--received-on");
    store::CaseBundle bundle;
    bundle.header.id = m_id;
    bundle.header.decision_type = m_decision_type;
    bundle.header.municipality = m_municipality.empty() ? config.municipality.name : m_municipality;
    bundle.header.received_on = received;
    // The case file to fill in, as `case init` writes it: the export carries it.
    casefile::SkeletonOptions skeleton;
    skeleton.decision_type = m_decision_type;
    skeleton.case_id = m_id;
    skeleton.received_on = received;
    bundle.header.case_file = casefile::case_skeleton(config, skeleton);
    bundle.header.case_file_sha256 = sha256_hex(bundle.header.case_file);
    bundle.history.push_back({"", "intake", received, "", "opened with a case file to fill in"});
    auto register_ = open_register(context, "case new", m_reason);
    register_->create_case(bundle, "case opened in intake with a case file to fill in");
    if (!context.options().quiet) context.out() << "case " << m_id << " opened in intake\n";
    return ExitCode::ok;
  }

 private:
  std::string m_id, m_decision_type, m_municipality, m_received_on, m_reason;
};

class CaseImportCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case_file", m_file, "The case file (YAML, schema bibob-case/1)");
    app.add_option("--archive", m_archive, "Restore a case from an archive written by 'bibob case export'");
    app.add_flag("--replace", m_replace,
                 "Replace the case file of a case already under investigation (needs --reason; kept in its history)");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    if (m_file.empty() == m_archive.empty()) throw UsageError("case import takes one CASE file or --archive, not both");
    if (!m_archive.empty()) return restore(context);
    const configuration::Config& config = context.config();
    const std::string text = yamlio::read_text_file(m_file, k_max_case_file_bytes, "case file");
    const Validation validation = casefile::validate_case_text(text, m_file, config, Date::today());
    if (!validation.valid()) {
      for (const auto& d : validation.diagnostics) {
        if (d.severity == DiagnosticLevel::invalid) context.out() << format_diagnostic(d) << '\n';
      }
      throw InputError(m_file + ": the case file is invalid; nothing was registered");
    }
    auto bundle = store::bundle_from_case_file(*validation.case_file, text);
    const Date received = bundle.header.received_on.value_or(Date::today());
    bundle.history.push_back({"", "intake", received, "", "case file imported"});
    auto register_ = open_register(context, "case import", m_reason);
    const std::string& id = bundle.header.id;
    if (const auto state = register_->current_state(id)) {
      // Once the investigation has begun, the file it rests on changes only on purpose, with a reason.
      const bool investigated = *state != store::CaseState::intake && *state != store::CaseState::herstelverzuim;
      if (investigated && (!m_replace || m_reason.empty())) {
        throw InputError("case " + id + " is in state " + std::string(store::to_string(*state)) +
                         ": replacing its case file needs --replace and --reason; nothing was written");
      }
      const auto before = register_->read_case(id, "case file replaced");
      register_->replace_case_file(bundle.header, bundle.parties);
      if (investigated) {
        const std::string old_hash = before ? before->header.case_file_sha256.substr(0, 12) : std::string("?");
        register_->add_note(id, {store::current_os_user(), "",
                                 "case file replaced (sha256 " + old_hash + " -> " +
                                     bundle.header.case_file_sha256.substr(0, 12) + "): " + m_reason});
      }
      if (!context.options().quiet) context.out() << "case " << id << ": case file replaced\n";
    } else {
      register_->create_case(bundle, "case file imported (sha256 " + bundle.header.case_file_sha256.substr(0, 12) +
                                         ", " + std::to_string(bundle.parties.size()) + " parties)");
      if (!context.options().quiet) context.out() << "case " << id << " registered in intake\n";
    }
    return validation.needs_attention() ? ExitCode::attention : ExitCode::ok;
  }

 private:
  bool m_replace = false;

  ExitCode restore(Context& context) {
    const auto bundle = store::read_case_archive(m_archive);
    const std::string archive_hash = file_sha256(m_archive);
    auto register_ = open_register(context, "case import", m_reason);
    register_->create_case(bundle, "restored from archive (sha256 " + archive_hash.substr(0, 12) + ", " +
                                       std::to_string(bundle.screenings.size()) + " screenings, " +
                                       std::to_string(bundle.decisions.size()) + " decisions)");
    if (!context.options().quiet) {
      context.out() << "case " << bundle.header.id << " restored in state " << store::to_string(bundle.header.state)
                    << '\n';
    }
    return ExitCode::ok;
  }

  std::string m_file, m_archive, m_reason;
};

class CaseSetCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_id, "The case id")->required();
    app.add_option("--state", m_state, "Move the case to this state")->check(CLI::IsMember(store::case_state_names()));
    app.add_option("--decision", m_decision,
                   "Record the decision: verleend, verleend_met_voorschriften, geweigerd, ingetrokken, "
                   "buiten_behandeling");
    app.add_option("--grounds", m_grounds, "The reasons of the decision");
    app.add_option("--danger", m_danger, "The danger conclusion: geen, mindere_mate, ernstig_gevaar");
    app.add_option("--on", m_on, "The day of the change or decision (default: today)");
    app.add_option("--note", m_note, "A reviewer note (with --state: the note of the change)");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    if (!m_state.empty() && !m_decision.empty()) {
      throw UsageError("give --state or --decision, not both: record the decision once the case is in besluit");
    }
    if (m_state.empty() && m_decision.empty() && m_note.empty()) {
      throw UsageError("case set needs --state, --decision or --note");
    }
    const Date on = date_option(m_on, "--on");
    auto register_ = open_register(context, "case set", m_reason);
    std::string done;
    if (!m_state.empty()) {
      store::move_case(*register_, m_id, *store::parse_case_state(m_state), on, m_note, context.config().deadlines);
      done = "moved to " + m_state;
    } else {
      if (!m_decision.empty()) {
        store::decide_case(*register_, m_id, store::make_decision(m_decision, on, m_grounds, m_danger));
        done = "decision " + m_decision + " recorded";
        if (m_danger != "geen") done += "; the danger conclusion is to be reported to the Bibob-register";
      }
      if (!m_note.empty()) {
        if (!register_->current_state(m_id)) throw InputError("case " + m_id + " is not in the register");
        register_->add_note(m_id, {store::current_os_user(), "", m_note});
        done += std::string(done.empty() ? "" : "; ") + "note added";
      }
    }
    if (!context.options().quiet) context.out() << "case " << m_id << ": " << done << '\n';
    return ExitCode::ok;
  }

 private:
  std::string m_id, m_state, m_decision, m_grounds, m_danger = "geen", m_on, m_note, m_reason;
};

class CaseExportCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_id, "The case id")->required();
    app.add_option("--out", m_out, "The archive to write (default: CASE.zip here)");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    const std::string out = m_out.empty() ? m_id + ".zip" : m_out;
    OutputPaths().input(store::register_path(context.config()).string(), "the case register").output(out, "--out").check();
    auto register_ = open_register(context, "case export", m_reason);
    const auto bundle = register_->read_case(m_id, "read for export");
    if (!bundle) throw InputError("case " + m_id + " is not in the register; 'bibob case list' lists the cases");
    store::write_case_archive(out, *bundle, register_->audit_records(m_id), store::current_os_user());
    const std::string hash = file_sha256(out);
    register_->append_audit(m_id, "export", "archive written (sha256 " + hash.substr(0, 12) + ", " +
                                                std::to_string(bundle->screenings.size()) + " screenings)");
    if (!context.options().quiet) context.out() << "case " << m_id << " exported to " << out << " (sha256 " << hash << ")\n";
    return ExitCode::ok;
  }

 private:
  std::string m_id, m_out, m_reason;
};

}  // namespace

std::unique_ptr<Command> make_case_new_command() { return std::make_unique<CaseNewCommand>(); }
std::unique_ptr<Command> make_case_import_command() { return std::make_unique<CaseImportCommand>(); }
std::unique_ptr<Command> make_case_set_command() { return std::make_unique<CaseSetCommand>(); }
std::unique_ptr<Command> make_case_export_command() { return std::make_unique<CaseExportCommand>(); }

}  // namespace bibob::cli
