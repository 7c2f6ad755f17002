#include "rendering/template_store.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "util/embedded_files.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"
#include "util/input_file.hpp"

namespace bibob::rendering {

void require_template_name(const std::string& name) {
  const bool ok = !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!ok) {
    throw UsageError("template name " + text::quoted(name) + " may hold only lower-case letters, digits and -");
  }
}

TemplateStore::TemplateStore(std::optional<std::filesystem::path> folder) : m_folder(std::move(folder)) {
  if (m_folder && !std::filesystem::is_directory(*m_folder)) {
    throw InputError(m_folder->string() + ": the template folder does not exist");
  }
}

std::optional<std::string> TemplateStore::load(const std::string& file_name) const {
  if (m_folder) {
    const auto path = *m_folder / file_name;
    if (std::filesystem::is_regular_file(path)) return input_file::read(path, k_max_template_bytes, "template");
  }
  const std::string_view bundled = embedded::file("templates/" + file_name);
  if (bundled.empty()) return std::nullopt;
  return std::string(bundled);
}

std::vector<std::string> TemplateStore::documents() const {
  std::set<std::string> names;
  auto add = [&](const std::string& file) {
    if (file.ends_with(".mustache") && !file.starts_with("_")) names.insert(file.substr(0, file.size() - 9));
  };
  for (const auto& path : embedded::files()) {
    if (path.starts_with("templates/")) add(std::string(path.substr(10)));
  }
  if (m_folder) {
    for (const auto& entry : std::filesystem::directory_iterator(*m_folder)) add(entry.path().filename().string());
  }
  return {names.begin(), names.end()};
}

std::optional<std::string> TemplateStore::document(const std::string& name) const {
  require_template_name(name);
  return load(name + ".mustache");
}

std::optional<std::string> TemplateStore::partial(const std::string& name) const {
  require_template_name(name);
  return load("_" + name + ".mustache");
}

std::string TemplateStore::stylesheet() const { return load("stijl.css").value_or(""); }

std::string TemplateStore::origin_of_document(const std::string& name) const {
  if (m_folder && std::filesystem::is_regular_file(*m_folder / (name + ".mustache"))) {
    return (*m_folder / (name + ".mustache")).string();
  }
  return "templates/" + name + ".mustache (built in)";
}

}  // namespace bibob::rendering
