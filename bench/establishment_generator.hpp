#pragma once

#include <cstdint>
#include <ostream>
#include <string>

// A synthetic register extract for the area scan: establishments in postcode areas 1500-1509
// with made-up names, streets and officers (no real person or business), in the layout
// `bibob scan` reads. The same seed gives the same file on every machine.
namespace bibob::bench {

struct GeneratorOptions {
  long establishments = 3000;
  std::uint64_t seed = 20261128;
  std::string reference_date = "2026-11-28";  // "today" for registration dates and officer changes
  bool seed_patterns = true;                  // add the few establishments that show each indicator
};

// Writes the extract (header and rows). Returns the number of rows written.
long write_extract(std::ostream& out, const GeneratorOptions& options);

// Writes signals (the `bibob signals import` layout) about the seeded establishments.
void write_signals(std::ostream& out);

}  // namespace bibob::bench
