#include "cli/command_group.hpp"

#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace bibob::cli {

ExitCode CommandGroup::run(Context& context) {
  for (auto& [sub, command] : m_commands) {
    if (sub->parsed()) return command->run(context);
  }
  return ExitCode::usage;
}

void CommandGroup::add(CLI::App& app, const char* name, const char* summary, std::unique_ptr<Command> command,
                       const char* example) {
  CLI::App* sub = app.add_subcommand(name, summary);
  sub->footer((example != nullptr ? "Example: " + std::string(example) + "\n\n" : std::string()) + exit_code_help());
  command->configure(*sub);
  m_commands.emplace_back(sub, std::move(command));
}

}  // namespace bibob::cli
