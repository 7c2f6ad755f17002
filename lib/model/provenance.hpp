#pragma once

#include <string>

namespace bibob {

// Where and when a fact came from, so that a document can cite it and a court can trace it.
struct Provenance {
  std::string registry;      // "kvk", "bag", ...
  std::string request;       // "GET /v1/basisprofielen/68750110": no key, no credentials
  long status = 0;           // the HTTP status of the answer
  std::string retrieved_at;  // when the registry answered, UTC, ISO 8601
  std::string body_sha256;   // of the answer as received
  std::string source;        // "live", "cache" or "snapshot"

  // A short reference for footnotes: registry and the first 12 digits of the body hash.
  std::string reference() const { return registry + ":" + body_sha256.substr(0, 12); }
};

}  // namespace bibob
