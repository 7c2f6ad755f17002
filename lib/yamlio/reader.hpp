#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "util/date.hpp"
#include "util/deceptive_text.hpp"
#include "util/diagnostic.hpp"

namespace bibob::yamlio {

// Collects the diagnostics of reading one file and remembers where every key path was found,
// so that checks made after parsing can still name file, line and column.
class ReadContext {
 public:
  explicit ReadContext(std::string file_label) : m_file(std::move(file_label)) {}

  const std::string& file() const { return m_file; }
  SourcePosition position_of(const YAML::Node& node) const;

  // The position recorded for a key path, or that of its nearest recorded ancestor.
  SourcePosition position_of(std::string_view path) const;
  void remember(const std::string& path, const YAML::Node& node);

  void report(DiagnosticLevel severity, const SourcePosition& at, std::string path, std::string message, std::string code);
  void invalid(const YAML::Node& at, std::string path, std::string message, std::string code = "invalid");
  void invalid(std::string path, std::string message, std::string code = "invalid");
  void attention(std::string path, std::string message, std::string code);

  std::vector<Diagnostic>& diagnostics() { return m_diagnostics; }
  const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

 private:
  std::string m_file;
  std::map<std::string, SourcePosition, std::less<>> m_positions;
  std::vector<Diagnostic> m_diagnostics;
};

std::string child_path(std::string_view parent, std::string_view key);
std::string index_path(std::string_view parent, std::size_t index);

// Reads the typed values of one YAML mapping. Every accessor reports wrong types and missing
// required keys to the context and returns nothing, so that one pass finds every error.
class MapReader {
 public:
  // Larger than any count, share or amount a case file holds, and small enough that every
  // sum and product of such numbers stays exact to the cent in a double.
  static constexpr double k_largest_number = 1e12;

  MapReader(ReadContext& context, YAML::Node node, std::string path);

  const std::string& path() const { return m_path; }
  const YAML::Node& node() const { return m_node; }
  ReadContext& context() { return m_context; }

  // Reports keys that are not among the known ones (with a suggestion) and keys given twice.
  // Keys starting with "x_" are left to extensions and never reported.
  void allow_only(const std::vector<std::string>& known_keys);

  bool has(std::string_view key) const;

  // One line of text. Text that does not display as it reads (a line break, a control or
  // format character; see util/deceptive_text.hpp) is reported and gives nothing.
  std::optional<std::string> text(std::string_view key, bool required = false);
  // Text that may run over several lines (a description); otherwise as text().
  std::optional<std::string> paragraph(std::string_view key, bool required = false);
  // A name: as text(), and a word whose letters come from two scripts is reported too.
  std::optional<std::string> name(std::string_view key, bool required = false);
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& allowed,
                                    bool required = false);
  std::optional<Date> date(std::string_view key, bool required = false);
  // A number; one whose size is beyond `largest` (either sign) is reported and gives nothing,
  // so that no later arithmetic or formatting meets a value it cannot hold.
  std::optional<double> number(std::string_view key, bool required = false, double largest = k_largest_number);
  std::optional<bool> boolean(std::string_view key, bool required = false);
  std::vector<std::string> text_list(std::string_view key, bool required = false);
  std::vector<std::string> name_list(std::string_view key, bool required = false);

  // A nested mapping; nothing (and an error) when present but not a mapping.
  std::optional<MapReader> map(std::string_view key, bool required = false);

  // Calls visit for every element of a sequence; returns the number of elements.
  std::size_t each(std::string_view key, bool required,
                   const std::function<void(const YAML::Node& item, const std::string& path)>& visit);

 private:
  std::optional<YAML::Node> value(std::string_view key, bool required);
  std::optional<std::string> scalar(std::string_view key, bool required, std::string_view expected);
  std::optional<std::string> checked_text(std::string_view key, bool required, deceptive_text::LineBreaks line_breaks,
                                          bool is_name);
  std::vector<std::string> checked_list(std::string_view key, bool required, bool is_name);

  ReadContext& m_context;
  YAML::Node m_node;
  std::string m_path;
};

// Interprets a scalar node; nothing when it is not a scalar of that type.
std::optional<double> as_number(const YAML::Node& node);
std::string describe_node(const YAML::Node& node);

}  // namespace bibob::yamlio
