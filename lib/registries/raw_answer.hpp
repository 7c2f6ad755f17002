#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/failure.hpp"
#include "model/provenance.hpp"

namespace bibob::registries {

// A registry's answer as received (or as cached or bundled), before an adapter reads it.
struct RawAnswer {
  long status = 0;
  std::string content_type;
  std::string body;
  Provenance provenance;
  // The cache row of a live answer: an adapter that could read the answer confirms it, and
  // only confirmed answers are served from the cache again.
  std::optional<std::int64_t> cache_row;
};

// Either an answer (of a status the adapter interprets) or a failure with no usable answer.
struct Fetched {
  std::optional<RawAnswer> answer;
  std::optional<Failure> failure;
};

}  // namespace bibob::registries
