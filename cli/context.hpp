#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "configuration/config.hpp"

namespace CLI {
class App;
}

namespace bibob::cli {

enum class OutputFormat { text, json };

struct GlobalOptions {
  std::optional<std::string> config_file;  // --config, else BIBOB_CONFIG
  std::string format = "text";
  bool quiet = false;
  bool verbose = false;
  bool show_personal_data = false;  // with --verbose: do not redact BSNs and names
};

// What every command gets: the global options, where to write, and the configuration,
// loaded on first use so that commands that need none do not fail on a broken one.
class Context {
 public:
  Context(GlobalOptions& options, std::ostream& out, std::ostream& err) : m_options(options), m_out(out), m_err(err) {}

  const GlobalOptions& options() const { return m_options; }
  OutputFormat format() const { return m_options.format == "json" ? OutputFormat::json : OutputFormat::text; }
  bool json() const { return format() == OutputFormat::json; }
  std::ostream& out() { return m_out; }
  std::ostream& err() { return m_err; }
  const Config& config();

  // The whole command line, for the commands that describe it (help, man, completion).
  const CLI::App& root() const { return *m_root; }
  void set_root(const CLI::App* root) { m_root = root; }

  // The configuration file in force: --config, else BIBOB_CONFIG, else none (defaults only).
  std::optional<std::string> config_file() const;

 private:
  GlobalOptions& m_options;
  std::ostream& m_out;
  std::ostream& m_err;
  std::optional<Config> m_config;
  const CLI::App* m_root = nullptr;
};

}  // namespace bibob::cli
