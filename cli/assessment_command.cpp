#include <algorithm>
#include <optional>
#include <ostream>

#include <CLI/CLI.hpp>

#include "checks/check_registry.hpp"
#include "cli/command.hpp"
#include "cli/json_output.hpp"
#include "screening/ground_rules.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

// The checks whose findings bear on a ground, with their configured weights.
std::vector<std::string> checks_on(Ground ground, const configuration::Config& config) {
  std::vector<std::string> names;
  for (const auto& check : checks::all_checks()) {
    const auto& d = check->declaration();
    if (std::find(d.grounds.begin(), d.grounds.end(), ground) == d.grounds.end()) continue;
    const auto configured = config.checks.find(d.name);
    if (configured != config.checks.end() && !configured->second.enabled) continue;
    names.push_back(d.name);
  }
  return names;
}

class AssessmentCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_explain = app.add_subcommand("explain", "How the proposal is reasoned on each ground, or on one");
    m_explain->add_option("ground", m_ground, "a, b, art3_lid6 or art4 (default: every ground)");
  }

  ExitCode run(Context& context) override {
    const configuration::Config& config = context.config();
    std::optional<Ground> only;
    if (!m_ground.empty()) {
      only = parse_ground(m_ground);
      if (!only) {
        throw UsageError("unknown ground \"" + m_ground + "\"" +
                         text::did_you_mean(m_ground, {"a", "b", "art3_lid6", "art4"}));
      }
    }
    for (const auto& rule : screening::ground_rules(screening::assessment_settings(config))) {
      if (only && rule.ground != *only) continue;
      std::vector<std::string> bases;
      for (Basis basis : rule.carried_by) bases.emplace_back(to_string(basis));
      const auto checks = checks_on(rule.ground, config);
      if (context.json()) {
        context.out() << Json{{"schema", "bibob-assessment-rules/1"},
                              {"ground", std::string(to_string(rule.ground))},
                              {"title", rule.title},
                              {"carried_by", bases},
                              {"steps", rule.steps},
                              {"checks", checks}}
                             .dump()
                      << '\n';
        continue;
      }
      context.out() << rule.title << "\n  carried by: " << text::join(bases, ", ") << '\n';
      for (std::size_t i = 0; i < rule.steps.size(); ++i) context.out() << "  " << (i + 1) << ". " << rule.steps[i] << '\n';
      context.out() << "  checks with findings on it: " << text::join(checks, ", ") << "\n\n";
    }
    return ExitCode::ok;
  }

 private:
  CLI::App* m_explain = nullptr;
  std::string m_ground;
};

}  // namespace

std::unique_ptr<Command> make_assessment_command() { return std::make_unique<AssessmentCommand>(); }

}  // namespace bibob::cli
