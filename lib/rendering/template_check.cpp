#include "rendering/template_check.hpp"

#include <algorithm>

#include "rendering/template_variables.hpp"
#include "util/text.hpp"

namespace bibob::rendering {
namespace {

struct Tag {
  char kind = 0;  // 0 variable, '#', '^', '/', '>', '!', '&', '{', '='
  std::string name;
  int line = 0;
};

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::vector<Tag> tags_of(std::string_view text, std::vector<TemplateProblem>& problems) {
  std::vector<Tag> tags;
  std::size_t at = 0;
  while ((at = text.find("{{", at)) != std::string_view::npos) {
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    const bool triple = text.substr(at, 3) == "{{{";
    const std::string_view close = triple ? "}}}" : "}}";
    const auto end = text.find(close, at + (triple ? 3 : 2));
    if (end == std::string_view::npos) {
      problems.push_back({line, "a tag opened with " + std::string(triple ? "{{{" : "{{") + " is never closed"});
      break;
    }
    std::string body(text.substr(at + (triple ? 3 : 2), end - at - (triple ? 3 : 2)));
    Tag tag;
    tag.line = line;
    if (triple) {
      tag.kind = '{';
    } else if (!body.empty() && std::string_view("#^/>!&=").find(body.front()) != std::string_view::npos) {
      tag.kind = body.front();
      body.erase(0, 1);
    }
    tag.name = trim(body);
    tags.push_back(tag);
    at = end + close.size();
  }
  return tags;
}

}  // namespace

std::vector<TemplateProblem> check_template(std::string_view text,
                                            const std::function<bool(const std::string&)>& partial_exists) {
  std::vector<TemplateProblem> problems;
  struct Open {
    std::string name;
    std::string context;
    int line;
  };
  std::vector<Open> open;
  auto context = [&] { return open.empty() ? std::string() : open.back().context; };
  auto resolve = [&](const std::string& name) -> const TemplateVariable* {
    std::vector<std::string> contexts = {""};
    for (const auto& section : open) contexts.push_back(section.context);
    for (auto it = contexts.rbegin(); it != contexts.rend(); ++it) {
      if (const auto* variable = find_variable(it->empty() ? name : *it + "." + name)) return variable;
    }
    return nullptr;
  };
  auto unknown = [&](const Tag& tag, const std::string& what) {
    std::vector<std::string> names;
    for (const auto& variable : template_variables()) names.push_back(variable.path.substr(variable.path.rfind('.') + 1));
    problems.push_back({tag.line, "unknown " + what + " " + text::quoted(tag.name) + text::did_you_mean(tag.name, names)});
  };
  for (const auto& tag : tags_of(text, problems)) {
    switch (tag.kind) {
      case '!': break;
      case '=': problems.push_back({tag.line, "changing the delimiters is not supported"}); break;
      case '>':
        if (!partial_exists(tag.name)) problems.push_back({tag.line, "no partial named " + text::quoted(tag.name)});
        // Partials and variables share one name space when rendering.
        if (find_variable(tag.name) != nullptr) {
          problems.push_back({tag.line, "partial " + text::quoted(tag.name) + " has the name of a variable; rename it"});
        }
        break;
      case '#':
      case '^': {
        const auto* variable = resolve(tag.name);
        if (variable == nullptr) {
          unknown(tag, "section");
          open.push_back({tag.name, context(), tag.line});
          break;
        }
        std::string inner = context();
        if (tag.kind == '#' && variable->type == VariableType::list) inner = variable->path + "[]";
        if (tag.kind == '#' && variable->type == VariableType::object) inner = variable->path;
        open.push_back({tag.name, inner, tag.line});
        break;
      }
      case '/':
        if (open.empty()) {
          problems.push_back({tag.line, "closes section " + text::quoted(tag.name) + ", which is not open"});
        } else if (open.back().name != tag.name) {
          problems.push_back({tag.line, "closes section " + text::quoted(tag.name) + ", but " +
                                            text::quoted(open.back().name) + " (line " +
                                            std::to_string(open.back().line) + ") is open"});
        } else {
          open.pop_back();
        }
        break;
      default: {
        const auto* variable = resolve(tag.name);
        if (variable == nullptr) {
          unknown(tag, "variable");
        } else if (variable->type == VariableType::list || variable->type == VariableType::object) {
          problems.push_back({tag.line, text::quoted(tag.name) + " is a " +
                                            (variable->type == VariableType::list ? "list" : "group") +
                                            "; use it as a section {{#" + tag.name + "}}...{{/" + tag.name + "}}"});
        }
      }
    }
  }
  for (const auto& section : open) {
    problems.push_back({section.line, "section " + text::quoted(section.name) + " is never closed"});
  }
  return problems;
}

std::vector<std::string> partials_of(std::string_view text) {
  std::vector<TemplateProblem> ignored;
  std::vector<std::string> partials;
  for (const auto& tag : tags_of(text, ignored)) {
    if (tag.kind == '>') partials.push_back(tag.name);
  }
  return partials;
}

}  // namespace bibob::rendering
