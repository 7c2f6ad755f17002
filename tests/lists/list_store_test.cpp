#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "lists/importers.hpp"
#include "lists/list_store.hpp"
#include "lists/prepared_lists.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"
#include "util/errors.hpp"

using namespace bibob::lists;
using bibob::testing::source_path;
using bibob::testing::TempDir;

namespace {

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777U;
}

ListImport small(const std::string& list, std::initializer_list<std::pair<const char*, const char*>> entries) {
  ListImport import;
  import.list = list;
  import.published = "2026-11-01";
  import.content_hash = "h";
  for (const auto& [id, name] : entries) {
    ListEntry entry;
    entry.id = id;
    entry.kind = bibob::matching::EntityKind::person;
    entry.names.push_back({name, "primary"});
    entry.names.push_back({std::string(name) + " Jr", "aka"});
    entry.dates_of_birth = {"1970"};
    entry.details["program"] = {"TEST"};
    import.entries.push_back(entry);
  }
  return import;
}

}  // namespace

TEST_CASE("list store: created private, in a private folder", "[lists][store]") {
  TempDir dir;
  const auto path = dir / "deep/er/lists.db";
  ListStore store(path.string());
  CHECK(mode_of(path) == 0600U);
  CHECK(mode_of(dir / "deep/er") == 0700U);
  CHECK(mode_of(dir / "deep") == 0700U);
  CHECK(store.lists().empty());
}

TEST_CASE("list store: an import replaces the list, other lists stay", "[lists][store]") {
  TempDir dir;
  ListStore store((dir / "lists.db").string());
  CHECK(store.store(small("un", {{"1", "Ann Alpha"}, {"2", "Bob Beta"}}), "2026-11-02T00:00:00Z") == 2);
  CHECK(store.store(small("ofac", {{"9", "Carl Gamma"}}), "2026-11-02T00:00:00Z") == 1);
  CHECK(store.store(small("un", {{"2", "Bob Beta"}, {"3", "Cees Delta"}, {"4", "Dirk Epsilon"}}), "2026-11-03T00:00:00Z") == 3);
  const auto lists = store.lists();
  REQUIRE(lists.size() == 2);
  CHECK(lists[0].name == "ofac");
  CHECK(lists[1].name == "un");
  CHECK(lists[1].entries == 3);
  CHECK(lists[1].imported_at == "2026-11-03T00:00:00Z");
  CHECK_FALSE(store.entry("un", "1"));
  const auto entry = store.entry("un", "3");
  REQUIRE(entry);
  CHECK(entry->names.size() == 2);
  CHECK(entry->names[0].name == "Cees Delta");
  CHECK(entry->names[1].quality == "aka");
  CHECK(entry->dates_of_birth == std::vector<std::string>{"1970"});
  CHECK(entry->details.at("program") == std::vector<std::string>{"TEST"});
  CHECK(store.entries().size() == 4);
}

TEST_CASE("list store: a delta adds, changes and deletes", "[lists][store]") {
  TempDir dir;
  ListStore store((dir / "lists.db").string());
  store.store(import_list("ftm", {source_path("tests/data/lists/ftm/entities.ftm.json")}), "t1");
  CHECK(store.store(import_list("ftm", {source_path("tests/data/lists/ftm/delta.ftm.json")}), "t2") == 6);
  CHECK_FALSE(store.entry("ftm", "NK-2GdmHtZTeNXjNVrBGEXZNj"));
  CHECK(store.entry("ftm", "NK-synthetic-1")->names[0].name == "Pavel Sergeyevich Orlov");
  const auto changed = store.entry("ftm", "NK-2Ka3UvopqbpZmVDFjWd4LA");
  REQUIRE(changed);
  CHECK(changed->names.size() == 3);  // caption, one more name, one alias: the old names are gone
}

TEST_CASE("list store: decisions survive re-imports", "[lists][store]") {
  TempDir dir;
  ListStore store((dir / "lists.db").string());
  store.store(small("un", {{"1", "Ann Alpha"}}), "t1");
  const std::string party = party_key("ANN  alpha", "1970-01-01");
  CHECK(party == "ann alpha|1970-01-01");
  store.record({"un", "1", party, "Ann Alpha", "false_positive", "other date of birth", "2026-11-02T00:00:00Z", "officer"});
  store.store(small("un", {{"1", "Ann Alpha"}, {"5", "Eve Zeta"}}), "t2");
  const auto decisions = store.decisions(party);
  REQUIRE(decisions.size() == 1);
  CHECK(decisions[0].entry_id == "1");
  CHECK(decisions[0].decision == "false_positive");
  CHECK(decisions[0].reason == "other date of birth");
  CHECK(store.decisions(party_key("Ann Alpha", "")).empty());
}

TEST_CASE("entry references", "[lists][store]") {
  CHECK(entry_reference("ofac", "36") == "ofac:36");
  CHECK(parse_entry_reference("ofac:36") == std::pair<std::string, std::string>{"ofac", "36"});
  CHECK(parse_entry_reference("ftm:NK-a:b").second == "NK-a:b");
  CHECK_THROWS_WITH(parse_entry_reference("36"), "list entry \"36\" is not LIST:ID, e.g. ofac:36");
  CHECK_THROWS_AS(parse_entry_reference("xyz:36"), bibob::UsageError);
}

TEST_CASE("prepared lists come from the index cache when the lists are unchanged, rebuilt when not",
          "[lists][store][index]") {
  TempDir dir;
  const auto cache = dir / "cache/list-index";
  ListStore store((dir / "lists.db").string());
  store.store(small("ofac", {{"1", "Ayman al Zawahiri"}, {"2", "Usama bin Laden"}}), "2026-11-02T10:00:00Z");
  const auto first = load_prepared_lists(store, 0.85, cache);
  CHECK_FALSE(first.from_cache);
  REQUIRE(first.entries.size() == 2);
  CHECK(first.entries[1].primary_name == "Usama bin Laden");
  std::vector<std::filesystem::path> files;
  for (const auto& file : std::filesystem::directory_iterator(cache)) files.push_back(file.path());
  REQUIRE(files.size() == 1);
  CHECK(mode_of(files[0]) == 0600);
  CHECK(mode_of(cache) == 0700);

  const auto second = load_prepared_lists(store, 0.85, cache);
  CHECK(second.from_cache);
  CHECK(second.entries[1].id == "2");
  const auto hits = second.screener->screen("Osama bin Ladin", {});
  REQUIRE_FALSE(hits.empty());
  CHECK(second.entries[hits.front().entity].id == "2");
  CHECK(hits.front().score == first.screener->screen("Osama bin Ladin", {}).front().score);

  // A new import changes the lists: the index is built again and the old one goes.
  store.store(small("ofac", {{"1", "Ayman al Zawahiri"}}), "2026-11-03T10:00:00Z");
  const auto third = load_prepared_lists(store, 0.85, cache);
  CHECK_FALSE(third.from_cache);
  CHECK(third.entries.size() == 1);
  CHECK_FALSE(std::filesystem::exists(files[0]));

  // A damaged cache file is passed by and replaced.
  for (const auto& file : std::filesystem::directory_iterator(cache)) {
    std::filesystem::resize_file(file.path(), std::filesystem::file_size(file.path()) / 2);
  }
  const auto fourth = load_prepared_lists(store, 0.85, cache);
  CHECK_FALSE(fourth.from_cache);
  CHECK(fourth.entries.size() == 1);
  CHECK(load_prepared_lists(store, 0.85, cache).from_cache);
}
