#pragma once

#include <algorithm>
#include <cstddef>
#include <queue>
#include <vector>

#include "scan/scan_result.hpp"

namespace bibob::scan {

// The first N of a ranking seen one establishment at a time: a heap of at most N, so that
// ranking an extract of any length takes the memory of N results.
class TopRanking {
 public:
  explicit TopRanking(std::size_t size) : m_size(size) {}

  void offer(EstablishmentResult result) {
    if (m_size == 0) return;
    if (m_heap.size() == m_size && !ranks_before(result, m_heap.top())) return;
    m_heap.push(std::move(result));
    if (m_heap.size() > m_size) m_heap.pop();
  }

  // Best first.
  std::vector<EstablishmentResult> take() {
    std::vector<EstablishmentResult> out;
    out.reserve(m_heap.size());
    while (!m_heap.empty()) {
      out.push_back(m_heap.top());
      m_heap.pop();
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  struct Later {
    bool operator()(const EstablishmentResult& a, const EstablishmentResult& b) const { return ranks_before(a, b); }
  };
  std::size_t m_size;
  // The top of the heap is the one that ranks last of those kept.
  std::priority_queue<EstablishmentResult, std::vector<EstablishmentResult>, Later> m_heap;
};

}  // namespace bibob::scan
