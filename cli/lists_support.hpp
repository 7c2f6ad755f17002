#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "cli/json_output.hpp"
#include "lists/list_store.hpp"
#include "lists/prepared_lists.hpp"
#include "matching/screener.hpp"

namespace CLI {
class App;
}

// What the `lists` and `names` subcommands share: where the list store is, loading it into
// a screener, and showing hits with their explanations.
namespace bibob::cli {

// --lists-db, else BIBOB_LISTS_DB, else lists.database in the configuration, else
// $XDG_DATA_HOME/bibob/lists.db (or ~/.local/share/bibob/lists.db).
std::string list_store_path(const std::optional<std::string>& option, Context& context);

// The lists of a store ready to screen at the threshold, through the user's index cache.
lists::PreparedLists load_lists(const lists::ListStore& store, double threshold);

// Whole days since a list was published (or, without a date, imported); never below zero,
// so that a list dated after today (a clock or an earlier BIBOB_TODAY) does not read as fresh
// from the future.
long list_age_days(const lists::ListInfo& info);

// Whether a list is dated after today: its hits rest on a list the screening date did not have.
bool list_dated_after_today(const lists::ListInfo& info);

// "2 days old", or "dated after today" for such a list.
std::string describe_list_age(const lists::ListInfo& info);

// "--kind person|organisation", "--birth-date YYYY[-MM-DD]", "--country CC" as facts;
// UsageError (or InputError with where) for a value that is not one.
matching::QueryFacts query_facts(const std::string& kind, const std::string& birth_date,
                                 const std::vector<std::string>& countries, const std::string& where = "");

Json explanation_json(const matching::NameExplanation& explanation);
void print_explanation(const matching::NameExplanation& explanation, std::ostream& out, const std::string& indent);

std::string format_score(double score);
// A score for JSON: four decimals, so that 0.95 does not print as 0.949999988.
double json_score(double score);
std::string now_utc();

}  // namespace bibob::cli
