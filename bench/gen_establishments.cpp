// Writes the synthetic register extract (and its signals) that `bibob scan` reads in the demo,
// the tests and the benchmark. examples/establishments.csv and examples/scan-signals.csv are
// made with:  build/bench/bibob_gen_establishments --out examples/establishments.csv
//                 --signals examples/scan-signals.csv
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "establishment_generator.hpp"

int main(int argc, char** argv) {
  bibob::bench::GeneratorOptions options;
  std::string out_path;
  std::string signals_path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "bibob_gen_establishments: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--establishments") {
      options.establishments = std::stol(value());
    } else if (arg == "--seed") {
      options.seed = std::stoull(value());
    } else if (arg == "--today") {
      options.reference_date = value();
    } else if (arg == "--no-patterns") {
      options.seed_patterns = false;
    } else if (arg == "--out") {
      out_path = value();
    } else if (arg == "--signals") {
      signals_path = value();
    } else {
      std::cerr << "usage: bibob_gen_establishments [--establishments N] [--seed S] [--today YYYY-MM-DD] "
                   "[--no-patterns] [--out FILE] [--signals FILE]\n";
      return 2;
    }
  }
  long rows = 0;
  if (out_path.empty()) {
    rows = bibob::bench::write_extract(std::cout, options);
  } else {
    std::ofstream out(out_path, std::ios::binary);
    rows = bibob::bench::write_extract(out, options);
    if (!out) {
      std::cerr << "bibob_gen_establishments: cannot write " << out_path << '\n';
      return 1;
    }
  }
  if (!signals_path.empty()) {
    std::ofstream signals(signals_path, std::ios::binary);
    bibob::bench::write_signals(signals);
  }
  std::cerr << rows << " establishments written\n";
  return 0;
}
