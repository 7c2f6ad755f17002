#include <cstdlib>
#include <fstream>
#include <iostream>

#include <catch2/catch.hpp>

#include "configuration/config_loader.hpp"
#include "lists/csv_reader.hpp"
#include "matching/screener.hpp"
#include "support/run_bibob.hpp"

namespace {

using bibob::matching::compare_any;
using bibob::matching::EntityKind;

struct Counts {
  int true_positive = 0;
  int false_positive = 0;
  int false_negative = 0;
  int true_negative = 0;
  double precision() const { return true_positive / static_cast<double>(true_positive + false_positive); }
  double recall() const { return true_positive / static_cast<double>(true_positive + false_negative); }
  double f1() const { return 2 * precision() * recall() / (precision() + recall()); }
};

}  // namespace

// Label 1: the two are spellings of the same name (transliteration, typo, word order,
// initials, missing middle names, legal form); 0: different names, however alike.
// The pairs were written before the engine, and are not adjusted to it.
TEST_CASE("labelled name pairs: precision and recall at the configured threshold", "[matching][labelled]") {
  const double threshold = bibob::configuration::require_config(std::nullopt).matching.threshold;
  const std::string file = bibob::testing::source_path("tests/data/names/labelled-pairs.csv");
  std::ifstream in(file);
  REQUIRE(in);
  bibob::lists::CsvReader reader(in, file);
  const auto header = reader.next();
  REQUIRE(header == std::vector<std::string>{"name1", "name2", "kind", "label"});
  Counts counts;
  int pairs = 0;
  int persons = 0;
  const bool show = std::getenv("BIBOB_SHOW_MISSES") != nullptr;
  while (auto row = reader.next()) {
    REQUIRE(row->size() == 4);
    const auto kind = bibob::matching::parse_entity_kind((*row)[2]);
    REQUIRE(kind.has_value());
    const bool label = (*row)[3] == "1";
    const double score = compare_any((*row)[0], (*row)[1], kind).score;
    const bool predicted = score >= threshold;
    ++pairs;
    persons += *kind == EntityKind::person ? 1 : 0;
    if (predicted && label) ++counts.true_positive;
    if (predicted && !label) ++counts.false_positive;
    if (!predicted && label) ++counts.false_negative;
    if (!predicted && !label) ++counts.true_negative;
    if (show && predicted != label) {
      std::cout << (label ? "missed  " : "false   ") << score << "  " << (*row)[0] << " | " << (*row)[1] << '\n';
    }
  }
  std::cout << "labelled pairs: " << pairs << " (" << persons << " persons), threshold " << threshold
            << ": precision " << counts.precision() << ", recall " << counts.recall() << ", F1 " << counts.f1()
            << " (tp " << counts.true_positive << ", fp " << counts.false_positive << ", fn "
            << counts.false_negative << ", tn " << counts.true_negative << ")\n";
  CHECK(pairs >= 300);
  CHECK(counts.precision() >= 0.9);
  CHECK(counts.recall() >= 0.9);
}
