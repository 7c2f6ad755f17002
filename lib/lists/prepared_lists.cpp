#include "lists/prepared_lists.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <sstream>

#include "matching/partial_date.hpp"
#include "util/binary_io.hpp"
#include "util/private_files.hpp"
#include "util/sha256.hpp"
#include "util/whole_file.hpp"

namespace bibob::lists {
namespace {

// Changes with every build of bibob, so that a changed matching engine never reads an index
// an older one prepared.
std::string build_fingerprint() {
  struct stat info {};
  if (stat("/proc/self/exe", &info) != 0) return "unknown build";
  return std::to_string(info.st_size) + ":" + std::to_string(info.st_mtim.tv_sec) + "." +
         std::to_string(info.st_mtim.tv_nsec);
}

std::string index_key(const std::vector<ListInfo>& lists) {
  std::ostringstream identity;
  identity << "bibob-list-index/1\n" << build_fingerprint() << '\n';
  for (const auto& info : lists) {
    identity << info.name << ' ' << info.content_hash << ' ' << info.imported_at << ' ' << info.entries << '\n';
  }
  return sha256_hex(identity.str());
}

std::string serialise(const std::string& key, const PreparedLists& prepared) {
  BinaryWriter out;
  out.text(key);
  out.value<std::uint64_t>(prepared.entries.size());
  for (const auto& entry : prepared.entries) {
    out.text(entry.list);
    out.text(entry.id);
    out.text(entry.primary_name);
  }
  out.text(prepared.screener->serialise());
  return out.bytes();
}

// The entries and screener of a cache file written under this key; false when it is another.
bool deserialise(std::string_view bytes, const std::string& key, double threshold, PreparedLists& prepared) {
  BinaryReader in(bytes);
  if (in.text() != key) return false;
  const auto entries = in.value<std::uint64_t>();
  for (std::uint64_t i = 0; i < entries; ++i) {
    EntryRef entry;
    entry.list = in.text();
    entry.id = in.text();
    entry.primary_name = in.text();
    prepared.entries.push_back(std::move(entry));
  }
  prepared.screener = matching::Screener::deserialise(in.text_view(), threshold);
  return in.at_end() && prepared.screener->entity_count() == prepared.entries.size();
}

// The screener over every entry of the store, for the lists already read from it.
PreparedLists build_prepared(const ListStore& store, std::vector<ListInfo> lists, double threshold) {
  PreparedLists prepared;
  prepared.lists = std::move(lists);
  prepared.screener = std::make_unique<matching::Screener>(threshold);
  for (const auto& stored : store.entries()) {
    matching::EntityFacts facts;
    facts.kind = stored.entry.kind;
    for (const auto& text : stored.entry.dates_of_birth) {
      if (auto date = matching::parse_partial_date(text)) facts.dates_of_birth.push_back(*date);
    }
    facts.countries = stored.entry.nationalities;
    for (const auto& country : stored.entry.countries) {
      if (std::find(facts.countries.begin(), facts.countries.end(), country) == facts.countries.end()) {
        facts.countries.push_back(country);
      }
    }
    const std::uint32_t entity = prepared.screener->add_entity(std::move(facts));
    for (const auto& name : stored.entry.names) prepared.screener->add_name(entity, name.name);
    prepared.entries.push_back({stored.list, stored.entry.id, stored.entry.primary_name()});
  }
  prepared.screener->build();
  return prepared;
}

}  // namespace

PreparedLists prepare_lists(const ListStore& store, double threshold) {
  return build_prepared(store, store.lists(), threshold);
}

PreparedLists load_prepared_lists(const ListStore& store, double threshold, const std::filesystem::path& cache_folder) {
  auto lists = store.lists();
  if (lists.empty()) return build_prepared(store, std::move(lists), threshold);
  const std::string key = index_key(lists);
  const auto file = cache_folder / (key + ".index");
  std::error_code error;
  if (std::filesystem::is_regular_file(file, error)) {
    PreparedLists cached;
    cached.lists = lists;
    try {
      if (deserialise(read_whole_file(file).value_or(std::string()), key, threshold, cached)) {
        cached.from_cache = true;
        return cached;
      }
    } catch (const std::exception&) {
      // A damaged cache file is rebuilt below, like a missing one.
    }
  }
  PreparedLists built = build_prepared(store, std::move(lists), threshold);
  try {
    private_files::ensure_directory(cache_folder);
    // Older indexes are of lists no longer in the store: only the newest is kept.
    for (const auto& old : std::filesystem::directory_iterator(cache_folder, error)) {
      if (old.path().extension() == ".index") std::filesystem::remove(old.path(), error);
    }
    private_files::write_atomically(file, serialise(key, built));
  } catch (const std::exception&) {
    // Without a writable cache every process builds the index itself: slower, not wrong.
  }
  return built;
}

std::filesystem::path default_index_cache_folder() { return private_files::cache_home() / "list-index"; }

}  // namespace bibob::lists
