#include "store/case_archive.hpp"

#include <stdlib.h>
#include <zip.h>

#include <fstream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "store/case_bundle_json.hpp"
#include "util/clock.hpp"
#include "util/errors.hpp"
#include "util/private_files.hpp"
#include "util/sha256.hpp"

namespace bibob::store {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_readme =
    "Bibob-dossier, geexporteerd door bibob.\n\n"
    "GEHEIM: gegevens verkregen op grond van de Wet Bibob. Verstrekking aan anderen dan de\n"
    "personen en instanties genoemd in artikel 28 Wet Bibob is strafbaar.\n\n"
    "case.yaml          het Bibob-formulier zoals ontvangen\n"
    "case.json          het dossier: status, termijnen, besluiten, notities, documenten\n"
    "screenings/N.json  elke screening (bibob-screening/1), met bevindingen en bronnen\n"
    "audit.json         elke inzage en wijziging van dit dossier (audit trail)\n"
    "manifest.json      elk bestand met zijn SHA-256, om ongewijzigdheid te controleren\n";

std::string screening_file(std::size_t index) { return "screenings/" + std::to_string(index + 1) + ".json"; }

// A private temporary folder beside the target, removed with everything in it.
class ScratchFolder {
 public:
  explicit ScratchFolder(const std::filesystem::path& beside) {
    private_files::ensure_directory(beside);
    std::string pattern = (beside / ".bibob-export-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw Error(ExitCode::internal, beside.string() + ": cannot create a temporary folder");
    }
    m_path = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

std::string read_entry(zip_t* archive, const std::string& name, const std::string& label) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    throw InputError(label + ": " + name + " is missing from the archive");
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> entry(zip_fopen(archive, name.c_str(), 0), zip_fclose);
  if (!entry) throw InputError(label + ": " + name + " cannot be read");
  std::string content(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_fread(entry.get(), content.data(), stat.size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) throw InputError(label + ": " + name + " cannot be read");
  return content;
}

}  // namespace

void write_case_archive(const std::filesystem::path& file, const CaseBundle& bundle,
                        const std::vector<AuditRecord>& audit, const std::string& exported_by) {
  // name -> content, in the order a reader meets them
  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back("README.txt", k_readme);
  files.emplace_back("case.yaml", bundle.header.case_file);
  files.emplace_back("case.json", bundle_json(bundle).dump(2) + "\n");
  for (std::size_t i = 0; i < bundle.screenings.size(); ++i) {
    files.emplace_back(screening_file(i), bundle.screenings[i].json);
  }
  Json audit_list = Json::array();
  for (const auto& record : audit) audit_list.push_back(audit_json(record));
  files.emplace_back("audit.json", audit_list.dump(2) + "\n");
  Json manifest = {{"schema", k_archive_schema},
                   {"case_id", bundle.header.id},
                   {"exported_at", clock::utc_now_iso()},
                   {"exported_by", exported_by},
                   {"files", Json::array()}};
  for (const auto& [name, content] : files) {
    manifest["files"].push_back({{"name", name}, {"bytes", content.size()}, {"sha256", sha256_hex(content)}});
  }
  files.emplace_back("manifest.json", manifest.dump(2) + "\n");

  const std::filesystem::path folder = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  ScratchFolder scratch(folder);
  const auto temporary = scratch.path() / "archive.zip";
  int error = 0;
  zip_t* archive = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_EXCL, &error);
  if (archive == nullptr) throw Error(ExitCode::internal, file.string() + ": cannot create the archive");
  for (const auto& [name, content] : files) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source != nullptr) zip_source_free(source);
      zip_discard(archive);
      throw Error(ExitCode::internal, file.string() + ": cannot add " + name + " to the archive");
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    throw Error(ExitCode::internal, file.string() + ": cannot write the archive");
  }
  std::ifstream in(temporary, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  private_files::write_atomically(file, bytes.str());
}

CaseBundle read_case_archive(const std::filesystem::path& file) {
  const std::string label = file.string();
  int error = 0;
  std::unique_ptr<zip_t, decltype(&zip_close)> archive(zip_open(file.c_str(), ZIP_RDONLY, &error), zip_close);
  if (!archive) throw InputError(label + ": not a bibob case archive (cannot be opened as ZIP)");
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(read_entry(archive.get(), "manifest.json", label));
  } catch (const nlohmann::json::exception& e) {
    throw InputError(label + ": manifest.json: " + e.what());
  }
  if (manifest.value("schema", "") != k_archive_schema) {
    throw InputError(label + ": manifest.json: schema is not " + std::string(k_archive_schema));
  }
  std::map<std::string, std::string> contents;
  for (const auto& entry : manifest.value("files", nlohmann::json::array())) {
    const std::string name = entry.value("name", "");
    std::string content = read_entry(archive.get(), name, label);
    if (sha256_hex(content) != entry.value("sha256", "")) {
      throw InputError(label + ": " + name + " does not match its SHA-256 in manifest.json (altered)");
    }
    contents[name] = std::move(content);
  }
  for (const char* needed : {"case.yaml", "case.json"}) {
    if (!contents.contains(needed)) throw InputError(label + ": manifest.json does not list " + needed);
  }
  CaseBundle bundle;
  try {
    bundle = bundle_from_json(nlohmann::json::parse(contents["case.json"]), label + ": case.json");
  } catch (const nlohmann::json::exception& e) {
    throw InputError(label + ": case.json: " + e.what());
  }
  bundle.header.case_file = contents["case.yaml"];
  if (sha256_hex(bundle.header.case_file) != bundle.header.case_file_sha256) {
    throw InputError(label + ": case.yaml does not match case_file_sha256 in case.json");
  }
  for (std::size_t i = 0; i < bundle.screenings.size(); ++i) {
    const auto found = contents.find(screening_file(i));
    if (found == contents.end()) throw InputError(label + ": " + screening_file(i) + " is missing");
    bundle.screenings[i].json = found->second;
    if (sha256_hex(found->second) != bundle.screenings[i].json_sha256) {
      throw InputError(label + ": " + screening_file(i) + " does not match its json_sha256 in case.json");
    }
  }
  return bundle;
}

}  // namespace bibob::store
