#pragma once

#include <string>
#include <string_view>

namespace bibob {

// Why a registry gave no usable answer. "Not found" is not a failure of the registry: it is an
// answer, and adapters report it as an empty result; it is here for the HTTP layer only.
enum class FailureKind {
  unreachable,           // no connection (DNS, refused, TLS)
  timeout,               // connected but no complete answer in time
  rate_limited,          // 429 after every retry
  rejected_credentials,  // 401 or 403: no key, a wrong key, or no authorisation
  not_found,             // 404 where the registry uses it for "no such record"
  rejected_request,      // 400 or 422: the registry refused the question itself
  server_error,          // 5xx after every retry, or a SOAP fault
  malformed_response,    // an answer that is not what the contract promises
  not_configured,        // no base address, or the registry is switched off
  offline,               // --offline and nothing in the cache or snapshot
};

std::string_view to_string(FailureKind kind);

struct Failure {
  FailureKind kind = FailureKind::unreachable;
  std::string message;  // for people; never holds a key or personal data
  long http_status = 0;
  int attempts = 0;
  std::string request = {};  // the question that failed ("kvk GET /v1/basisprofielen/90002547"), for the trace
};

}  // namespace bibob
