#include <cstdint>
#include <numeric>

#include <catch2/catch.hpp>

#include "util/large_array.hpp"

using namespace bibob;

namespace {
constexpr std::uintptr_t k_huge_page = std::uintptr_t{2} << 20;
}

TEST_CASE("a large array grows past 2 MiB onto huge-page boundaries and keeps its values", "[large-array]") {
  LargeArray<std::uint32_t> values;
  for (std::uint32_t i = 0; i < 3'000'000; ++i) values.push_back(i * 7);
  CHECK(reinterpret_cast<std::uintptr_t>(values.data()) % k_huge_page == 0);
  bool all_kept = true;
  for (std::uint32_t i = 0; i < values.size(); ++i) all_kept = all_kept && values[i] == i * 7;
  CHECK(all_kept);

  LargeArray<std::uint32_t> copy = values;
  CHECK(copy == values);
  values.clear();
  values.shrink_to_fit();
  CHECK(copy.back() == 2'999'999U * 7);
}

TEST_CASE("a large array below 2 MiB holds its values like any vector", "[large-array]") {
  LargeArray<std::uint64_t> small(1000);
  std::iota(small.begin(), small.end(), 1);
  small.resize(2000, 1);
  CHECK(std::accumulate(small.begin(), small.end(), std::uint64_t{0}) == 500500 + 1000);
}
