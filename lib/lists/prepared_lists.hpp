#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lists/list_store.hpp"
#include "matching/screener.hpp"

namespace bibob::lists {

// A list entry as a hit names it; the rest of the entry is read from the store when shown.
struct EntryRef {
  std::string list;
  std::string id;
  std::string primary_name;
};

// The lists of a store, ready to screen against.
struct PreparedLists {
  std::vector<ListInfo> lists;
  std::vector<EntryRef> entries;  // by screener entity number
  std::unique_ptr<matching::Screener> screener;
  bool from_cache = false;        // read back from the index cache rather than built
};

// Builds the screener over every entry of the store at the threshold.
PreparedLists prepare_lists(const ListStore& store, double threshold);

// prepare_lists, through an owner-only cache folder: a screener built from these very lists
// (names, content hashes, import times) by this very build of bibob is read back instead of
// normalising and indexing every name again; otherwise it is built and written for the next
// process, replacing the older one. A cache that cannot be read or written is passed by.
PreparedLists load_prepared_lists(const ListStore& store, double threshold, const std::filesystem::path& cache_folder);

// $XDG_CACHE_HOME/bibob/list-index (or ~/.cache/bibob/list-index).
std::filesystem::path default_index_cache_folder();

}  // namespace bibob::lists
