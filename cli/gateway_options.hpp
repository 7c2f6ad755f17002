#pragma once

#include <optional>
#include <string>

#include "configuration/config.hpp"
#include "registries/registry_gateway.hpp"

namespace CLI {
class App;
}

namespace bibob::cli {

// The options of every command that consults registries: --offline, --refresh, --snapshot,
// --cache-db. Shared so that they read the same everywhere.
class GatewayOptions {
 public:
  void add_to(CLI::App& app);
  registries::GatewayOptions resolve() const;

 private:
  bool m_offline = false;
  bool m_refresh = false;
  bool m_no_cache = false;
  std::string m_snapshot;
  std::string m_cache_db;
};

}  // namespace bibob::cli
