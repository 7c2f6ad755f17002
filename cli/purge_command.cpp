#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/store_support.hpp"

namespace bibob::cli {
namespace {

// Removes cases whose decision is older than retention.case_file_years: kept up to and
// including the anniversary, removed from the day after.
class PurgeCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_flag("--dry-run", m_dry_run, "Only count what would be removed");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    const int years = context.config().retention.case_file_years;
    const Date cutoff = Date::today().plus_months(-12 * years);
    auto register_ = open_register(context, "purge", m_reason);
    const auto counts = register_->purge_decided_before(cutoff, m_dry_run);
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-purge/1"}, {"dry_run", m_dry_run}, {"decided_before", cutoff.iso()},
                            {"cases", counts.cases}, {"parties", counts.parties}, {"screenings", counts.screenings},
                            {"findings", counts.findings}, {"decisions", counts.decisions},
                            {"documents", counts.documents}, {"notes", counts.notes},
                            {"deadlines", counts.deadlines}}.dump()
                    << '\n';
    } else {
      context.out() << (m_dry_run ? "would remove " : "removed ") << counts.describe() << ", decided before "
                    << cutoff.iso() << " (retention " << years << " years)\n";
    }
    return ExitCode::ok;
  }

 private:
  bool m_dry_run = false;
  std::string m_reason;
};

}  // namespace

std::unique_ptr<Command> make_purge_command() { return std::make_unique<PurgeCommand>(); }

}  // namespace bibob::cli
