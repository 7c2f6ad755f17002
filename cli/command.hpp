#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "cli/context.hpp"
#include "util/errors.hpp"

namespace CLI {
class App;
}

namespace bibob::cli {

// One subcommand: it declares its options on its CLI11 app, then runs with them parsed.
class Command {
 public:
  virtual ~Command() = default;
  virtual void configure(CLI::App& app) = 0;
  virtual ExitCode run(Context& context) = 0;
};

// A row of the command table: the single place where subcommands are listed.
struct CommandSpec {
  std::string_view name;
  std::string_view summary;
  std::string_view example;  // shown in --help, the man page and the README
  std::unique_ptr<Command> (*make)();
};

const std::vector<CommandSpec>& command_table();

// The factories the table refers to, one per file in cli/.
std::unique_ptr<Command> make_validate_command();
std::unique_ptr<Command> make_screen_command();
std::unique_ptr<Command> make_checks_command();
std::unique_ptr<Command> make_assessment_command();
std::unique_ptr<Command> make_advise_command();
std::unique_ptr<Command> make_questionnaire_command();
std::unique_ptr<Command> make_signals_command();
std::unique_ptr<Command> make_scan_command();
std::unique_ptr<Command> make_templates_command();
std::unique_ptr<Command> make_config_command();
std::unique_ptr<Command> make_registry_command();
std::unique_ptr<Command> make_help_command();
std::unique_ptr<Command> make_man_command();
std::unique_ptr<Command> make_completion_command();
std::unique_ptr<Command> make_lists_command();
std::unique_ptr<Command> make_names_command();
std::unique_ptr<Command> make_case_command();
std::unique_ptr<Command> make_audit_command();
std::unique_ptr<Command> make_purge_command();

}  // namespace bibob::cli
