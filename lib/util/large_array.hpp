#pragma once

#include <cstddef>
#include <limits>
#include <new>
#include <vector>

namespace bibob {

// Memory for arrays of many megabytes that are read at random, such as a name index's postings
// and per-name data: on 2 MiB pages where the kernel grants them (transparent huge pages,
// asked for with madvise), so that a random read misses the TLB far less often. Smaller
// blocks come from operator new as usual. Throws std::bad_alloc when there is no memory.
void* allocate_large(std::size_t bytes);
void release_large(void* memory, std::size_t bytes) noexcept;

template <typename T>
struct LargeArrayAllocator {
  using value_type = T;
  LargeArrayAllocator() = default;
  template <typename U>
  explicit LargeArrayAllocator(const LargeArrayAllocator<U>& /*other*/) noexcept {}
  T* allocate(std::size_t count) {
    if (count > std::numeric_limits<std::size_t>::max() / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(allocate_large(count * sizeof(T)));
  }
  void deallocate(T* memory, std::size_t count) noexcept { release_large(memory, count * sizeof(T)); }
  friend bool operator==(const LargeArrayAllocator&, const LargeArrayAllocator&) { return true; }
};

template <typename T>
using LargeArray = std::vector<T, LargeArrayAllocator<T>>;

}  // namespace bibob
