#include "registries/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <random>
#include <thread>

namespace bibob::registries {
namespace {

void ensure_curl_initialised() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  std::string body;
  std::map<std::string, std::string> headers;
  std::size_t max_body_bytes = 0;
  bool too_large = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer->body.size() + bytes > transfer->max_body_bytes) {
    transfer->too_large = true;
    return 0;  // makes curl abort the transfer
  }
  transfer->body.append(data, bytes);
  return bytes;
}

std::size_t write_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  const std::string line(data, bytes);
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string value = line.substr(colon + 1);
    const auto first = value.find_first_not_of(" \t");
    const auto last = value.find_last_not_of(" \t\r\n");
    transfer->headers[name] = first == std::string::npos ? "" : value.substr(first, last - first + 1);
  } else if (line.starts_with("HTTP/")) {
    transfer->headers.clear();  // a new response after a redirect or 100-continue
  }
  return bytes;
}

FailureKind classify_curl_error(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return FailureKind::timeout;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_BAD_CONTENT_ENCODING: return FailureKind::malformed_response;
    default: return FailureKind::unreachable;
  }
}

struct Attempt {
  std::optional<HttpResponse> response;
  std::optional<Failure> failure;
};

Attempt perform(const HttpRequest& request, const HttpSettings& settings) {
  ensure_curl_initialised();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return {std::nullopt, Failure{FailureKind::unreachable, "cannot start an HTTP transfer", 0, 0}};
  Transfer transfer;
  transfer.max_body_bytes = settings.max_body_bytes;

  curl_slist* headers = nullptr;
  for (const auto& [name, value] : request.headers) headers = curl_slist_append(headers, (name + ": " + value).c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, curl_slist_free_all);

  CURL* handle = curl.get();
  const std::string agent = user_agent();
  curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  if (!request.body.empty() || request.method == "POST") {
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
  }
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, header_list.get());
  curl_easy_setopt(handle, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings.connect_timeout.count()));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(settings.timeout.count()));
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // timeouts without signals, safe in threads
  curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);  // a registry that redirects is not followed blindly
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, write_header);
  curl_easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);

  const CURLcode code = curl_easy_perform(handle);
  if (transfer.too_large) {
    return {std::nullopt, Failure{FailureKind::malformed_response,
                                  "the answer is larger than " + std::to_string(settings.max_body_bytes / 1024 / 1024) +
                                      " MiB",
                                  0, 0}};
  }
  if (code != CURLE_OK) {
    // curl's message names the host or the timeout, never a header value.
    return {std::nullopt, Failure{classify_curl_error(code), curl_easy_strerror(code), 0, 0}};
  }
  HttpResponse response;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
  response.body = std::move(transfer.body);
  response.headers = std::move(transfer.headers);
  return {std::move(response), std::nullopt};
}

bool retryable(const Attempt& attempt) {
  if (attempt.failure) return attempt.failure->kind == FailureKind::timeout;
  const long status = attempt.response->status;
  return status == 429 || status >= 500;
}

// Retry-After in seconds (the form registries use); an HTTP date is not honoured.
std::optional<std::chrono::milliseconds> retry_after(const Attempt& attempt) {
  if (!attempt.response) return std::nullopt;
  const std::string value = attempt.response->header("retry-after");
  if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  if (value.size() > 6) return std::chrono::milliseconds::max();
  return std::chrono::seconds(std::stol(value));
}

std::chrono::milliseconds backoff(const HttpSettings& settings, int attempt) {
  // Full jitter: a random wait up to the exponential bound, so that parallel lookups spread out.
  thread_local std::mt19937 random{std::random_device{}()};
  const auto bound = std::min(settings.max_backoff.count(), settings.first_backoff.count() << std::min(attempt, 16));
  std::uniform_int_distribution<long long> pick(bound / 2, std::max<long long>(bound / 2, bound));
  return std::chrono::milliseconds(pick(random));
}

Failure failure_for_status(long status, int attempts) {
  if (status == 429) return {FailureKind::rate_limited, "the registry limits the request rate (429)", status, attempts};
  return {FailureKind::server_error, "the registry answered with a server error (" + std::to_string(status) + ")",
          status, attempts};
}

}  // namespace

std::string HttpResponse::header(const std::string& lower_case_name) const {
  auto it = headers.find(lower_case_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string user_agent() { return std::string("bibob/") + BIBOB_VERSION + " (Bibob integrity screening)"; }

HttpClient::HttpClient(HttpSettings settings)
    : m_settings(settings), m_limiter(std::make_shared<RateLimiter>(settings.rate_limit_per_second)) {}

HttpOutcome HttpClient::send(const HttpRequest& request) const {
  const int max_attempts = 1 + (request.idempotent ? std::max(0, m_settings.retries) : 0);
  Attempt attempt;
  int made = 0;
  while (made < max_attempts) {
    m_limiter->acquire();
    attempt = perform(request, m_settings);
    ++made;
    if (!retryable(attempt) || made == max_attempts) break;
    auto wait = backoff(m_settings, made - 1);
    if (auto asked = retry_after(attempt)) {
      if (*asked > m_settings.max_backoff) break;  // the registry asks for longer than a screening waits
      wait = std::max(wait, *asked);
    }
    std::this_thread::sleep_for(wait);
  }
  HttpOutcome outcome;
  outcome.attempts = made;
  if (attempt.failure) {
    outcome.failure = attempt.failure;
    outcome.failure->attempts = made;
    return outcome;
  }
  const long status = attempt.response->status;
  if (status == 429 || status >= 500) outcome.failure = failure_for_status(status, made);
  outcome.response = std::move(attempt.response);
  return outcome;
}

}  // namespace bibob::registries
