#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>

#include "casefile/skeleton.hpp"
#include "cli/case_subcommands.hpp"
#include "cli/output_paths.hpp"
#include "cli/store_support.hpp"
#include "util/errors.hpp"
#include "util/private_files.hpp"

namespace bibob::cli {
namespace {

// `bibob case init TYPE`: a case file to start from, with the questions of the decision type.
class CaseInitCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("decision_type", m_decision_type, "The decision type, as in the configuration")->required();
    app.add_option("--out,-o", m_out, "Write the skeleton to this new file (owner-only); default: standard output");
    app.add_option("--id", m_id, "The municipality's case number (default: a placeholder to replace)");
    app.add_flag("--person", m_person, "A natural person applies, not an organisation");
    app.add_option("--received-on", m_received_on, "The day the application was received (default: today)");
  }

  ExitCode run(Context& context) override {
    casefile::SkeletonOptions options;
    options.decision_type = m_decision_type;
    options.case_id = m_id;
    options.applicant_is_person = m_person;
    options.received_on = date_option(m_received_on, "--received-on");
    const std::string skeleton = casefile::case_skeleton(context.config(), options);
    if (m_out.empty()) {
      context.out() << skeleton;
      return ExitCode::ok;
    }
    // A case file being filled in is never overwritten by a fresh skeleton.
    if (std::filesystem::exists(m_out)) throw UsageError("--out: " + m_out + " exists; choose another file");
    OutputPaths().output(m_out, "--out").check();
    private_files::write_atomically(m_out, skeleton);
    context.err() << "bibob: wrote " << m_out << "; fill it in and run 'bibob validate " << m_out << "'\n";
    return ExitCode::ok;
  }

 private:
  std::string m_decision_type, m_out, m_id, m_received_on;
  bool m_person = false;
};

}  // namespace

std::unique_ptr<Command> make_case_init_command() { return std::make_unique<CaseInitCommand>(); }

}  // namespace bibob::cli
