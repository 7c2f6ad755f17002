#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "util/embedded_files.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

class HelpCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("command", m_command,
                   "The subcommand to explain (default: all of bibob), or case-file for the case-file format");
  }

  ExitCode run(Context& context) override {
    const CLI::App& root = context.root();
    // The case-file format, the reference an officer fills a case file by.
    if (m_command == "case-file") {
      context.out() << embedded::file("docs/case-file.md");
      return ExitCode::ok;
    }
    if (m_command.empty()) {
      context.out() << root.help();
      return ExitCode::ok;
    }
    std::vector<std::string> names;
    for (const auto* sub : root.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_name() == m_command) {
        context.out() << sub->help();
        return ExitCode::ok;
      }
      names.push_back(sub->get_name());
    }
    names.emplace_back("case-file");
    throw UsageError("unknown command \"" + m_command + "\"" + text::did_you_mean(m_command, names));
  }

 private:
  std::string m_command;
};

}  // namespace

std::unique_ptr<Command> make_help_command() { return std::make_unique<HelpCommand>(); }

}  // namespace bibob::cli
