#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace bibob::rendering {

struct TemplateProblem {
  int line = 0;
  std::string message;
};

// Checks a Mustache template against the table of template variables: every variable and
// section resolves in its context, sections are balanced, lists are only used as sections,
// and every partial exists. Rendering refuses a template with any problem, so a misspelt
// variable never becomes a silent empty string.
std::vector<TemplateProblem> check_template(std::string_view text,
                                            const std::function<bool(const std::string&)>& partial_exists);

// The partials a template includes.
std::vector<std::string> partials_of(std::string_view text);

}  // namespace bibob::rendering
