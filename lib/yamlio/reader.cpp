#include "yamlio/reader.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

#include "util/text.hpp"

namespace bibob::yamlio {

SourcePosition ReadContext::position_of(const YAML::Node& node) const {
  const auto mark = node.Mark();
  if (mark.is_null()) return SourcePosition{m_file, 0, 0};
  return SourcePosition{m_file, mark.line + 1, mark.column + 1};
}

SourcePosition ReadContext::position_of(std::string_view path) const {
  std::string probe(path);
  while (true) {
    if (auto it = m_positions.find(probe); it != m_positions.end()) return it->second;
    if (probe.empty()) return SourcePosition{m_file, 0, 0};
    const auto cut = probe.find_last_of(".[");
    probe.resize(cut == std::string::npos ? 0 : cut);
  }
}

void ReadContext::remember(const std::string& path, const YAML::Node& node) { m_positions[path] = position_of(node); }

void ReadContext::report(DiagnosticLevel severity, const SourcePosition& at, std::string path, std::string message,
                         std::string code) {
  m_diagnostics.push_back(Diagnostic{severity, at, std::move(path), std::move(message), std::move(code)});
}

void ReadContext::invalid(const YAML::Node& at, std::string path, std::string message, std::string code) {
  report(DiagnosticLevel::invalid, position_of(at), std::move(path), std::move(message), std::move(code));
}

void ReadContext::invalid(std::string path, std::string message, std::string code) {
  const auto at = position_of(path);
  report(DiagnosticLevel::invalid, at, std::move(path), std::move(message), std::move(code));
}

void ReadContext::attention(std::string path, std::string message, std::string code) {
  const auto at = position_of(path);
  report(DiagnosticLevel::attention, at, std::move(path), std::move(message), std::move(code));
}

std::string child_path(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return std::string(parent) + "." + std::string(key);
}

std::string index_path(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

std::string describe_node(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return text::quoted(node.Scalar());
    case YAML::NodeType::Undefined: break;
  }
  return "nothing";
}

std::optional<double> as_number(const YAML::Node& node) {
  // A quoted scalar is text in YAML, even when it looks like a number.
  if (!node.IsScalar() || node.Tag() == "!") return std::nullopt;
  const std::string& s = node.Scalar();
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

MapReader::MapReader(ReadContext& context, YAML::Node node, std::string path)
    : m_context(context), m_node(std::move(node)), m_path(std::move(path)) {
  m_context.remember(m_path, m_node);
}

void MapReader::allow_only(const std::vector<std::string>& known_keys) {
  std::set<std::string> seen;
  for (const auto& entry : m_node) {
    const YAML::Node& key_node = entry.first;
    if (!key_node.IsScalar()) {
      m_context.invalid(key_node, m_path, "keys must be plain names, found " + describe_node(key_node), "bad_key");
      continue;
    }
    const std::string& key = key_node.Scalar();
    if (!seen.insert(key).second) {
      m_context.invalid(key_node, child_path(m_path, key), "key given more than once", "duplicate_key");
      continue;
    }
    if (key.starts_with("x_")) continue;
    if (std::find(known_keys.begin(), known_keys.end(), key) == known_keys.end()) {
      m_context.invalid(key_node, child_path(m_path, key), "unknown key" + text::did_you_mean(key, known_keys),
                        "unknown_key");
    }
  }
}

bool MapReader::has(std::string_view key) const {
  const YAML::Node child = m_node[std::string(key)];
  return child.IsDefined() && !child.IsNull();
}

std::optional<YAML::Node> MapReader::value(std::string_view key, bool required) {
  const std::string path = child_path(m_path, key);
  YAML::Node child = m_node[std::string(key)];
  if (!child.IsDefined() || child.IsNull()) {
    if (required) m_context.invalid(m_node, path, "required but missing", "missing_key");
    return std::nullopt;
  }
  m_context.remember(path, child);
  return child;
}

std::optional<std::string> MapReader::scalar(std::string_view key, bool required, std::string_view expected) {
  auto node = value(key, required);
  if (!node) return std::nullopt;
  if (!node->IsScalar()) {
    m_context.invalid(*node, child_path(m_path, key),
                      "expected " + std::string(expected) + ", found " + describe_node(*node), "wrong_type");
    return std::nullopt;
  }
  return node->Scalar();
}

std::optional<std::string> MapReader::checked_text(std::string_view key, bool required,
                                                   deceptive_text::LineBreaks line_breaks, bool is_name) {
  auto value = scalar(key, required, "text");
  if (!value) return std::nullopt;
  if (required && value->empty()) {
    m_context.invalid(child_path(m_path, key), "required but empty", "missing_key");
    return std::nullopt;
  }
  if (auto problem = deceptive_text::refusal(*value, line_breaks, is_name)) {
    m_context.invalid(child_path(m_path, key), *problem, is_name ? "deceptive_name" : "hidden_character");
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> MapReader::text(std::string_view key, bool required) {
  return checked_text(key, required, deceptive_text::LineBreaks::refused, false);
}

std::optional<std::string> MapReader::paragraph(std::string_view key, bool required) {
  return checked_text(key, required, deceptive_text::LineBreaks::allowed, false);
}

std::optional<std::string> MapReader::name(std::string_view key, bool required) {
  return checked_text(key, required, deceptive_text::LineBreaks::refused, true);
}

std::optional<std::string> MapReader::choice(std::string_view key, const std::vector<std::string>& allowed,
                                             bool required) {
  auto value = scalar(key, required, "one of " + text::join(allowed, ", "));
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    m_context.invalid(child_path(m_path, key),
                      text::quoted(*value) + " is not one of " + text::join(allowed, ", ") +
                          text::did_you_mean(*value, allowed),
                      "not_allowed");
    return std::nullopt;
  }
  return value;
}

std::optional<Date> MapReader::date(std::string_view key, bool required) {
  auto value = scalar(key, required, "a date YYYY-MM-DD");
  if (!value) return std::nullopt;
  auto date = Date::parse(*value);
  if (!date) {
    m_context.invalid(child_path(m_path, key), text::quoted(*value) + " is not an existing date of the form YYYY-MM-DD",
                      "bad_date");
  }
  return date;
}

std::optional<double> MapReader::number(std::string_view key, bool required, double largest) {
  auto node = value(key, required);
  if (!node) return std::nullopt;
  auto number = as_number(*node);
  if (!number) {
    m_context.invalid(*node, child_path(m_path, key), "expected a number, found " + describe_node(*node),
                      "wrong_type");
    return std::nullopt;
  }
  if (std::fabs(*number) > largest) {
    char limit[64];
    std::snprintf(limit, sizeof limit, "%.0f", largest);
    m_context.invalid(*node, child_path(m_path, key),
                      describe_node(*node) + " is out of range; this value is at most " + limit, "out_of_range");
    return std::nullopt;
  }
  return number;
}

std::optional<bool> MapReader::boolean(std::string_view key, bool required) {
  auto value = scalar(key, required, "true or false");
  if (!value) return std::nullopt;
  if (*value == "true" || *value == "True" || *value == "TRUE") return true;
  if (*value == "false" || *value == "False" || *value == "FALSE") return false;
  m_context.invalid(child_path(m_path, key), "expected true or false, found " + text::quoted(*value), "wrong_type");
  return std::nullopt;
}

std::vector<std::string> MapReader::checked_list(std::string_view key, bool required, bool is_name) {
  std::vector<std::string> out;
  each(key, required, [&](const YAML::Node& item, const std::string& path) {
    if (!item.IsScalar()) {
      m_context.invalid(item, path, "expected text, found " + describe_node(item), "wrong_type");
    } else if (auto problem = deceptive_text::refusal(item.Scalar(), deceptive_text::LineBreaks::refused, is_name)) {
      m_context.invalid(item, path, *problem, is_name ? "deceptive_name" : "hidden_character");
    } else {
      out.push_back(item.Scalar());
    }
  });
  return out;
}

std::vector<std::string> MapReader::text_list(std::string_view key, bool required) {
  return checked_list(key, required, false);
}

std::vector<std::string> MapReader::name_list(std::string_view key, bool required) {
  return checked_list(key, required, true);
}

std::optional<MapReader> MapReader::map(std::string_view key, bool required) {
  auto node = value(key, required);
  if (!node) return std::nullopt;
  if (!node->IsMap()) {
    m_context.invalid(*node, child_path(m_path, key), "expected a mapping, found " + describe_node(*node),
                      "wrong_type");
    return std::nullopt;
  }
  return MapReader(m_context, *node, child_path(m_path, key));
}

std::size_t MapReader::each(std::string_view key, bool required,
                            const std::function<void(const YAML::Node&, const std::string&)>& visit) {
  auto node = value(key, required);
  if (!node) return 0;
  const std::string path = child_path(m_path, key);
  if (!node->IsSequence()) {
    m_context.invalid(*node, path, "expected a list, found " + describe_node(*node), "wrong_type");
    return 0;
  }
  std::size_t index = 0;
  for (const auto& item : *node) {
    const std::string item_path = index_path(path, index++);
    m_context.remember(item_path, item);
    visit(item, item_path);
  }
  return index;
}

}  // namespace bibob::yamlio
