// The area scan's benchmark: generates a synthetic extract, then measures in the same run a
// baseline (reading and checking every line of the extract, nothing else) and `bibob scan`
// itself on it, each in a process of its own so that each peak memory is its own. Prints the
// time, the peak resident memory and the ratio to the baseline. See bench/README.md.
//   bibob_bench_scan [--establishments N] [--small N] [--keep]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "establishment_generator.hpp"
#include "scan/extract_reader.hpp"

namespace {

struct Measure {
  double seconds = 0;
  long peak_kib = 0;
  int exit_code = -1;
};

// Runs `child` in a forked process and measures its wall time and peak resident memory.
Measure in_child(const std::function<int()>& child) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) _exit(child());
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Measure m;
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.peak_kib = usage.ru_maxrss;
  m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return m;
}

// Starts a program without copying this process and measures it as in_child does.
Measure spawned(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  Measure m;
  if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return m;
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.peak_kib = usage.ru_maxrss;
  m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return m;
}

int parse_only(const std::string& file) {
  bibob::scan::ExtractReader reader(file);
  long good = 0;
  while (auto line = reader.next()) good += line->establishment ? 1 : 0;
  return good > 0 ? 0 : 1;
}

int run_bibob(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
              const std::string& output) {
  for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
  if (std::freopen(output.c_str(), "w", stdout) == nullptr) return 127;
  std::vector<std::string> copies = args;
  std::vector<char*> argv;
  std::string binary = BIBOB_BINARY;
  argv.push_back(binary.data());
  for (auto& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  execv(binary.c_str(), argv.data());
  return 127;
}

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string mib(long kib) { return fixed(static_cast<double>(kib) / 1024.0, 1) + " MiB"; }

}  // namespace

int main(int argc, char** argv) {
  long establishments = 100000;
  long small = 10000;
  bool keep = false;
  if (argc == 3 && std::string(argv[1]) == "--parse") return parse_only(argv[2]);
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--establishments" && i + 1 < argc) {
      establishments = std::stol(argv[++i]);
    } else if (arg == "--small" && i + 1 < argc) {
      small = std::stol(argv[++i]);
    } else if (arg == "--keep") {
      keep = true;
    } else {
      std::cerr << "usage: bibob_bench_scan [--establishments N] [--small N] [--keep]\n";
      return 2;
    }
  }
  const auto work = std::filesystem::temp_directory_path() / ("bibob-scan-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(work);
  std::map<std::string, std::string> env = {{"BIBOB_TODAY", "2026-11-28"},
                                            {"BIBOB_LISTS_DB", (work / "lists.db").string()},
                                            {"BIBOB_CACHE_DB", (work / "cache.db").string()},
                                            {"XDG_DATA_HOME", (work / "data").string()},
                                            {"XDG_CACHE_HOME", (work / "cache").string()}};

  // Lists: the real OFAC and UN lists when they are there (as `make demo` imports them).
  const std::string sanctions = std::string(BIBOB_SOURCE_DIR) + "/../shared/data/sanctions";
  std::string lists = "none imported (the list indicator is then not verified)";
  if (std::filesystem::exists(sanctions + "/ofac/sdn.csv")) {
    const auto ofac = in_child([&] {
      return run_bibob({"lists", "import", "--source", "ofac", sanctions + "/ofac/sdn.csv", sanctions + "/ofac/alt.csv",
                        sanctions + "/ofac/add.csv"},
                       env, (work / "import.txt").string());
    });
    const auto un = in_child([&] {
      return run_bibob({"lists", "import", "--source", "un", sanctions + "/un/UN_consolidated.xml"}, env,
                       (work / "import.txt").string());
    });
    if (ofac.exit_code == 0 && un.exit_code == 0) lists = "real OFAC and UN lists";
  }

  struct Size {
    long rows;
    std::string file;
    double generate_seconds;
    double megabytes;
    Measure parse;
    Measure scan;
    Measure scan_without_lists;
    std::string verbose;
  };
  std::vector<Size> sizes;
  for (long rows : {small, establishments}) {
    if (rows <= 0) continue;
    Size size{rows, (work / ("extract-" + std::to_string(rows) + ".csv")).string(), 0, 0, {}, {}, {}, {}};
    // Generated in a child too, so that this process stays small and every process forked
    // from it starts with the same few pages.
    size.generate_seconds = in_child([&] {
                              std::ofstream out(size.file, std::ios::binary);
                              bibob::bench::GeneratorOptions options;
                              options.establishments = rows;
                              bibob::bench::write_extract(out, options);
                              return out ? 0 : 1;
                            }).seconds;
    size.megabytes = static_cast<double>(std::filesystem::file_size(size.file)) / 1e6;
    // The baseline runs in a fresh process image (this program again, started by posix_spawn,
    // which does not copy this process), so that its peak memory is its own.
    size.parse = spawned({"/proc/self/exe", "--parse", size.file});
    const std::string stderr_file = (work / ("scan-" + std::to_string(rows) + ".err")).string();
    size.scan = in_child([&] {
      if (std::freopen(stderr_file.c_str(), "w", stderr) == nullptr) return 127;
      return run_bibob({"--verbose", "scan", size.file, "--out-json", (work / "scan.json").string(), "--out-csv",
                        (work / "scan.csv").string(), "--out-html", (work / "scan.html").string()},
                       env, (work / "scan.txt").string());
    });
    auto no_lists = env;
    no_lists["BIBOB_LISTS_DB"] = (work / "no-lists.db").string();
    size.scan_without_lists = in_child([&] {
      return run_bibob({"scan", size.file, "--out-json", (work / "scan.json").string()}, no_lists,
                       (work / "scan.txt").string());
    });
    std::ifstream err(stderr_file);
    std::getline(err, size.verbose);
    sizes.push_back(size);
  }

  std::cout << "machine: " << sysconf(_SC_NPROCESSORS_ONLN) << " cores; lists: " << lists << "\n";
  for (const auto& s : sizes) {
    std::cout << "\n"
              << s.rows << " establishments (" << fixed(s.megabytes, 1) << " MB of CSV, generated in "
              << fixed(s.generate_seconds, 2) << " s)\n";
    std::cout << "  baseline, read and check every line: " << fixed(s.parse.seconds, 2) << " s, peak "
              << mib(s.parse.peak_kib) << '\n';
    std::cout << "  bibob scan (JSON, CSV and HTML out):  " << fixed(s.scan.seconds, 2) << " s, peak "
              << mib(s.scan.peak_kib) << "  (" << fixed(s.scan.seconds / s.parse.seconds, 1)
              << "x the baseline's time; exit code " << s.scan.exit_code << ")\n";
    std::cout << "  the same without lists (JSON out):    " << fixed(s.scan_without_lists.seconds, 2) << " s, peak "
              << mib(s.scan_without_lists.peak_kib) << "  (exit code " << s.scan_without_lists.exit_code << ")\n";
    std::cout << "  " << s.verbose << '\n';
  }
  if (sizes.size() == 2) {
    const auto& a = sizes[0];
    const auto& b = sizes[1];
    std::cout << "\nfrom " << a.rows << " to " << b.rows << " establishments: time x"
              << fixed(b.scan.seconds / a.scan.seconds, 1) << ", peak memory x"
              << fixed(static_cast<double>(b.scan.peak_kib) / static_cast<double>(a.scan.peak_kib), 2) << '\n';
  }
  if (keep) {
    std::cout << "files kept in " << work.string() << '\n';
  } else {
    std::filesystem::remove_all(work);
  }
  return 0;
}
