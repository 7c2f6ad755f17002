#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace bibob {

// Runs task(0) .. task(count - 1) on at most max_parallel threads and waits for all of them:
// independent registry lookups of one case overlap their waiting without flooding a registry.
// The first exception a task throws is rethrown here, after every task has finished.
template <typename Task>
void run_bounded(std::size_t count, std::size_t max_parallel, Task&& task) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr first_error;
  std::mutex error_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        task(i);
      } catch (...) {
        std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
      }
    }
  };
  const std::size_t threads = std::min(count, std::max<std::size_t>(1, max_parallel));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace bibob
