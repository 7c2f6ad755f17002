#include <cstdlib>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/lists_subcommands.hpp"
#include "cli/lists_support.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

// The decision is kept against the entry's stable id and the party's identity (name and
// date of birth), so it survives re-imports of the list and shows on every later screening.
class ListsReviewCommand final : public Command {
 public:
  explicit ListsReviewCommand(const ListStoreOption& store) : m_store(store) {}

  void configure(CLI::App& app) override {
    app.add_option("entry", m_entry, "The list entry, LIST:ID as screening shows it (e.g. ofac:36)")->required();
    app.add_option("--party-name", m_party_name, "The screened party's name, as screened")->required();
    app.add_option("--party-birth-date", m_party_birth_date, "The party's date of birth, as screened");
    app.add_option("--decision", m_decision, "false_positive or confirmed")
        ->required()
        ->check(CLI::IsMember({"false_positive", "confirmed"}));
    app.add_option("--reason", m_reason, "Why: what tells the party and the entry apart, or shows they are one")
        ->required();
    app.add_option("--reviewer", m_reviewer, "Who decides (default: the user name)");
  }

  ExitCode run(Context& context) override {
    const auto [list, id] = lists::parse_entry_reference(m_entry);
    if (m_reason.empty()) throw UsageError("--reason must say why");
    const auto facts = matching::query_facts("", m_party_birth_date, {});
    const std::string path = list_store_path(m_store, context);
    lists::ListStore store(path, std::chrono::seconds(context.config().busy_timeout_seconds));
    if (!store.entry(list, id)) {
      throw UsageError("no entry " + text::quoted(m_entry) + " in the list store " + path +
                       "; use the id that 'bibob lists screen' shows");
    }
    std::string reviewer = m_reviewer;
    if (reviewer.empty()) {
      const char* user = std::getenv("USER");
      reviewer = user != nullptr ? user : "unknown";
    }
    const std::string birth = facts.date_of_birth ? facts.date_of_birth->text() : "";
    lists::ReviewDecision decision{list, id, lists::party_key(m_party_name, birth), m_party_name,
                                   m_decision, m_reason, now_utc(), reviewer};
    store.record(decision);
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-list-review/1"},
                            {"entry_id", m_entry},
                            {"party_name", m_party_name},
                            {"party_birth_date", birth},
                            {"decision", m_decision},
                            {"reason", m_reason},
                            {"decided_at", decision.decided_at},
                            {"reviewer", reviewer}}
                           .dump()
                    << '\n';
    } else if (!context.options().quiet) {
      context.out() << m_entry << ": recorded " << m_decision << " for \"" << m_party_name << "\""
                    << (birth.empty() ? "" : " born " + birth) << "; shown on every later screening\n";
    }
    return ExitCode::ok;
  }

 private:
  const ListStoreOption& m_store;
  std::string m_entry;
  std::string m_party_name;
  std::string m_party_birth_date;
  std::string m_decision;
  std::string m_reason;
  std::string m_reviewer;
};

}  // namespace

std::unique_ptr<Command> make_lists_review_command(const ListStoreOption& store) {
  return std::make_unique<ListsReviewCommand>(store);
}

}  // namespace bibob::cli
