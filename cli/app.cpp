#include "cli/app.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// Whether an option of this command or of the commands above it takes a value.
bool takes_value(const CLI::App& app, const std::string& flag) {
  for (const CLI::App* level = &app; level != nullptr; level = level->get_parent()) {
    for (const CLI::Option* option : level->get_options()) {
      if (option->check_name(flag)) return option->get_items_expected_max() > 0;
    }
  }
  return false;
}

// CLI11 would only say "argument was not expected" or "a subcommand is required"; an
// officer deserves the command's name and a suggestion.
void reject_unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  const CLI::App* current = &app;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--" || arg == "-h" || arg == "--help" || arg == "--version") return;
    if (arg.starts_with("-")) {
      if (arg.find('=') == std::string::npos && takes_value(*current, arg)) ++i;  // its value is no command
      continue;
    }
    const auto names = subcommand_names(*current);
    if (names.empty()) return;  // a leaf command: the rest are its arguments
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : current->get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_name() == arg) next = sub;
    }
    if (next == nullptr) {
      std::string suggestion;
      if (auto match = text::closest_match(arg, names)) suggestion = " (did you mean \"" + path + *match + "\"?)";
      throw UsageError("unknown command \"" + path + arg + "\"" + suggestion + "; 'bibob " + path +
                       "--help' lists the commands");
    }
    path += arg + " ";
    current = next;
  }
  if (current != &app && !subcommand_names(*current).empty()) {
    throw UsageError("'" + path.substr(0, path.size() - 1) + "' needs one of: " +
                     text::join(subcommand_names(*current), ", "));
  }
}

void report_error(ExitCode code, const std::string& message, bool json, std::ostream& out, std::ostream& err) {
  err << "bibob: error: " << message << '\n';
  if (code == ExitCode::usage) err << "Run 'bibob --help' for the commands and options.\n";
  if (json) {
    nlohmann::ordered_json error = {{"schema", "bibob-error/1"},
                                    {"error", {{"exit_code", static_cast<int>(code)}, {"message", message}}}};
    out << error.dump() << '\n';
  }
}

}  // namespace

const char* exit_code_help() {
  return "Exit codes: 0 done, nothing needs attention; 1 done, something needs a person's attention;\n"
         "2 usage error; 3 invalid input (case file, config, list file); 4 done but incomplete,\n"
         "a source could not be reached; 5 internal error.";
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  GlobalOptions options;
  Context context(options, out, err);
  try {
    CLI::App app{"bibob: Bibob integrity screening for Dutch municipalities", "bibob"};
    app.set_version_flag("--version", std::string("bibob ") + BIBOB_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.footer(std::string(exit_code_help()) + "\n");
    app.add_option("-c,--config", options.config_file, "Configuration file laid over the defaults (else BIBOB_CONFIG)");
    app.add_option("--format", options.format, "Output: text for people, json for scripts")
        ->check(CLI::IsMember({"text", "json"}));
    app.add_flag("-q,--quiet", options.quiet, "Print only what needs attention");
    app.add_flag("-v,--verbose", options.verbose,
                 "Print each step to stderr; BSNs and names redacted, keys never printed");
    app.add_flag("--show-personal-data", options.show_personal_data,
                 "With --verbose: do not redact BSNs and names (they are personal data)");

    std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
    for (const auto& spec : command_table()) {
      CLI::App* sub = app.add_subcommand(std::string(spec.name), std::string(spec.summary));
      sub->footer("Example: " + std::string(spec.example) + "\n\n" + exit_code_help());
      auto command = spec.make();
      command->configure(*sub);
      commands.emplace_back(sub, std::move(command));
    }
    context.set_root(&app);

    reject_unknown_command(app, argc, argv);
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
      return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
      return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
      throw UsageError(e.what());
    }
    if (options.quiet && options.verbose) throw UsageError("--quiet and --verbose exclude each other");
    for (auto& [sub, command] : commands) {
      if (sub->parsed()) return static_cast<int>(command->run(context));
    }
    throw UsageError("no command given; 'bibob --help' lists the commands");
  } catch (const Error& e) {
    report_error(e.code(), e.what(), context.json(), out, context.err());
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    report_error(ExitCode::internal, std::string("internal error: ") + e.what(), context.json(), out, context.err());
    return static_cast<int>(ExitCode::internal);
  }
}

}  // namespace bibob::cli
