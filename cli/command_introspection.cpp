#include "cli/command_introspection.hpp"

#include <CLI/CLI.hpp>

namespace bibob::cli {

std::vector<OptionDescription> describe_options(const CLI::App& app) {
  std::vector<OptionDescription> out;
  for (const CLI::Option* option : app.get_options()) {
    if (option == app.get_help_ptr()) continue;
    OptionDescription description;
    description.positional = option->nonpositional() == false;
    for (const auto& name : option->get_snames()) description.flags.push_back("-" + name);
    for (const auto& name : option->get_lnames()) description.flags.push_back("--" + name);
    description.names = description.positional ? option->get_name() : option->get_name(false, true);
    description.description = option->get_description();
    out.push_back(std::move(description));
  }
  return out;
}

std::vector<const CLI::App*> subcommands_of(const CLI::App& app) {
  std::vector<const CLI::App*> out;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) out.push_back(sub);
  return out;
}

}  // namespace bibob::cli
