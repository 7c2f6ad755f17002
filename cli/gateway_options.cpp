#include "cli/gateway_options.hpp"

#include <CLI/CLI.hpp>

#include "util/errors.hpp"

namespace bibob::cli {

void GatewayOptions::add_to(CLI::App& app) {
  auto* offline = app.add_flag("--offline", m_offline, "Use only the cache and the registry snapshot; no network");
  app.add_flag("--refresh", m_refresh, "Ask the registries again, ignoring cached answers")->excludes(offline);
  app.add_flag("--no-cache", m_no_cache, "Neither read nor write the registry cache");
  app.add_option("--snapshot", m_snapshot, "Registry snapshot folder (else BIBOB_SNAPSHOT, else the bundled one)");
  app.add_option("--cache-db", m_cache_db, "Registry cache database (else BIBOB_CACHE_DB, else ~/.cache/bibob)");
}

registries::GatewayOptions GatewayOptions::resolve() const {
  registries::GatewayOptions options;
  options.mode = m_offline   ? registries::FetchMode::offline
                 : m_refresh ? registries::FetchMode::refresh
                             : registries::FetchMode::normal;
  if (!m_no_cache) {
    options.cache_database = m_cache_db.empty() ? registries::default_cache_path() : std::filesystem::path(m_cache_db);
  }
  if (!m_snapshot.empty()) {
    if (!std::filesystem::is_directory(m_snapshot)) throw InputError(m_snapshot + ": no such snapshot folder");
    options.snapshot_folder = m_snapshot;
  } else {
    options.snapshot_folder = registries::default_snapshot_folder();
  }
  return options;
}

}  // namespace bibob::cli
