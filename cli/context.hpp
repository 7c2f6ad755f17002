#pragma once

#include <ostream>
#include <optional>
#include <string>

#include "cli/terminal_safe_buffer.hpp"
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
  Context(GlobalOptions& options, std::ostream& out, std::ostream& err);

  const GlobalOptions& options() const { return m_options; }
  OutputFormat format() const { return m_options.format == "json" ? OutputFormat::json : OutputFormat::text; }
  bool json() const { return format() == OutputFormat::json; }
  // Standard output: for text, through a TerminalSafeBuffer, so that nothing in a name or a
  // registry answer reaches the terminal as a control sequence; JSON escapes its own.
  std::ostream& out() { return json() ? m_out : m_safe_out; }
  // Standard output as it is, for a document (Markdown, HTML, DOCX or PDF) written there.
  std::ostream& document_out() { return m_out; }
  // Standard error, always through a TerminalSafeBuffer: a person reads it.
  std::ostream& err() { return m_safe_err; }
  const configuration::Config& config();

  // The whole command line, for the commands that describe it (help, man, completion).
  const CLI::App& root() const { return *m_root; }
  void set_root(const CLI::App* root) { m_root = root; }

  // The configuration file in force: --config, else BIBOB_CONFIG, else none (defaults only).
  std::optional<std::string> config_file() const;

 private:
  GlobalOptions& m_options;
  std::ostream& m_out;
  TerminalSafeBuffer m_safe_out_buffer;
  TerminalSafeBuffer m_safe_err_buffer;
  std::ostream m_safe_out;
  std::ostream m_safe_err;
  std::optional<configuration::Config> m_config;
  const CLI::App* m_root = nullptr;
};

}  // namespace bibob::cli
