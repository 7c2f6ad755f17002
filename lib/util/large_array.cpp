#include "util/large_array.hpp"

#include <sys/mman.h>

#include <cstdint>

namespace bibob {
namespace {

constexpr std::size_t k_huge_page = std::size_t{2} << 20;

std::size_t whole_pages(std::size_t bytes) { return (bytes + k_huge_page - 1) / k_huge_page * k_huge_page; }

}  // namespace

void* allocate_large(std::size_t bytes) {
  if (bytes < k_huge_page) return ::operator new(bytes);
  const std::size_t size = whole_pages(bytes);
  // A page more than needed, then the ends cut off, so that the block begins on a page
  // boundary: only whole aligned 2 MiB ranges can be huge pages.
  void* mapped = mmap(nullptr, size + k_huge_page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) throw std::bad_alloc();
  const auto start = reinterpret_cast<std::uintptr_t>(mapped);
  const std::uintptr_t aligned = (start + k_huge_page - 1) & ~(std::uintptr_t{k_huge_page} - 1);
  if (aligned > start) munmap(mapped, aligned - start);
  const std::uintptr_t end = start + size + k_huge_page;
  if (end > aligned + size) munmap(reinterpret_cast<void*>(aligned + size), end - (aligned + size));
  // Only a hint: where the kernel has no huge pages to give, the block has ordinary ones.
  madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(aligned);
}

void release_large(void* memory, std::size_t bytes) noexcept {
  if (memory == nullptr) return;
  if (bytes < k_huge_page) {
    ::operator delete(memory);
    return;
  }
  munmap(memory, whole_pages(bytes));
}

}  // namespace bibob
