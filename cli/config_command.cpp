#include <ostream>

#include <CLI/CLI.hpp>

#include "checks/check_config.hpp"
#include "cli/command.hpp"
#include "cli/json_output.hpp"
#include "configuration/config_loader.hpp"
#include "configuration/config_keys.hpp"

namespace bibob::cli {
namespace {

class ConfigCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_check = app.add_subcommand("check", "Validate a configuration file laid over the defaults");
    m_check->add_option("file", m_file, "The file to check (default: the one in force)");
    m_show = app.add_subcommand("show", "Print the configuration in force, defaults and overrides merged");
    m_keys = app.add_subcommand("keys", "List every configuration key with its type and meaning");
  }

  ExitCode run(Context& context) override {
    if (m_check->parsed()) return check(context);
    if (m_show->parsed()) {
      const configuration::Config& config = context.config();
      YAML::Emitter emitter;
      emitter << config.merged;
      context.out() << emitter.c_str() << '\n';
      return ExitCode::ok;
    }
    for (const auto& key : configuration::config_keys()) {
      if (context.json()) {
        context.out() << Json{{"key", key.pattern}, {"type", describe(key.type)}, {"description", key.description}}
                             .dump()
                      << '\n';
      } else {
        context.out() << key.pattern << "  (" << describe(key.type) << ")\n    " << key.description << '\n';
      }
    }
    return ExitCode::ok;
  }

 private:
  ExitCode check(Context& context) {
    const std::optional<std::string> file = m_file.empty() ? context.config_file() : std::optional(m_file);
    const configuration::ConfigLoad load = configuration::load_config(file, checks::validate_check_config);
    const std::string label = file.value_or(configuration::k_builtin_config_label);
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-config-check/1"},
                            {"file", label},
                            {"valid", load.config.has_value()},
                            {"diagnostics", to_json(load.diagnostics)}}
                           .dump()
                    << '\n';
    } else {
      for (const auto& d : load.diagnostics) context.out() << format_diagnostic(d) << '\n';
      if (load.config) {
        context.out() << label << ": valid; " << load.config->decision_types.size() << " decision types, "
                      << load.config->registries.size() << " registries\n";
      } else {
        context.out() << label << ": invalid, " << load.diagnostics.size()
                      << (load.diagnostics.size() == 1 ? " error\n" : " errors\n");
      }
    }
    return load.config ? ExitCode::ok : ExitCode::invalid_input;
  }

  CLI::App* m_check = nullptr;
  CLI::App* m_show = nullptr;
  CLI::App* m_keys = nullptr;
  std::string m_file;
};

}  // namespace

std::unique_ptr<Command> make_config_command() { return std::make_unique<ConfigCommand>(); }

}  // namespace bibob::cli
