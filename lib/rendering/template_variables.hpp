#pragma once

#include <string>
#include <vector>

namespace bibob::rendering {

enum class VariableType { text, flag, list, object };

// One variable a template may use. Paths use "." for members and "[]" for list elements:
// "themas[].bevindingen[].tekst".
struct TemplateVariable {
  std::string path;
  VariableType type;
  std::string description;
};

// The one table of template variables: what `bibob templates vars` prints, what template
// checking resolves names against, and what the document data holds (a test holds it to that).
const std::vector<TemplateVariable>& template_variables();

const TemplateVariable* find_variable(const std::string& path);

}  // namespace bibob::rendering
