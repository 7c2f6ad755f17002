#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/command_introspection.hpp"

namespace bibob::cli {
namespace {

// roff treats a leading dot or quote as a request and a backslash as an escape.
std::string roff(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

void write_options(std::ostream& out, const CLI::App& app) {
  for (const auto& option : describe_options(app)) {
    out << ".TP\n.B " << roff(option.names) << '\n' << roff(option.description) << '\n';
  }
}

void write_command(std::ostream& out, const CLI::App& sub, const std::string& prefix, const CommandSpec* spec) {
  out << ".SS " << roff(prefix + sub.get_name()) << '\n' << roff(sub.get_description()) << '\n';
  if (spec != nullptr) out << ".PP\nExample:\n.RS\n.B " << roff(std::string(spec->example)) << "\n.RE\n";
  write_options(out, sub);
  for (const CLI::App* nested : subcommands_of(sub)) write_command(out, *nested, prefix + sub.get_name() + " ", nullptr);
}

class ManCommand final : public Command {
 public:
  void configure(CLI::App&) override {}

  ExitCode run(Context& context) override {
    std::ostream& out = context.out();
    const CLI::App& root = context.root();
    out << ".TH BIBOB 1 \"\" \"bibob " << BIBOB_VERSION << "\" \"User Commands\"\n";
    out << ".SH NAME\nbibob \\- Bibob integrity screening for Dutch municipalities\n";
    out << ".SH SYNOPSIS\n.B bibob\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n";
    out << ".SH DESCRIPTION\nbibob reads a Bibob case file, checks it, screens the parties against registries "
           "and lists, proposes a sourced conclusion and writes the advice documents.\n";
    out << ".SH OPTIONS\n";
    write_options(out, root);
    out << ".SH COMMANDS\n";
    for (const CLI::App* sub : subcommands_of(root)) {
      const CommandSpec* spec = nullptr;
      for (const auto& row : command_table()) {
        if (row.name == sub->get_name()) spec = &row;
      }
      write_command(out, *sub, "", spec);
    }
    out << ".SH EXIT STATUS\n" << roff(exit_code_help()) << '\n';
    out << ".SH ENVIRONMENT\n.TP\n.B BIBOB_CONFIG\nConfiguration file laid over the defaults.\n"
           ".TP\n.B BIBOB_DB\nThe case register database.\n"
           ".TP\n.B BIBOB_TODAY\nThe date a screening is made as of (YYYY\\-MM\\-DD), to reproduce an earlier one.\n"
           ".TP\n.B BIBOB_<REGISTRY>_BASE_URL\nAddress of a registry, overriding the configuration.\n";
    out << ".SH SEE ALSO\nThe README and ARCHITECTURE.md of the bibob sources.\n";
    return ExitCode::ok;
  }
};

}  // namespace

std::unique_ptr<Command> make_man_command() { return std::make_unique<ManCommand>(); }

}  // namespace bibob::cli
