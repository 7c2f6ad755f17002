#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/lists_subcommands.hpp"
#include "cli/lists_support.hpp"
#include "lists/csv_reader.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"
#include "util/input_file.hpp"

namespace bibob::cli {
namespace {

struct Query {
  std::string name;
  std::string kind;
  std::string birth_date;
  std::string country;
  matching::QueryFacts facts;
};

// people.csv: a header naming full_name and optionally kind, date_of_birth, nationality.
// Every row is checked before anything is screened.
std::vector<Query> read_people(const std::string& file) {
  std::ifstream in = input_file::open(file, "file of names");
  lists::CsvReader reader(in, file);
  const auto header = reader.next();
  if (!header) throw InputError(file + ": the file is empty; expected a header full_name[,kind,date_of_birth,nationality]");
  std::map<std::string, std::size_t> column;
  const std::vector<std::string> known = {"full_name", "kind", "date_of_birth", "nationality"};
  for (std::size_t i = 0; i < header->size(); ++i) {
    const std::string name = (*header)[i];
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      throw InputError(file + ":" + std::to_string(reader.line()) + ": unknown column " + text::quoted(name) +
                       text::did_you_mean(name, known));
    }
    column[name] = i;
  }
  if (!column.contains("full_name")) throw InputError(file + ":" + std::to_string(reader.line()) + ": no column full_name");
  std::vector<Query> queries;
  while (auto row = reader.next()) {
    const std::string where = file + ":" + std::to_string(reader.line());
    if (row->size() != header->size()) {
      throw InputError(where + ": expected " + std::to_string(header->size()) + " fields, found " + std::to_string(row->size()));
    }
    auto value = [&](const char* name) { return column.contains(name) ? (*row)[column[name]] : std::string(); };
    Query query{value("full_name"), value("kind"), value("date_of_birth"), value("nationality"), {}};
    if (query.name.empty()) throw InputError(where + ": full_name is empty");
    query.facts = matching::query_facts(query.kind, query.birth_date, {query.country}, where);
    queries.push_back(std::move(query));
  }
  return queries;
}

class ListsScreenCommand final : public Command {
 public:
  explicit ListsScreenCommand(const ListStoreOption& store) : m_store(store) {}

  void configure(CLI::App& app) override {
    app.add_option("name", m_name, "The name to screen");
    app.add_option("--input", m_input, "A CSV of people: full_name[,kind,date_of_birth,nationality]");
    app.add_option("--kind", m_kind, "person or organisation")->check(CLI::IsMember({"person", "organisation"}));
    app.add_option("--birth-date", m_birth_date, "Date of birth, YYYY or YYYY-MM-DD");
    app.add_option("--country", m_countries, "Nationality or country, ISO 3166 code (repeatable)");
  }

  ExitCode run(Context& context) override {
    if (m_name.empty() == m_input.empty()) throw UsageError("give either a NAME or --input FILE to screen");
    std::vector<Query> queries;
    if (m_input.empty()) {
      queries.push_back({m_name, m_kind, m_birth_date, "", matching::query_facts(m_kind, m_birth_date, m_countries)});
    } else {
      if (!m_kind.empty() || !m_birth_date.empty() || !m_countries.empty()) {
        throw UsageError("--kind, --birth-date and --country go with a NAME; with --input they are columns");
      }
      queries = read_people(m_input);
    }
    const std::string path = list_store_path(m_store, context);
    lists::ListStore store(path, std::chrono::seconds(context.config().busy_timeout_seconds));
    lists::PreparedLists loaded =
        lists::load_prepared_lists(store, context.config().matching.threshold, lists::default_index_cache_folder());
    if (loaded.lists.empty()) {
      throw Error(ExitCode::incomplete, "no lists imported into " + path +
                                            "; run 'bibob lists import --source KIND FILE...' first");
    }
    std::map<std::string, const lists::ListInfo*> by_name;
    for (const auto& info : loaded.lists) {
      by_name[info.name] = &info;
      const long age = lists::list_age_days(info);
      if (lists::list_dated_after_today(info)) {
        context.err() << "bibob: warning: list " << info.name << " is dated " << lists::list_date_text(info)
                      << ", after today; check the date it was imported with\n";
      }
      if (age > context.config().list_max_age_days) {
        context.err() << "bibob: warning: list " << info.name << " is " << age << " days old (lists.max_age_days "
                      << context.config().list_max_age_days << "); it is used, but import a newer version\n";
      }
    }
    const bool progress = !m_input.empty() && !context.options().quiet && isatty(STDERR_FILENO) != 0;
    ExitCode code = ExitCode::ok;
    for (std::size_t q = 0; q < queries.size(); ++q) {
      if (screen_one(context, store, loaded, by_name, queries[q])) code = ExitCode::attention;
      if (progress) context.err() << "\rscreened " << q + 1 << " of " << queries.size() << std::flush;
    }
    if (progress) context.err() << '\n';
    return code;
  }

 private:
  // Prints one query's hits; true when one of them is a match nobody has cleared.
  bool screen_one(Context& context, const lists::ListStore& store, const lists::PreparedLists& loaded,
                  const std::map<std::string, const lists::ListInfo*>& by_name, const Query& query) {
    auto hits = loaded.screener->screen(query.name, query.facts);
    const auto limit = static_cast<std::size_t>(std::max(1, context.config().matching.max_hits));
    const std::size_t total = hits.size();
    if (hits.size() > limit) hits.resize(limit);
    const std::string birth = query.facts.date_of_birth ? query.facts.date_of_birth->text() : "";
    const auto decisions = store.decisions(lists::party_key(query.name, birth));
    const int max_age = context.config().list_max_age_days;
    std::size_t open_matches = 0;
    Json json_hits = Json::array();
    std::ostringstream text;
    for (const auto& hit : hits) {
      const lists::EntryRef& ref = loaded.entries[hit.entity];
      const auto found = store.entry(ref.list, ref.id);
      if (!found) throw Error(ExitCode::internal, "list entry " + lists::entry_reference(ref.list, ref.id) + " vanished from the store");
      const lists::StoredEntry stored{ref.list, *found};
      const lists::ListInfo* info = by_name.at(stored.list);
      const long age = lists::list_age_days(*info);
      const std::string reference = lists::entry_reference(stored.list, stored.entry.id);
      const std::string& matched = loaded.screener->index().name(hit.name).original;
      const lists::ReviewDecision* latest = nullptr;
      Json json_decisions = Json::array();
      for (const auto& decision : decisions) {
        if (decision.list != stored.list || decision.entry_id != stored.entry.id) continue;
        latest = &decision;
        json_decisions.push_back({{"decision", decision.decision},
                                  {"reason", decision.reason},
                                  {"decided_at", decision.decided_at},
                                  {"reviewer", decision.reviewer}});
      }
      const bool cleared = latest != nullptr && latest->decision == "false_positive";
      if (hit.match && !cleared) ++open_matches;
      if (context.json()) {
        Json corroboration = Json::array();
        for (const auto& effect : hit.corroboration.effects) {
          corroboration.push_back({{"feature", effect.feature}, {"delta", json_score(effect.delta)}, {"detail", effect.detail}});
        }
        json_hits.push_back({{"list", stored.list},
                             {"entry_id", reference},
                             {"primary_name", stored.entry.primary_name()},
                             {"matched_name", matched},
                             {"kind", matching::to_string(stored.entry.kind)},
                             {"score", json_score(hit.score)},
                             {"name_score", json_score(hit.name_score)},
                             {"match", hit.match},
                             {"conflict", hit.corroboration.conflict},
                             {"dates_of_birth", stored.entry.dates_of_birth},
                             {"nationalities", stored.entry.nationalities},
                             {"list_published", info->published},
                             {"list_age_days", age},
                             {"list_stale", age > max_age},
                             {"explanation", explanation_json(hit.explanation)},
                             {"corroboration", corroboration},
                             {"decisions", json_decisions}});
        continue;
      }
      text << "  " << (hit.match ? "MATCH " : (hit.corroboration.conflict ? "CONFLICT " : "near   ")) << matching::format_score(hit.score)
           << "  " << reference << "  " << stored.entry.primary_name() << " (" << matching::to_string(stored.entry.kind)
           << ")";
      if (matched != stored.entry.primary_name()) text << ", as \"" << matched << "\"";
      text << "\n    list " << stored.list << " published " << (info->published.empty() ? "(unknown)" : info->published)
           << ", " << lists::describe_list_age(*info) << (age > max_age ? " (STALE)" : "") << '\n';
      matching::print_explanation(hit.explanation, text, "    ");
      matching::print_effects(hit.corroboration.effects, text, "    ");
      for (const auto& decision : decisions) {
        if (decision.list != stored.list || decision.entry_id != stored.entry.id) continue;
        text << "    reviewed: " << decision.decision << " on " << decision.decided_at << " by " << decision.reviewer
             << ": " << decision.reason << '\n';
      }
    }
    const std::size_t matches = static_cast<std::size_t>(std::count_if(hits.begin(), hits.end(), [](const auto& h) { return h.match; }));
    if (context.json()) {
      Json query_json = {{"name", query.name}};
      if (query.facts.kind) query_json["kind"] = matching::to_string(*query.facts.kind);
      if (query.facts.date_of_birth) query_json["date_of_birth"] = query.facts.date_of_birth->text();
      if (!query.facts.countries.empty()) query_json["countries"] = query.facts.countries;
      context.out() << Json{{"schema", "bibob-list-screening/1"},
                            {"query", query_json},
                            {"threshold", context.config().matching.threshold},
                            {"hits_found", total},
                            {"matches", matches},
                            {"open_matches", open_matches},
                            {"hits", json_hits}}
                           .dump()
                    << '\n';
    } else if (!(context.options().quiet && open_matches == 0)) {
      context.out() << "\"" << query.name << "\": ";
      if (hits.empty()) {
        context.out() << "no hits\n";
      } else {
        context.out() << matches << (matches == 1 ? " match, " : " matches, ") << total << (total == 1 ? " hit" : " hits");
        if (total > hits.size()) context.out() << " (best " << hits.size() << " shown)";
        if (matches > open_matches) context.out() << "; " << matches - open_matches << " cleared as false positive";
        context.out() << '\n' << text.str();
      }
    }
    return open_matches > 0;
  }

  const ListStoreOption& m_store;
  std::string m_name;
  std::string m_input;
  std::string m_kind;
  std::string m_birth_date;
  std::vector<std::string> m_countries;
};

}  // namespace

std::unique_ptr<Command> make_lists_screen_command(const ListStoreOption& store) {
  return std::make_unique<ListsScreenCommand>(store);
}

}  // namespace bibob::cli
