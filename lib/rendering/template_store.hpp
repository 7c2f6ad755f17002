#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bibob::rendering {

// The document templates: the bundled ones, each overridden by a file of the same name in
// the municipality's template folder (config templates.directory), without a rebuild.
// Documents are NAME.mustache, partials _NAME.mustache, the house style stijl.css.
// A template is a page or two of Mustache; a file far larger is no template.
inline constexpr std::size_t k_max_template_bytes = 1024 * 1024;

class TemplateStore {
 public:
  explicit TemplateStore(std::optional<std::filesystem::path> folder);

  std::vector<std::string> documents() const;
  // A document's or a partial's text; nothing when there is none. Throws UsageError for a
  // name that could reach outside the template folder.
  std::optional<std::string> document(const std::string& name) const;
  std::optional<std::string> partial(const std::string& name) const;
  std::string stylesheet() const;
  // "built in" or the file it comes from, for messages.
  std::string origin_of_document(const std::string& name) const;

 private:
  std::optional<std::string> load(const std::string& file_name) const;
  std::optional<std::filesystem::path> m_folder;
};

// Template and partial names: lower-case letters, digits and "-", so none escapes its folder.
void require_template_name(const std::string& name);

}  // namespace bibob::rendering
