#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/failure.hpp"
#include "registries/rate_limiter.hpp"

namespace bibob::registries {

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  // Headers may hold a key: they are sent, never logged, cached or shown.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Only a request that can be repeated without effect is retried; every registry question
  // bibob asks is a read, but the adapter says so explicitly.
  bool idempotent = true;
};

struct HttpResponse {
  long status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string header(const std::string& lower_case_name) const;
};

struct HttpSettings {
  std::chrono::milliseconds connect_timeout{3000};
  std::chrono::milliseconds timeout{10000};
  int retries = 3;
  double rate_limit_per_second = 10;
  std::size_t max_body_bytes = 32 * 1024 * 1024;
  std::chrono::milliseconds first_backoff{250};
  std::chrono::milliseconds max_backoff{30000};  // also the longest Retry-After honoured
};

// The outcome of one request after its retries: an HTTP answer (of any status), or a failure
// when no answer came or the last answer was 429 or 5xx.
struct HttpOutcome {
  std::optional<HttpResponse> response;
  std::optional<Failure> failure;
  int attempts = 0;
};

// A libcurl client with named timeouts, TLS verification, a User-Agent with the version,
// retries with exponential backoff and jitter (idempotent requests, timeouts, 429 and 5xx
// only, honouring Retry-After) and a rate limit. Safe to use from several threads.
class HttpClient {
 public:
  explicit HttpClient(HttpSettings settings);
  HttpOutcome send(const HttpRequest& request) const;
  const HttpSettings& settings() const { return m_settings; }

 private:
  HttpSettings m_settings;
  std::shared_ptr<RateLimiter> m_limiter;
};

std::string user_agent();

}  // namespace bibob::registries
