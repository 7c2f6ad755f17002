#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command_group.hpp"
#include "cli/lists_subcommands.hpp"

namespace bibob::cli {
namespace {

// `bibob lists import|status|screen|review`: the sanctions and terrorism lists.
class ListsCommand final : public CommandGroup {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    app.add_option("--lists-db", m_store,
                   "The list store (else BIBOB_LISTS_DB, else lists.database, else $XDG_DATA_HOME/bibob/lists.db)");
    add(app, "import", "Import a list: --source ofac|un|eu|uk|nl|ftm and its files", make_lists_import_command(m_store));
    add(app, "status", "Show every imported list, its date and age; warn about stale lists",
        make_lists_status_command(m_store));
    add(app, "screen", "Screen a name (or --input people.csv) against the imported lists",
        make_lists_screen_command(m_store));
    add(app, "review", "Record an officer's decision on a hit: false_positive or confirmed",
        make_lists_review_command(m_store));
  }

 private:

  ListStoreOption m_store;
};

}  // namespace

std::unique_ptr<Command> make_lists_command() { return std::make_unique<ListsCommand>(); }

}  // namespace bibob::cli
