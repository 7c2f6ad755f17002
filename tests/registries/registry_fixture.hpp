#pragma once

#include <optional>
#include <string>

#include "configuration/config_loader.hpp"
#include "registries/registry_gateway.hpp"
#include "support/fake_registry.hpp"
#include "support/temp_dir.hpp"

namespace bibob::testing {

// The built-in configuration with every registry pointed at a fake, with short timeouts and
// backoffs so that fault tests stay quick.
inline configuration::Config config_for(const FakeRegistry& fake, int retries = 2, long timeout_ms = 2000) {
  configuration::Config config = *configuration::load_config_text(std::nullopt, "").config;
  for (auto& [name, registry] : config.registries) {
    registry.base_url = fake.base_url(name);
    registry.retries = retries;
    registry.timeout_ms = timeout_ms;
    registry.connect_timeout_ms = 1000;
    registry.rate_limit_per_second = 1000;
  }
  return config;
}

inline registries::GatewayOptions live_options(const TempDir& dir, registries::FetchMode mode = registries::FetchMode::normal) {
  registries::GatewayOptions options;
  options.mode = mode;
  options.cache_database = dir / "cache.db";
  return options;
}

}  // namespace bibob::testing
