#pragma once

#include <string>

#include <pugixml.hpp>

namespace bibob::lists {

// Loads an XML list file, or throws InputError with the file, the line and what is wrong.
// Returns the file's text, for line numbers of nodes.
std::string load_xml(pugi::xml_document& document, const std::string& file);

// The text of a child element, trimmed; empty when absent.
std::string child_text(const pugi::xml_node& node, const char* name);

// The line of a node in the file, counted from its offset in the text.
int line_of(const std::string& content, std::ptrdiff_t offset);

}  // namespace bibob::lists
