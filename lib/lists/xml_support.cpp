#include "lists/xml_support.hpp"

#include <algorithm>

#include "lists/content_hash.hpp"
#include "lists/import_support.hpp"

namespace bibob::lists {

int line_of(const std::string& content, std::ptrdiff_t offset) {
  const auto end = content.begin() + std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(content.size()));
  return 1 + static_cast<int>(std::count(content.begin(), end, '\n'));
}

std::string load_xml(pugi::xml_document& document, const std::string& file) {
  std::string content = read_file(file);
  const pugi::xml_parse_result result = document.load_buffer(content.data(), content.size());
  if (!result) fail(file, line_of(content, result.offset), std::string("not well-formed XML: ") + result.description());
  return content;
}

std::string child_text(const pugi::xml_node& node, const char* name) { return trim(node.child(name).text().as_string()); }

}  // namespace bibob::lists
