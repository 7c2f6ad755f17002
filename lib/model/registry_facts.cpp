#include "model/registry_facts.hpp"

namespace bibob {

std::map<std::string, int> RegistryFacts::failures_by_registry() const {
  std::map<std::string, int> failures;
  for_each_lookup([&](const std::string& registry, const auto& lookup) {
    if (lookup.failed()) ++failures[registry];
  });
  return failures;
}

}  // namespace bibob
