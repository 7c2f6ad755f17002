#pragma once

#include <string>
#include <utility>
#include <vector>

namespace bibob::registries {

// One question to a registry, as an adapter builds it: without any credential. The gateway
// adds the registry's credential when it sends it and never stores or shows it.
struct RegistryRequest {
  std::string method = "GET";
  std::string path;  // below the base address, with its query: "/v1/basisprofielen/68750110"
  std::string body;  // for POST; for SOAP, k_credentials_placeholder marks the security header
  std::vector<std::pair<std::string, std::string>> headers;  // only headers without secrets
  // What identifies the question for the cache, the snapshot and provenance: the method and
  // path, plus for POST what the body asks ("POST /personen RaadpleegMetBurgerservicenummer 999990007").
  std::string key;

  const std::string& describe() const { return key; }
};

// Where a SOAP envelope's WS-Security header goes; replaced at sending time.
inline constexpr const char* k_credentials_placeholder = "<!--bibob:credentials-->";

// A GET request whose key is its method and path.
RegistryRequest get_request(std::string path);

// Percent-encodes a query value.
std::string url_encode(std::string_view value);

}  // namespace bibob::registries
