#pragma once

#include <memory>
#include <utility>
#include <vector>

#include "cli/command.hpp"

namespace bibob::cli {

// A command made of subcommands (case, lists, audit), each a Command of its own: the group
// adds them to its CLI11 app and runs the one that was given.
class CommandGroup : public Command {
 public:
  ExitCode run(Context& context) override;

 protected:
  // A subcommand's help ends with its own example, when given, and the exit codes; never with
  // the example of the group it belongs to.
  void add(CLI::App& app, const char* name, const char* summary, std::unique_ptr<Command> command,
           const char* example = nullptr);

 private:
  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> m_commands;
};

}  // namespace bibob::cli
