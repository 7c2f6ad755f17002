// Name screening benchmark: a synthetic list of real name words recombined, its index, and
// screening against it, timed; the same queries by brute force for the ratio. Not a test:
// `make bench` runs it. Figures are in bench/README.md.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "lists/importers.hpp"
#include "matching/name_comparison.hpp"
#include "matching/screener.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using bibob::matching::EntityFacts;
using bibob::matching::EntityKind;
using bibob::matching::QueryFacts;
using bibob::matching::Screener;

struct Options {
  std::size_t entities = 1'000'000;
  std::size_t queries = 50'000;
  std::size_t brute_queries = 20;
  std::string data = std::string(BIBOB_SOURCE_DIR) + "/../shared/data/sanctions";
};

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // Linux reports KiB
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

// Word pools from the real lists: given names, surnames, organisation words.
struct Pools {
  std::vector<std::string> given, surnames, organisation;
};

Pools read_pools(const Options& options) {
  Pools pools;
  const auto ofac = bibob::lists::import_list("ofac", {options.data + "/ofac"});
  const auto un = bibob::lists::import_list("un", {options.data + "/un/UN_consolidated.xml"});
  for (const auto* import : {&ofac, &un}) {
    for (const auto& entry : import->entries) {
      for (const auto& name : entry.names) {
        if (entry.kind == EntityKind::person) {
          const auto comma = name.name.find(',');
          if (comma != std::string::npos) {
            for (auto& w : words(name.name.substr(0, comma))) pools.surnames.push_back(w);
            for (auto& w : words(name.name.substr(comma + 1))) pools.given.push_back(w);
          } else {
            auto ws = words(name.name);
            if (ws.size() < 2) continue;
            pools.surnames.push_back(ws.back());
            for (std::size_t i = 0; i + 1 < ws.size(); ++i) pools.given.push_back(ws[i]);
          }
        } else if (entry.kind == EntityKind::organisation) {
          for (auto& w : words(name.name)) pools.organisation.push_back(w);
        }
      }
    }
  }
  return pools;
}

struct Synthetic {
  std::string name;
  EntityKind kind;
  int birth_year;
};

Synthetic make_entity(const Pools& pools, std::mt19937_64& random) {
  auto pick = [&](const std::vector<std::string>& pool) { return pool[random() % pool.size()]; };
  Synthetic entity;
  if (random() % 10 < 6) {
    entity.kind = EntityKind::person;
    entity.name = pick(pools.given);
    if (random() % 3 == 0) entity.name += " " + pick(pools.given);
    entity.name += " " + pick(pools.surnames);
    if (random() % 4 == 0) entity.name += " " + pick(pools.surnames);
    entity.birth_year = 1940 + static_cast<int>(random() % 60);
  } else {
    entity.kind = EntityKind::organisation;
    const std::size_t count = 1 + random() % 3;
    for (std::size_t i = 0; i < count; ++i) entity.name += (i == 0 ? "" : " ") + pick(pools.organisation);
    entity.birth_year = 0;
  }
  return entity;
}

// A query made from a listed name the way parties differ from lists: a typo, the words
// in another order, a word left out; or, for half the queries, a name not on the list.
std::string make_query(const std::vector<Synthetic>& entities, const Pools& pools, std::mt19937_64& random) {
  if (random() % 2 == 0) return make_entity(pools, random).name;
  std::string name = entities[random() % entities.size()].name;
  auto ws = words(name);
  switch (random() % 4) {
    case 0: {
      std::string& w = ws[random() % ws.size()];
      if (w.size() > 3) w[1 + random() % (w.size() - 2)] = static_cast<char>('A' + random() % 26);
      break;
    }
    case 1: std::rotate(ws.begin(), ws.begin() + 1, ws.end()); break;
    case 2:
      if (ws.size() > 2) ws.erase(ws.begin() + 1);
      break;
    default: break;
  }
  std::string out;
  for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
  return out;
}

struct Timing {
  double median_ms, p99_ms, mean_ms;
};

Timing summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  double sum = 0;
  for (double v : ms) sum += v;
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)], sum / static_cast<double>(ms.size())};
}

// How queries are timed: with what the index remembers of earlier queries' words (as in a batch
// or a long-running process), with nothing remembered, or by scoring every name.
enum class Screening { remembering, each_first, brute_force };

// Screens every query, one at a time, and times each.
Timing time_queries(const Screener& screener, const std::vector<std::string>& queries, std::size_t& hits,
                    Screening screening = Screening::remembering) {
  const bool brute_force = screening == Screening::brute_force;
  std::vector<double> ms;
  ms.reserve(queries.size());
  hits = 0;
  for (const auto& query : queries) {
    if (screening == Screening::each_first) bibob::matching::NameIndex::forget_remembered();
    const auto start = Clock::now();
    hits += screener.screen(query, QueryFacts{}, false, brute_force).size();
    ms.push_back(seconds_since(start) * 1000);
  }
  return summarise(ms);
}

// What makes the slowest queries slow: how many names the index proposed for scoring.
void print_slowest(const Screener& screener, const std::vector<std::string>& queries, const char* label) {
  std::vector<std::pair<double, std::size_t>> slowest;
  for (std::size_t q = 0; q < std::min<std::size_t>(queries.size(), 2000); ++q) {
    const auto start = Clock::now();
    const auto found = screener.screen(queries[q], QueryFacts{}, false).size();
    slowest.emplace_back(seconds_since(start) * 1000, q);
    (void)found;
  }
  std::sort(slowest.rbegin(), slowest.rend());
  for (std::size_t k = 0; k < std::min<std::size_t>(3, slowest.size()); ++k) {
    std::size_t proposed = 0;
    std::vector<std::uint32_t> ids;
    for (auto rules : {bibob::matching::NameRules::person, bibob::matching::NameRules::organisation}) {
      screener.index().candidates(bibob::matching::prepare_name(queries[slowest[k].second], rules), ids,
                                  screener.name_floor());
      proposed += ids.size();
    }
    std::printf("  %s slow query: %.1f ms, %zu names proposed by the index, %zu hits [%s]\n", label, slowest[k].first,
                proposed, screener.screen(queries[slowest[k].second], QueryFacts{}, false).size(), queries[slowest[k].second].c_str());
  }
}

void build_real_lists(const Options& options, Screener& screener) {
  for (const char* kind : {"ofac", "un"}) {
    const auto import = bibob::lists::import_list(
        kind, {options.data + (std::string(kind) == "ofac" ? "/ofac" : "/un/UN_consolidated.xml")});
    for (const auto& entry : import.entries) {
      EntityFacts facts;
      facts.kind = entry.kind;
      const auto entity = screener.add_entity(facts);
      for (const auto& name : entry.names) screener.add_name(entity, name.name);
    }
  }
  screener.build();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const auto value = static_cast<std::size_t>(std::strtoull(argv[i + 1], nullptr, 10));
    if (arg == "--entities") options.entities = value;
    else if (arg == "--queries") options.queries = value;
    else if (arg == "--brute") options.brute_queries = value;
    else {
      std::fprintf(stderr, "usage: bibob_bench_names [--entities N] [--queries N] [--brute N]\n");
      return 2;
    }
  }
  std::mt19937_64 random(20261128);
  const Pools pools = read_pools(options);
  std::printf("word pools from OFAC + UN: %zu given names, %zu surnames, %zu organisation words\n", pools.given.size(),
              pools.surnames.size(), pools.organisation.size());

  // The real lists first: the screening an officer actually runs.
  {
    Screener real(0.85);
    const auto start = Clock::now();
    build_real_lists(options, real);
    std::printf("real OFAC + UN: %zu entries, %zu names, index built in %.2f s\n", real.entity_count(),
                real.index().name_count(), seconds_since(start));
    std::vector<std::string> queries;
    std::vector<Synthetic> listed;
    for (std::uint32_t id = 0; id < real.index().name_count(); id += 3) {
      listed.push_back({real.index().name(id).original, EntityKind::person, 0});
    }
    for (std::size_t q = 0; q < 5000; ++q) queries.push_back(make_query(listed, pools, random));
    std::size_t hits = 0;
    const Timing t = time_queries(real, queries, hits);
    std::printf("real OFAC + UN: %zu queries, median %.3f ms, p99 %.3f ms, mean %.3f ms, %zu hits\n", queries.size(),
                t.median_ms, t.p99_ms, t.mean_ms, hits);
    const Timing first = time_queries(real, queries, hits, Screening::each_first);
    std::printf("real OFAC + UN, each query as if the first (no word remembered): median %.3f ms, p99 %.3f ms, "
                "mean %.3f ms, %zu hits\n",
                first.median_ms, first.p99_ms, first.mean_ms, hits);
    print_slowest(real, queries, "real");
  }

  std::vector<Synthetic> entities;
  entities.reserve(options.entities);
  for (std::size_t i = 0; i < options.entities; ++i) entities.push_back(make_entity(pools, random));
  const long rss_before = peak_rss_mib();
  Screener screener(0.85);
  const auto build_start = Clock::now();
  for (std::size_t i = 0; i < entities.size(); ++i) {
    EntityFacts facts;
    facts.kind = entities[i].kind;
    const auto entity = screener.add_entity(std::move(facts));
    screener.add_name(entity, entities[i].name);
    // One in five has an alias: the same words in another order.
    if (i % 5 == 0) {
      auto ws = words(entities[i].name);
      std::reverse(ws.begin(), ws.end());
      std::string alias;
      for (const auto& w : ws) alias += (alias.empty() ? "" : " ") + w;
      screener.add_name(entity, alias);
    }
  }
  screener.build();
  const double build_seconds = seconds_since(build_start);
  std::printf("synthetic: %zu entities, %zu names, %zu terms (distinct words and Arabic-script runs); index built in %.2f s; peak memory %ld MiB "
              "(%ld MiB before the index)\n",
              screener.entity_count(), screener.index().name_count(), screener.index().term_count(), build_seconds,
              peak_rss_mib(), rss_before);

  // One name pair: prepared names compared, nothing allocated.
  {
    const std::size_t pairs = 2'000'000;
    const auto& index = screener.index();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> picks;
    picks.reserve(pairs);
    while (picks.size() < pairs) {
      const auto a = static_cast<std::uint32_t>(random() % index.name_count());
      const auto b = static_cast<std::uint32_t>(random() % index.name_count());
      if (index.name(a).rules == index.name(b).rules) picks.emplace_back(a, b);
    }
    double sink = 0;
    const auto start = Clock::now();
    for (const auto& [a, b] : picks) sink += bibob::matching::compare_names(index.name(a), index.name(b)).score;
    const double ns = seconds_since(start) * 1e9 / static_cast<double>(pairs);
    std::printf("one name pair: %.0f ns (mean of %zu random pairs; checksum %.1f)\n", ns, pairs, sink);
  }

  std::vector<std::string> queries;
  queries.reserve(options.queries);
  for (std::size_t q = 0; q < options.queries; ++q) queries.push_back(make_query(entities, pools, random));
  std::size_t hits = 0;
  const auto screen_start = Clock::now();
  const Timing indexed = time_queries(screener, queries, hits);
  std::printf("synthetic: %zu queries in %.1f s: median %.3f ms, p99 %.3f ms, mean %.3f ms per query; %zu hits\n",
              queries.size(), seconds_since(screen_start), indexed.median_ms, indexed.p99_ms, indexed.mean_ms, hits);
  const Timing first = time_queries(screener, queries, hits, Screening::each_first);
  std::printf("synthetic, each query as if the first (no word remembered): median %.3f ms, p99 %.3f ms, mean %.3f ms; "
              "%zu hits\n",
              first.median_ms, first.p99_ms, first.mean_ms, hits);
  print_slowest(screener, queries, "synthetic");

  // Brute force: every name scored, for the first queries only (each takes about a second).
  const std::vector<std::string> sample(queries.begin(),
                                        queries.begin() + static_cast<std::ptrdiff_t>(std::min(options.brute_queries, queries.size())));
  std::size_t sample_hits = 0;
  std::size_t brute_hits = 0;
  const Timing sample_indexed = time_queries(screener, sample, sample_hits);
  const Timing brute = time_queries(screener, sample, brute_hits, Screening::brute_force);
  std::printf("brute force on the first %zu queries: mean %.1f ms per query against %.3f ms with the index "
              "(%.0fx faster); hits %zu by brute force, %zu with the index\n",
              sample.size(), brute.mean_ms, sample_indexed.mean_ms, brute.mean_ms / sample_indexed.mean_ms, brute_hits,
              sample_hits);
  std::printf("peak memory at the end: %ld MiB\n", peak_rss_mib());
  return 0;
}
