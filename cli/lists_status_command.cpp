#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/lists_subcommands.hpp"
#include "cli/lists_support.hpp"

namespace bibob::cli {
namespace {

class ListsStatusCommand final : public Command {
 public:
  explicit ListsStatusCommand(const ListStoreOption& store) : m_store(store) {}

  void configure(CLI::App&) override {}

  ExitCode run(Context& context) override {
    const std::string path = list_store_path(m_store, context);
    lists::ListStore store(path, std::chrono::seconds(context.config().busy_timeout_seconds));
    const auto infos = store.lists();
    const int max_age = context.config().list_max_age_days;
    ExitCode code = infos.empty() ? ExitCode::attention : ExitCode::ok;
    Json json_lists = Json::array();
    for (const auto& info : infos) {
      const long age = lists::list_age_days(info);
      const bool stale = age > max_age;
      if (stale) code = ExitCode::attention;
      if (context.json()) {
        json_lists.push_back({{"list", info.name},
                              {"published", info.published},
                              {"age_days", age},
                              {"dated_after_today", lists::list_dated_after_today(info)},
                              {"stale", stale},
                              {"imported_at", info.imported_at},
                              {"entries", info.entries},
                              {"content_hash", info.content_hash},
                              {"files", info.files}});
      } else {
        context.out() << info.name << ": " << info.entries << " entries, published "
                      << (info.published.empty() ? "(unknown)" : info.published) << " (" << lists::describe_list_age(info)
                      << "), imported " << info.imported_at << ", sha256 "
                      << info.content_hash.substr(0, 16) << "...\n";
        if (stale) {
          context.out() << "  STALE: older than lists.max_age_days (" << max_age
                        << "); it is still used, import a newer version\n";
        }
      }
    }
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-list-status/1"},
                            {"store", path},
                            {"max_age_days", max_age},
                            {"lists", json_lists},
                            {"exit_code", static_cast<int>(code)}}
                           .dump()
                    << '\n';
    } else if (infos.empty()) {
      context.out() << "no lists imported into " << path << "; run 'bibob lists import --source KIND FILE...'\n";
    }
    return code;
  }

 private:
  const ListStoreOption& m_store;
};

}  // namespace

std::unique_ptr<Command> make_lists_status_command(const ListStoreOption& store) {
  return std::make_unique<ListsStatusCommand>(store);
}

}  // namespace bibob::cli
