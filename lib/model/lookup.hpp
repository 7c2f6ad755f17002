#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/failure.hpp"
#include "model/provenance.hpp"

namespace bibob {

// The result of asking a registry one question. A failed lookup is never an empty result:
// a check that gets one reports the facts it needed as "not verified".
template <typename T>
struct Lookup {
  enum class Status { found, not_found, failed };
  Status status = Status::failed;
  std::vector<T> records;  // what was found (one for a direct lookup, any number for a search)
  std::optional<Failure> failure;
  std::vector<Provenance> provenance;  // every answer the result rests on, in the order asked

  bool found() const { return status == Status::found; }
  bool failed() const { return status == Status::failed; }
  const T& record() const { return records.front(); }
};

template <typename T>
Lookup<T> failed_lookup(Failure failure, std::vector<Provenance> provenance = {}) {
  Lookup<T> lookup;
  lookup.status = Lookup<T>::Status::failed;
  lookup.failure = std::move(failure);
  lookup.provenance = std::move(provenance);
  return lookup;
}

template <typename T>
Lookup<T> answered_lookup(std::vector<T> records, std::vector<Provenance> provenance) {
  Lookup<T> lookup;
  lookup.status = records.empty() ? Lookup<T>::Status::not_found : Lookup<T>::Status::found;
  lookup.records = std::move(records);
  lookup.provenance = std::move(provenance);
  return lookup;
}

}  // namespace bibob
