#include <chrono>
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/store_support.hpp"
#include "registries/response_cache.hpp"

namespace bibob::cli {
namespace {

// Removes what has outlived its retention: cases decided more than retention.case_file_years
// ago (kept up to and including the anniversary, removed from the day after), signals observed
// more than retention.signals_years ago, the oldest audit records past retention.audit_years,
// and registry answers retrieved more than retention.registry_cache_days ago.
class PurgeCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_flag("--dry-run", m_dry_run, "Only count what would be removed");
    app.add_option("--cache-db", m_cache_db, "The registry cache (default: BIBOB_CACHE_DB, else the user's cache)");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    const configuration::RetentionSettings& retention = context.config().retention;
    const Date today = Date::today();
    const store::RetentionCutoffs cutoffs{today.plus_months(-12 * retention.case_file_years),
                                          today.plus_months(-12 * retention.signals_years),
                                          today.plus_months(-12 * retention.audit_years)};
    const Date cache_cutoff = today.plus_days(-retention.registry_cache_days);
    auto register_ = open_register(context, "purge", m_reason);
    const long answers = purge_registry_cache(cache_cutoff, *register_);
    const auto counts = register_->purge(cutoffs, m_dry_run);
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-purge/2"},
                            {"dry_run", m_dry_run},
                            {"cutoffs",
                             {{"cases_decided_before", cutoffs.cases_decided_before.iso()},
                              {"signals_observed_before", cutoffs.signals_observed_before.iso()},
                              {"audit_written_before", cutoffs.audit_written_before.iso()},
                              {"registry_answers_retrieved_before", cache_cutoff.iso()}}},
                            {"cases", counts.cases}, {"parties", counts.parties}, {"screenings", counts.screenings},
                            {"findings", counts.findings}, {"decisions", counts.decisions},
                            {"documents", counts.documents}, {"notes", counts.notes},
                            {"deadlines", counts.deadlines}, {"signals", counts.signals},
                            {"audit_records", counts.audit_records}, {"registry_answers", answers}}
                             .dump()
                    << '\n';
    } else {
      const std::string verb = m_dry_run ? "would remove " : "removed ";
      context.out() << verb << counts.describe() << "; cases decided before " << cutoffs.cases_decided_before.iso()
                    << " (retention " << retention.case_file_years << " years), signals observed before "
                    << cutoffs.signals_observed_before.iso() << " (" << retention.signals_years
                    << " years), audit records written before " << cutoffs.audit_written_before.iso() << " ("
                    << retention.audit_years << " years)\n"
                    << verb << answers << " registry answers retrieved before " << cache_cutoff.iso() << " ("
                    << retention.registry_cache_days << " days)\n";
    }
    return ExitCode::ok;
  }

 private:
  // The cache is a separate database: purged first, and the count goes into the register's
  // audit trail in a record of its own. No cache yet means nothing to remove.
  long purge_registry_cache(const Date& cutoff, store::CaseStore& register_) const {
    const std::filesystem::path path = m_cache_db.empty() ? registries::default_cache_path() : std::filesystem::path(m_cache_db);
    if (!std::filesystem::exists(path)) return 0;
    registries::ResponseCache cache(path);
    const auto before = std::chrono::sys_seconds(cutoff.days());
    const long answers = cache.remove_retrieved_before(before, m_dry_run);
    register_.append_audit("", m_dry_run ? "read" : "purge",
                           std::string(m_dry_run ? "purge dry run: would remove " : "removed ") +
                               std::to_string(answers) + " registry answers retrieved before " + cutoff.iso());
    return answers;
  }

  bool m_dry_run = false;
  std::string m_reason;
  std::string m_cache_db;
};

}  // namespace

std::unique_ptr<Command> make_purge_command() { return std::make_unique<PurgeCommand>(); }

}  // namespace bibob::cli
