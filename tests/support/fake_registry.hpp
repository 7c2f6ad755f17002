#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace bibob::testing {

// A local stand-in for the registries, a real HTTP server on 127.0.0.1 at a free port. It
// answers KvK (/kvk), BAG (/bag), BRP (/brp), BRK (/brk) and the insolvency register (/cir,
// SOAP) the way they answer, from the answers of a registry snapshot folder, and can be told
// to fail: the registries' own error bodies, 401/403, 429 with Retry-After, 500, a stall,
// a truncated body, invalid JSON, the wrong content type, an enormous body.
class FakeRegistry {
 public:
  enum class Fault {
    none,
    not_found,
    unauthorized,
    forbidden,
    rate_limited,
    server_error,
    stall,
    truncated,
    invalid_json,
    wrong_content_type,
    enormous,
    soap_fault,
    lie,  // an answer of the test's own making: see lie_next()
  };

  struct Received {
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers;
    std::string body;
  };

  // Serves the snapshot in `snapshot_folder` (default: the bundled one).
  explicit FakeRegistry(const std::string& snapshot_folder = "");
  ~FakeRegistry();
  FakeRegistry(const FakeRegistry&) = delete;
  FakeRegistry& operator=(const FakeRegistry&) = delete;

  // "http://127.0.0.1:PORT/kvk" and so on.
  std::string base_url(const std::string& registry) const;
  // BIBOB_<REGISTRY>_BASE_URL for every registry, pointing here.
  std::map<std::string, std::string> environment() const;

  // The next `count` requests get this fault (a stall lasts `stall_seconds`, or until stop).
  void fail_next(Fault fault, int count = 1, int retry_after_seconds = 0);
  // Requests must carry this key in the registry's own header (or WS-Security token).
  void require_key(const std::string& key);
  // The next `count` requests get this answer: a registry that answers 200 with the wrong shape,
  // another company's profile, a 404 from a proxy.
  void lie_next(int status, const std::string& content_type, const std::string& body, int count = 1);
  void set_stall_seconds(int seconds) { m_stall_seconds = seconds; }

  std::vector<Received> received() const;
  std::size_t request_count() const;

 private:
  void handle(const std::string& registry, const httplib::Request& request, httplib::Response& response);
  bool apply_fault(const std::string& registry, httplib::Response& response);
  bool credentials_ok(const std::string& registry, const httplib::Request& request) const;
  std::string request_key(const std::string& registry, const httplib::Request& request) const;

  struct Answer {
    int status = 200;
    std::string content_type;
    std::string body;
  };
  std::map<std::pair<std::string, std::string>, Answer> m_answers;
  std::unique_ptr<httplib::Server> m_server;
  std::thread m_thread;
  int m_port = 0;
  mutable std::mutex m_mutex;
  std::vector<Received> m_received;
  Fault m_fault = Fault::none;
  int m_fault_count = 0;
  int m_retry_after = 0;
  std::string m_key;
  Answer m_lie;
  std::atomic<int> m_stall_seconds{30};
  std::atomic<bool> m_stopping{false};
};

}  // namespace bibob::testing
