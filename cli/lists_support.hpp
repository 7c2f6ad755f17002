#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "cli/json_output.hpp"
#include "lists/list_age.hpp"
#include "lists/list_store.hpp"
#include "lists/prepared_lists.hpp"
#include "matching/explanation_text.hpp"
#include "matching/query_facts.hpp"
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

Json explanation_json(const matching::NameExplanation& explanation);
// A score for JSON: four decimals, so that 0.95 does not print as 0.949999988.
double json_score(double score);
std::string now_utc();

}  // namespace bibob::cli
