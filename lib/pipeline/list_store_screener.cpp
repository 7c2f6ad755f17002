#include "pipeline/list_store_screener.hpp"

#include <filesystem>
#include <map>
#include <sstream>

#include "lists/list_age.hpp"
#include "lists/list_store.hpp"
#include "lists/prepared_lists.hpp"
#include "matching/explanation_text.hpp"
#include "matching/query_facts.hpp"
#include "util/text.hpp"

namespace bibob::pipeline {
namespace {

class StoreListScreener final : public screening::PartyListScreener {
 public:
  StoreListScreener(const std::string& path, const configuration::Config& config) : m_max_hits(config.matching.max_hits) {
    if (!std::filesystem::exists(path)) return;  // nothing imported yet: has_lists() says so
    m_store = std::make_unique<lists::ListStore>(path, std::chrono::seconds(config.busy_timeout_seconds));
    m_loaded = lists::load_prepared_lists(*m_store, config.matching.threshold, lists::default_index_cache_folder());
    for (const auto& info : m_loaded.lists) m_lists[info.name] = &info;
  }

  bool has_lists() const override { return !m_loaded.lists.empty(); }

  std::vector<std::pair<std::string, long>> list_ages() const override {
    std::vector<std::pair<std::string, long>> ages;
    for (const auto& info : m_loaded.lists) ages.emplace_back(info.name, lists::list_age_days(info));
    return ages;
  }

  std::string lists_consulted() const override {
    std::vector<std::string> parts;
    for (const auto& info : m_loaded.lists) {
      parts.push_back(info.name + " (" + lists::list_date_text(info) + ")");
    }
    return text::join(parts, ", ");
  }

  std::vector<screening::ListHit> screen(const Party& party) const override {
    std::vector<screening::ListHit> out;
    if (!has_lists()) return out;
    const std::string name = party.display_name();
    if (name.empty()) return out;  // a party whose name is still to be given: nothing to screen
    const std::string birth = party.birth_date ? party.birth_date->iso() : "";
    std::vector<std::string> countries = party.nationality;
    if (!party.country.empty()) countries.push_back(party.country);
    const auto facts = matching::query_facts(party.is_person() ? "person" : "organisation", birth, countries);
    auto hits = m_loaded.screener->screen(name, facts);
    if (hits.size() > static_cast<std::size_t>(std::max(1, m_max_hits))) hits.resize(static_cast<std::size_t>(m_max_hits));
    const auto decisions = m_store->decisions(lists::party_key(name, birth));
    for (const auto& hit : hits) {
      const lists::EntryRef& entry = m_loaded.entries[hit.entity];
      const lists::ListInfo* info = m_lists.at(entry.list);
      screening::ListHit result;
      result.list = entry.list;
      result.entry_id = lists::entry_reference(entry.list, entry.id);
      result.primary_name = entry.primary_name;
      result.matched_name = m_loaded.screener->index().name(hit.name).original;
      result.score = hit.score;
      result.match = hit.match;
      result.birth_conflict = hit.corroboration.conflict;
      std::ostringstream explanation;
      matching::print_explanation(hit.explanation, explanation, "");
      std::string flat;
      for (char c : explanation.str()) flat += c == '\n' ? ' ' : c;
      result.explanation = flat;
      result.list_published = lists::list_date_text(*info);
      result.list_age_days = lists::list_age_days(*info);
      for (const auto& decision : decisions) {
        if (decision.list != entry.list || decision.entry_id != entry.id) continue;
        result.review_decision = decision.decision;  // the latest decision counts
        result.review_reason = decision.reason;
      }
      out.push_back(std::move(result));
    }
    return out;
  }

 private:
  int m_max_hits;
  std::unique_ptr<lists::ListStore> m_store;
  lists::PreparedLists m_loaded;
  std::map<std::string, const lists::ListInfo*> m_lists;
};

}  // namespace

std::unique_ptr<screening::PartyListScreener> open_list_screener(const std::string& path, const configuration::Config& config) {
  return std::make_unique<StoreListScreener>(path, config);
}

}  // namespace bibob::pipeline
