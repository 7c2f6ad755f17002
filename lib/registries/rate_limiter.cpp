#include "registries/rate_limiter.hpp"

#include <thread>

namespace bibob::registries {

RateLimiter::RateLimiter(double requests_per_second)
    : m_interval(std::chrono::duration_cast<std::chrono::steady_clock::duration>(
          std::chrono::duration<double>(requests_per_second > 0 ? 1.0 / requests_per_second : 0.0))),
      m_next(std::chrono::steady_clock::now()) {}

void RateLimiter::acquire() {
  std::chrono::steady_clock::time_point slot;
  {
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    slot = std::max(now, m_next);
    m_next = slot + m_interval;
  }
  std::this_thread::sleep_until(slot);
}

}  // namespace bibob::registries
