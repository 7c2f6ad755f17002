#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/case_subcommands.hpp"
#include "cli/command_group.hpp"

namespace bibob::cli {
namespace {

// `bibob case ...`: the case register and the workflow of the Bibob procedure.
class CaseCommand final : public CommandGroup {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    add(app, "init", "Write a case file to start from, with the questions of a decision type: TYPE [--out FILE]",
        make_case_init_command(),
        "bibob case init exploitatievergunning_horeca --id BIB-2026-0042 --out BIB-2026-0042.yaml");
    add(app, "new", "Open a case in intake with a case file to fill in: ID --decision-type TYPE",
        make_case_new_command(), "bibob case new BIB-2026-0900 --decision-type exploitatievergunning_horeca");
    add(app, "import", "Register a validated case file (CASE.yaml), or restore an exported --archive",
        make_case_import_command(),
        "bibob case import BIB-2026-0042.yaml --replace --reason \"KvK-nummer gecorrigeerd\"");
    add(app, "list", "List the cases in the register with their state", make_case_list_command());
    add(app, "show", "Show a case: state, parties, terms, screenings, decisions, notes", make_case_show_command());
    add(app, "status", "Show a case's state, where it may move next and its running terms",
        make_case_status_command());
    add(app, "history", "Show what happened to a case, in order", make_case_history_command());
    add(app, "set", "Move a case to another state, record a decision, or add a reviewer note",
        make_case_set_command(), "bibob case set BIB-2026-0042 --state lbb_advies --reason \"advies LBB gevraagd\"");
    add(app, "due", "List terms coming up within --within (default 14d) or passed", make_case_due_command());
    add(app, "export", "Write one archive (ZIP) of a case for the objection committee or a court",
        make_case_export_command());
  }
};

}  // namespace

std::unique_ptr<Command> make_case_command() { return std::make_unique<CaseCommand>(); }

}  // namespace bibob::cli
