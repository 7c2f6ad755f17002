#include "registries/registry_gateway.hpp"

#include <cstdlib>

#include "util/clock.hpp"
#include "util/registry_address.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace bibob::registries {
namespace {

std::string environment(const std::string& name) {
  if (name.empty()) return {};
  const char* value = std::getenv(name.c_str());
  return value == nullptr ? std::string() : std::string(value);
}

// The header each registry takes its key in (from the registries' own documentation).
std::string key_header(const std::string& registry) {
  if (registry == "kvk") return "apikey";
  if (registry == "brp") return "X-API-KEY";
  return "X-Api-Key";  // BAG, BRK
}

// The WS-Security UsernameToken header the insolvency register asks for.
std::string ws_security_header(const std::string& user, const std::string& password) {
  return "<soap:Header><wsse:Security soap:mustUnderstand=\"1\" "
         "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
         "<wsse:UsernameToken><wsse:Username>" +
         text::xml_escape(user) +
         "</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
         "oasis-200401-wss-username-token-profile-1.0#PasswordText\">" +
         text::xml_escape(password) + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>";
}

HttpSettings http_settings(const configuration::RegistrySettings& registry) {
  HttpSettings settings;
  settings.connect_timeout = std::chrono::milliseconds(registry.connect_timeout_ms);
  settings.timeout = std::chrono::milliseconds(registry.timeout_ms);
  settings.retries = registry.retries;
  settings.rate_limit_per_second = registry.rate_limit_per_second;
  return settings;
}

}  // namespace

bool is_definitive(long status) { return (status >= 200 && status < 300) || status == 404; }

RegistryGateway::RegistryGateway(const configuration::Config& config, GatewayOptions options)
    : m_registries(config.registries), m_options(std::move(options)) {
  for (const auto& [name, settings] : m_registries) {
    m_clients[name] = std::make_unique<HttpClient>(http_settings(settings));
  }
  if (m_options.cache_database) {
    m_cache = std::make_unique<ResponseCache>(*m_options.cache_database, std::chrono::seconds(config.busy_timeout_seconds));
  }
  if (m_options.snapshot_folder) m_snapshot = std::make_unique<Snapshot>(*m_options.snapshot_folder);
}

RegistryGateway::~RegistryGateway() = default;

const configuration::RegistrySettings* RegistryGateway::settings(const std::string& registry) const {
  auto it = m_registries.find(registry);
  return it == m_registries.end() ? nullptr : &it->second;
}

bool RegistryGateway::has_credentials(const std::string& registry) const {
  const configuration::RegistrySettings* registry_settings = settings(registry);
  return registry_settings != nullptr && !environment(registry_settings->api_key_env).empty();
}

namespace {

// A failure names the question it answers, so that a trace can say what was not verified.
Fetched labelled(Fetched fetched, const std::string& registry, const RegistryRequest& request) {
  if (fetched.failure && fetched.failure->request.empty()) fetched.failure->request = registry + " " + request.key;
  return fetched;
}

}  // namespace

Fetched RegistryGateway::fetch(const std::string& registry, const RegistryRequest& request) const {
  return labelled(fetch_unlabelled(registry, request), registry, request);
}

Fetched RegistryGateway::fetch_recorded(const std::string& registry, const RegistryRequest& request,
                                        const std::string& why) const {
  return labelled(fetch_recorded_unlabelled(registry, request, why), registry, request);
}

Fetched RegistryGateway::fetch_unlabelled(const std::string& registry, const RegistryRequest& request) const {
  const configuration::RegistrySettings* registry_settings = settings(registry);
  if (registry_settings == nullptr || !registry_settings->enabled) {
    return {std::nullopt, Failure{FailureKind::not_configured, "registry " + registry + " is not configured or switched off"}};
  }
  const bool reuse = m_options.mode == FetchMode::offline ||
                     (m_options.mode == FetchMode::normal && registry_settings->cache_ttl_hours > 0);
  if (m_cache && reuse) {
    std::optional<std::chrono::sys_seconds> not_before;
    if (m_options.mode == FetchMode::normal) {
      not_before = clock::now_seconds() - std::chrono::hours(registry_settings->cache_ttl_hours);
    }
    if (auto cached = m_cache->find(registry, request.key, not_before)) return {std::move(cached), std::nullopt};
  }
  if (m_options.mode == FetchMode::offline) {
    if (m_snapshot) {
      if (auto bundled = m_snapshot->find(registry, request.key)) return {std::move(bundled), std::nullopt};
    }
    return {std::nullopt, Failure{FailureKind::offline, "neither the cache nor the snapshot holds " +
                                                            registry + " " + request.describe()}};
  }
  Fetched fetched = fetch_live(*registry_settings, request);
  if (fetched.answer && m_cache && is_definitive(fetched.answer->status)) {
    fetched.answer->cache_row = m_cache->store(request.key, *fetched.answer);
  }
  return fetched;
}

Fetched RegistryGateway::fetch_recorded_unlabelled(const std::string& registry, const RegistryRequest& request,
                                                  const std::string& why) const {
  if (m_cache) {
    if (auto cached = m_cache->find(registry, request.key, std::nullopt)) return {std::move(cached), std::nullopt};
  }
  if (m_snapshot) {
    if (auto bundled = m_snapshot->find(registry, request.key)) return {std::move(bundled), std::nullopt};
  }
  return {std::nullopt, Failure{FailureKind::not_configured, why}};
}

void RegistryGateway::confirm(const RawAnswer& answer) const {
  if (m_cache && answer.cache_row) m_cache->confirm(*answer.cache_row);
}

Fetched RegistryGateway::fetch_live(const configuration::RegistrySettings& settings, const RegistryRequest& request) const {
  if (settings.base_url.empty()) {
    return {std::nullopt, Failure{FailureKind::not_configured, "registry " + settings.name + " has no base_url"}};
  }
  // The configuration refuses such an address already; this is the last guard before a key is sent.
  if (auto problem = registry_address::problem(settings.base_url)) {
    return {std::nullopt, Failure{FailureKind::not_configured, "the base address of " + settings.name + " " + *problem}};
  }
  HttpRequest http;
  http.method = request.method;
  http.url = settings.base_url + request.path;
  http.headers = request.headers;
  http.body = request.body;
  const std::string key = environment(settings.api_key_env);
  if (settings.name == "cir") {
    const std::string placeholder = k_credentials_placeholder;
    if (auto at = http.body.find(placeholder); at != std::string::npos) {
      http.body.replace(at, placeholder.size(), ws_security_header(environment(settings.username_env), key));
    }
  } else if (!key.empty()) {
    http.headers.emplace_back(key_header(settings.name), key);
  }

  const HttpOutcome outcome = m_clients.at(settings.name)->send(http);
  Fetched fetched;
  if (outcome.response) {
    RawAnswer answer;
    answer.status = outcome.response->status;
    answer.content_type = outcome.response->header("content-type");
    answer.body = outcome.response->body;
    answer.provenance = Provenance{settings.name,           request.key, answer.status, clock::utc_now_iso(),
                                   sha256_hex(answer.body), "live"};
    fetched.answer = std::move(answer);
  }
  if (outcome.failure) {
    fetched.failure = outcome.failure;
    fetched.answer.reset();
  } else if (fetched.answer && (fetched.answer->status == 401 || fetched.answer->status == 403)) {
    std::string message = "the registry refused the credentials (" + std::to_string(fetched.answer->status) + ")";
    if (key.empty()) message += "; " + settings.api_key_env + " is not set";
    fetched.failure = Failure{FailureKind::rejected_credentials, message, fetched.answer->status, outcome.attempts};
    fetched.answer.reset();
  }
  return fetched;
}

}  // namespace bibob::registries
