#include "yamlio/load.hpp"

#include <sstream>

#include <utf8proc.h>
#include <yaml-cpp/eventhandler.h>

#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::yamlio {
namespace {

// YAML nesting deeper than this is no questionnaire; refusing it early keeps parsing bounded.
constexpr int k_max_nesting = 64;

Diagnostic invalid_at(const std::string& file, int line, int column, std::string message, std::string code) {
  return Diagnostic{DiagnosticLevel::invalid, SourcePosition{file, line, column}, "", std::move(message), std::move(code)};
}

// Position of the first byte that is not valid UTF-8 or is a NUL, if any.
std::optional<SourcePosition> find_non_text(std::string_view text, const std::string& file) {
  int line = 1;
  int column = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t codepoint = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
    if (length <= 0 || codepoint == 0) return SourcePosition{file, line, column};
    if (codepoint == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

// Flow collections ({ [) and indentation both nest; a cheap bound before yaml-cpp recurses.
std::optional<SourcePosition> find_excessive_nesting(std::string_view text, const std::string& file) {
  int depth = 0;
  int line = 1;
  int column = 1;
  for (char c : text) {
    if (c == '[' || c == '{') {
      if (++depth > k_max_nesting) return SourcePosition{file, line, column};
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::nullopt;
}

// YAML forbids tabs in indentation; yaml-cpp's own message for them ("illegal map value")
// does not say so.
std::optional<SourcePosition> find_tab_indentation(std::string_view text, const std::string& file) {
  int line = 1;
  bool at_line_start = true;
  int column = 1;
  for (char c : text) {
    if (c == '\n') {
      ++line;
      column = 1;
      at_line_start = true;
      continue;
    }
    if (at_line_start && c == '\t') return SourcePosition{file, line, column};
    if (c != ' ') at_line_start = false;
    ++column;
  }
  return std::nullopt;
}

// The size of the document with every alias written out, in scalar bytes plus one per node,
// walked until it passes `limit`: aliases let a small file stand for gigabytes ("a: &x <1 MB>"
// then five thousand "*x"), which every reader after the parser would copy. The walk stops
// at the limit, so it is bounded too, cycles included.
std::optional<SourcePosition> find_alias_expansion(const YAML::Node& root, std::size_t limit, const std::string& file) {
  std::size_t size = 0;
  std::vector<YAML::Node> pending = {root};
  while (!pending.empty()) {
    const YAML::Node node = pending.back();
    pending.pop_back();
    size += 1 + (node.IsScalar() ? node.Scalar().size() : 0);
    if (size > limit) {
      const auto mark = node.Mark();
      return SourcePosition{file, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1};
    }
    if (node.IsMap()) {
      for (const auto& entry : node) {
        pending.push_back(entry.first);
        pending.push_back(entry.second);
      }
    } else if (node.IsSequence()) {
      for (const auto& item : node) pending.push_back(item);
    }
  }
  return std::nullopt;
}

// Where each of the first documents of a stream starts. yaml-cpp 0.7 never finishes a stream
// in which a document begins with a stray ',' (LoadAll returns an empty document at the same
// place for ever, until memory runs out), so documents are counted first, at most three, and
// one that begins where the one before began is a syntax error there.
class DocumentStarts final : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;

  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// The starts of the first documents (at most three); YAML::Exception for a syntax error.
std::vector<YAML::Mark> first_document_starts(const std::string& text) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  DocumentStarts handler;
  while (handler.starts.size() < 3 && parser.HandleNextDocument(handler)) {
    const auto& starts = handler.starts;
    if (starts.size() >= 2 && starts[starts.size() - 1].pos == starts[starts.size() - 2].pos) {
      throw YAML::ParserException(starts.back(), "a ',' or other flow indicator outside a [list] or {mapping}");
    }
  }
  return handler.starts;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes, std::string_view what) {
  return input_file::read(path, max_bytes, what);
}

std::optional<YAML::Node> parse_mapping(std::string_view text, const std::string& file_label,
                                        std::vector<Diagnostic>& diagnostics) {
  if (auto bad = find_non_text(text, file_label)) {
    diagnostics.push_back(invalid_at(file_label, bad->line, bad->column,
                                     "not a text file: invalid UTF-8 or a NUL byte here", "not_text"));
    return std::nullopt;
  }
  if (auto deep = find_excessive_nesting(text, file_label)) {
    diagnostics.push_back(invalid_at(file_label, deep->line, deep->column,
                                     "nesting deeper than " + std::to_string(k_max_nesting) + " levels", "too_deep"));
    return std::nullopt;
  }
  if (auto tab = find_tab_indentation(text, file_label)) {
    diagnostics.push_back(invalid_at(file_label, tab->line, tab->column,
                                     "a tab in the indentation; YAML indents with spaces only", "tab_indentation"));
    return std::nullopt;
  }
  const std::string whole(text);
  YAML::Node root;
  try {
    const auto starts = first_document_starts(whole);
    if (starts.size() > 1) {
      diagnostics.push_back(invalid_at(file_label, starts[1].line + 1, starts[1].column + 1,
                                       "more than one YAML document; a file holds exactly one", "several_documents"));
      return std::nullopt;
    }
    if (!starts.empty()) root = YAML::Load(whole);
  } catch (const YAML::Exception& e) {
    diagnostics.push_back(invalid_at(file_label, e.mark.line + 1, e.mark.column + 1, "malformed YAML: " + e.msg,
                                     "yaml_syntax"));
    return std::nullopt;
  }
  if (!root || root.IsNull()) {
    diagnostics.push_back(invalid_at(file_label, 0, 0, "the file is empty", "empty"));
    return std::nullopt;
  }
  // Anchors and aliases may repeat a part of the file, not blow it up.
  const std::size_t expansion_limit = 4 * text.size() + 64 * 1024;
  if (auto blown_up = find_alias_expansion(root, expansion_limit, file_label)) {
    diagnostics.push_back(invalid_at(file_label, blown_up->line, blown_up->column,
                                     "aliases expand the file to more than " + std::to_string(expansion_limit / 1024) +
                                         " KiB, four times its size; write the values out",
                                     "alias_expansion"));
    return std::nullopt;
  }
  if (!root.IsMap()) {
    const auto mark = root.Mark();
    diagnostics.push_back(invalid_at(file_label, mark.line + 1, mark.column + 1,
                                     "expected a mapping of keys at the top level", "not_a_mapping"));
    return std::nullopt;
  }
  return root;
}

}  // namespace bibob::yamlio
