#pragma once

#include <chrono>
#include <mutex>

namespace bibob::registries {

// Spaces requests to one registry evenly, across threads: BAG allows 50 a second, and a
// registry that is asked faster answers 429 and may block the municipality's key.
class RateLimiter {
 public:
  explicit RateLimiter(double requests_per_second);

  // Blocks until the next request may go out.
  void acquire();

 private:
  std::chrono::steady_clock::duration m_interval;
  std::chrono::steady_clock::time_point m_next;
  std::mutex m_mutex;
};

}  // namespace bibob::registries
