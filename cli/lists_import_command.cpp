#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/lists_subcommands.hpp"
#include "cli/lists_support.hpp"
#include "lists/importers.hpp"
#include "util/date.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

// Reads the files completely first; only a list that was read without error replaces the
// one in the store, in one transaction.
class ListsImportCommand final : public Command {
 public:
  explicit ListsImportCommand(const ListStoreOption& store) : m_store(store) {}

  void configure(CLI::App& app) override {
    app.add_option("--source", m_source, "The list: ofac, un, eu, uk, nl or ftm")->required()->check(
        CLI::IsMember(lists::list_kinds()));
    app.add_option("--published", m_published, "The list's publication date (YYYY-MM-DD) when its files do not say");
    app.add_option("files", m_files, "The list's files (OFAC: sdn.csv alt.csv add.csv, or their folder)")->required();
  }

  ExitCode run(Context& context) override {
    if (!m_published.empty()) {
      const auto published = Date::parse(m_published);
      if (!published) throw UsageError("--published " + text::quoted(m_published) + " is not a date YYYY-MM-DD");
      if (*published > Date::today()) {
        throw UsageError("--published " + m_published + " lies after today (" + Date::today().iso() +
                         "); a list cannot be published in the future");
      }
    }
    lists::ListImport import = lists::import_list(m_source, m_files);
    if (!m_published.empty()) import.published = m_published;
    const std::string path = list_store_path(m_store, context);
    lists::ListStore store(path, std::chrono::seconds(context.config().busy_timeout_seconds));
    const long long entries = store.store(import, now_utc());
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-list-import/1"},
                            {"list", import.list},
                            {"published", import.published},
                            {"entries", entries},
                            {"delta", import.delta},
                            {"changed", import.entries.size()},
                            {"deleted", import.deleted.size()},
                            {"content_hash", import.content_hash},
                            {"files", import.files},
                            {"store", path}}
                           .dump()
                    << '\n';
    } else if (!context.options().quiet) {
      context.out() << import.list << ": " << entries << " entries";
      if (import.delta) context.out() << " after " << import.entries.size() << " changes and " << import.deleted.size() << " deletions";
      context.out() << ", published " << (import.published.empty() ? "(unknown)" : import.published) << ", sha256 "
                    << import.content_hash.substr(0, 16) << "..., imported into " << path << '\n';
    }
    return ExitCode::ok;
  }

 private:
  const ListStoreOption& m_store;
  std::string m_source;
  std::string m_published;
  std::vector<std::string> m_files;
};

}  // namespace

std::unique_ptr<Command> make_lists_import_command(const ListStoreOption& store) {
  return std::make_unique<ListsImportCommand>(store);
}

}  // namespace bibob::cli
