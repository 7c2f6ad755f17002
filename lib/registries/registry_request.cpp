#include "registries/registry_request.hpp"

#include <cstdio>

#include "util/sha256.hpp"

namespace bibob::registries {

RegistryRequest get_request(std::string path) {
  RegistryRequest request;
  request.method = "GET";
  request.key = "GET " + path;
  request.path = std::move(path);
  request.headers = {{"Accept", "application/hal+json, application/json"}};
  return request;
}

std::string pseudonym(std::string_view personal) {
  return "p" + sha256_hex("bibob request key\n" + std::string(personal)).substr(0, 20);
}

std::string url_encode(std::string_view value) {
  std::string out;
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
      out += escaped;
    }
  }
  return out;
}

}  // namespace bibob::registries
