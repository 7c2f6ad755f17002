#include <ostream>

#include <CLI/CLI.hpp>

#include "checks/check_registry.hpp"
#include "cli/command.hpp"
#include "cli/json_output.hpp"
#include "screening/screening.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

Json declaration_json(const screening::CheckDeclaration& d, const configuration::Config& config) {
  Json grounds = Json::array();
  for (auto ground : d.grounds) grounds.push_back(std::string(to_string(ground)));
  Json parameters = Json::array();
  for (const auto& p : d.parameters) {
    parameters.push_back({{"name", p.name},
                          {"type", std::string(screening::to_string(p.type))},
                          {"default", p.default_yaml},
                          {"description", p.description}});
  }
  auto configured = config.checks.find(d.name);
  return Json{{"name", d.name},
              {"description", d.description},
              {"indicator", d.indicator},
              {"theme", d.theme},
              {"grounds", grounds},
              {"registries", d.registries},
              {"decision_types", d.decision_types},
              {"enabled", configured == config.checks.end() || configured->second.enabled},
              {"weight", configured == config.checks.end() ? 1.0 : configured->second.weight},
              {"parameters", parameters}};
}

class ChecksCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_list = app.add_subcommand("list", "List every check with its theme, grounds and registries");
    m_explain = app.add_subcommand("explain", "Explain one check: indicator, grounds, parameters and defaults");
    m_explain->add_option("name", m_name, "The check")->required();
  }

  ExitCode run(Context& context) override {
    const configuration::Config& config = context.config();
    if (m_list->parsed()) {
      for (const auto& check : checks::all_checks()) {
        const auto& d = check->declaration();
        if (context.json()) {
          context.out() << declaration_json(d, config).dump() << '\n';
          continue;
        }
        std::vector<std::string> grounds;
        for (auto ground : d.grounds) grounds.emplace_back(to_string(ground));
        context.out() << d.name << "  [" << d.theme << "; grounds " << text::join(grounds, ", ") << "]\n    "
                      << d.description << '\n';
      }
      return ExitCode::ok;
    }
    const screening::Check* check = checks::find_check(m_name);
    if (check == nullptr) {
      throw UsageError("unknown check \"" + m_name + "\"" + text::did_you_mean(m_name, checks::check_names()));
    }
    const Json json = declaration_json(check->declaration(), config);
    if (context.json()) {
      context.out() << json.dump() << '\n';
      return ExitCode::ok;
    }
    const auto& d = check->declaration();
    context.out() << d.name << ": " << d.description << "\n  indicator:  " << d.indicator << "\n  theme:      "
                  << d.theme << "\n  grounds:    " << text::join(json["grounds"].get<std::vector<std::string>>(), ", ")
                  << "\n  registries: " << (d.registries.empty() ? "none (the case file)" : text::join(d.registries, ", "))
                  << "\n  applies to: "
                  << (d.decision_types.empty() ? "every decision type" : text::join(d.decision_types, ", "))
                  << "\n  enabled:    " << (json["enabled"].get<bool>() ? "yes" : "no") << ", weight "
                  << json["weight"].get<double>() << '\n';
    if (d.parameters.empty()) context.out() << "  parameters: none\n";
    for (const auto& p : d.parameters) {
      context.out() << "  parameter " << p.name << " (" << screening::to_string(p.type) << ", default " << p.default_yaml
                    << ")\n    " << p.description << '\n';
    }
    return ExitCode::ok;
  }

 private:
  CLI::App* m_list = nullptr;
  CLI::App* m_explain = nullptr;
  std::string m_name;
};

}  // namespace

std::unique_ptr<Command> make_checks_command() { return std::make_unique<ChecksCommand>(); }

}  // namespace bibob::cli
