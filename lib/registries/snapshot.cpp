#include "registries/snapshot.hpp"

#include <unistd.h>

#include <cstdlib>

#include "util/errors.hpp"
#include "util/private_files.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"
#include "util/whole_file.hpp"
#include "yamlio/load.hpp"
#include "yamlio/reader.hpp"

namespace bibob::registries {
namespace {

constexpr const char* k_snapshot_schema = "bibob-snapshot/1";

// A file name for an answer, from its registry and request: readable, and safe on any disk.
std::string file_name_for(const std::string& registry, const std::string& request_key, std::size_t index) {
  std::string name;
  for (char c : request_key) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (keep) {
      name += c;
    } else if (!name.empty() && name.back() != '-') {
      name += '-';
    }
    if (name.size() > 80) break;
  }
  return registry + "/" + std::to_string(index) + "-" + name + ".txt";
}

}  // namespace

Snapshot::Snapshot(const std::filesystem::path& folder) : m_folder(folder) {
  const auto manifest = folder / "manifest.yaml";
  const std::string label = manifest.string();
  std::vector<Diagnostic> diagnostics;
  const std::string text = yamlio::read_text_file(manifest, 16 * 1024 * 1024, "snapshot manifest");
  auto root = yamlio::parse_mapping(text, label, diagnostics);
  yamlio::ReadContext context(label);
  if (root) {
    yamlio::MapReader reader(context, *root, "");
    reader.allow_only({"schema", "description", "responses"});
    const auto schema = reader.text("schema", true);
    if (schema && *schema != k_snapshot_schema) {
      context.invalid("schema", "unknown schema " + text::quoted(*schema) + "; this bibob reads " + k_snapshot_schema,
                      "unknown_schema");
    }
    reader.each("responses", true, [&](const YAML::Node& item, const std::string& path) {
      if (!item.IsMap()) {
        context.invalid(item, path, "expected a mapping", "wrong_type");
        return;
      }
      yamlio::MapReader entry(context, item, path);
      entry.allow_only({"registry", "request", "status", "content_type", "retrieved_at", "file"});
      const auto registry = entry.text("registry", true);
      const auto request = entry.text("request", true);
      const auto status = entry.number("status", true);
      const auto file = entry.text("file", true);
      const auto retrieved_at = entry.text("retrieved_at", true);
      if (!registry || !request || !status || !file || !retrieved_at) return;
      if (file->find("..") != std::string::npos || file->starts_with("/")) {
        context.invalid(yamlio::child_path(path, "file"), "must name a file inside the snapshot folder", "path_escape");
        return;
      }
      if (!std::filesystem::is_regular_file(folder / *file)) {
        context.invalid(yamlio::child_path(path, "file"), text::quoted(*file) + " does not exist", "missing_file");
        return;
      }
      m_entries[{*registry, *request}] =
          Entry{*file, static_cast<long>(*status), entry.text("content_type").value_or(""), *retrieved_at};
    });
  }
  diagnostics.insert(diagnostics.end(), context.diagnostics().begin(), context.diagnostics().end());
  if (has_invalid(diagnostics)) {
    std::vector<std::string> lines;
    for (const auto& d : diagnostics) lines.push_back(format_diagnostic(d));
    throw InputError("invalid registry snapshot:\n  " + text::join(lines, "\n  "));
  }
}

std::optional<RawAnswer> Snapshot::find(const std::string& registry, const std::string& request_key) const {
  auto it = m_entries.find({registry, request_key});
  if (it == m_entries.end()) return std::nullopt;
  RawAnswer answer;
  answer.status = it->second.status;
  answer.content_type = it->second.content_type;
  answer.body = read_whole_file(m_folder / it->second.file).value_or(std::string());
  answer.provenance = Provenance{registry,        request_key,          answer.status, it->second.retrieved_at,
                                 sha256_hex(answer.body), "snapshot"};
  return answer;
}

std::optional<std::string> Snapshot::taken_at(const std::string& registry) const {
  std::optional<std::string> newest;
  for (const auto& [key, entry] : m_entries) {
    if (key.first == registry && (!newest || entry.retrieved_at > *newest)) newest = entry.retrieved_at;
  }
  return newest;
}

void Snapshot::write(const std::filesystem::path& folder, const std::vector<std::pair<std::string, RawAnswer>>& answers) {
  YAML::Emitter manifest;
  manifest << YAML::BeginMap << YAML::Key << "schema" << YAML::Value << k_snapshot_schema;
  manifest << YAML::Key << "responses" << YAML::Value << YAML::BeginSeq;
  std::size_t index = 0;
  for (const auto& [request_key, answer] : answers) {
    const std::string file = file_name_for(answer.provenance.registry, request_key, ++index);
    private_files::write_atomically(folder / file, answer.body);
    manifest << YAML::BeginMap << YAML::Key << "registry" << YAML::Value << answer.provenance.registry
             << YAML::Key << "request" << YAML::Value << request_key << YAML::Key << "status" << YAML::Value
             << answer.status << YAML::Key << "content_type" << YAML::Value << answer.content_type << YAML::Key
             << "retrieved_at" << YAML::Value << answer.provenance.retrieved_at << YAML::Key << "file"
             << YAML::Value << file << YAML::EndMap;
  }
  manifest << YAML::EndSeq << YAML::EndMap;
  private_files::write_atomically(folder / "manifest.yaml", std::string(manifest.c_str()) + "\n");
}

std::optional<std::filesystem::path> default_snapshot_folder() {
  if (const char* folder = std::getenv("BIBOB_SNAPSHOT"); folder != nullptr && *folder != '\0') return folder;
  char executable[4096];
  const ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
  if (length > 0) {
    const std::filesystem::path binary(std::string(executable, static_cast<std::size_t>(length)));
    const auto beside_build = binary.parent_path().parent_path() / "snapshot";
    if (std::filesystem::is_regular_file(beside_build / "manifest.yaml")) return beside_build;
  }
  const std::filesystem::path installed = "/usr/share/bibob/snapshot";
  if (std::filesystem::is_regular_file(installed / "manifest.yaml")) return installed;
  return std::nullopt;
}

}  // namespace bibob::registries
