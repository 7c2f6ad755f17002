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

// What stands for personal data (a BSN, a name with a date of birth) in a request key, so that
// the cache's request column, snapshot file names and provenance never show it: "p" and 20
// hex digits of a SHA-256. The same person gives the same key, so the cache and snapshots keep
// working; it hides the data from whoever reads a listing or a log, and is no protection
// against someone who guesses BSNs (the cache that holds the answers is owner-only for that).
std::string pseudonym(std::string_view personal);

// Percent-encodes a query value.
std::string url_encode(std::string_view value);

}  // namespace bibob::registries
