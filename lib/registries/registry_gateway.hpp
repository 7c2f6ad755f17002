#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "configuration/config.hpp"
#include "registries/http_client.hpp"
#include "registries/raw_answer.hpp"
#include "registries/registry_request.hpp"
#include "registries/response_cache.hpp"
#include "registries/snapshot.hpp"

namespace bibob::registries {

enum class FetchMode {
  normal,   // a fresh enough cached answer, else the registry
  offline,  // only the cache (of any age) and the snapshot; never the network
  refresh,  // always the registry, ignoring the cache
};

struct GatewayOptions {
  FetchMode mode = FetchMode::normal;
  std::optional<std::filesystem::path> cache_database;   // none: no cache at all
  std::optional<std::filesystem::path> snapshot_folder;  // none: no snapshot
};

// The one way to a registry: the provenance cache, the offline snapshot, and the live
// registry with its credential, timeouts, retries and rate limit. Safe from several threads.
class RegistryGateway {
 public:
  RegistryGateway(const configuration::Config& config, GatewayOptions options);
  ~RegistryGateway();

  Fetched fetch(const std::string& registry, const RegistryRequest& request) const;

  // Only what was recorded (the cache of any age, then the snapshot), never the network: for
  // a product whose contract is not public, so that no guessed request goes to a registry.
  Fetched fetch_recorded(const std::string& registry, const RegistryRequest& request, const std::string& why) const;

  // An adapter read this answer as the contract promises: the cache may serve it again.
  void confirm(const RawAnswer& answer) const;

  FetchMode mode() const { return m_options.mode; }
  const configuration::RegistrySettings* settings(const std::string& registry) const;
  // The environment variable that holds the registry's key, and whether it is set.
  bool has_credentials(const std::string& registry) const;
  const ResponseCache* cache() const { return m_cache.get(); }
  const Snapshot* snapshot() const { return m_snapshot.get(); }

 private:
  Fetched fetch_live(const configuration::RegistrySettings& settings, const RegistryRequest& request) const;
  Fetched fetch_unlabelled(const std::string& registry, const RegistryRequest& request) const;
  Fetched fetch_recorded_unlabelled(const std::string& registry, const RegistryRequest& request,
                                    const std::string& why) const;

  std::map<std::string, configuration::RegistrySettings> m_registries;
  GatewayOptions m_options;
  std::map<std::string, std::unique_ptr<HttpClient>> m_clients;
  std::unique_ptr<ResponseCache> m_cache;
  std::unique_ptr<Snapshot> m_snapshot;
};

// Answers that are the registry's word on the question (found, or "no such record") and may
// be cached; 429, 5xx and the like are not.
bool is_definitive(long status);

}  // namespace bibob::registries
