#pragma once

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "casefile/case_builder.hpp"
#include "checks/check_registry.hpp"
#include "registries/registry_gateway.hpp"
#include "screening/screening.hpp"
#include "support/run_bibob.hpp"

namespace bibob::testing {

// Lists that know a few names, for checks that need a list screener.
class FixedListScreener final : public screening::PartyListScreener {
 public:
  explicit FixedListScreener(std::vector<std::pair<std::string, screening::ListHit>> hits = {}) : m_hits(std::move(hits)) {}
  std::vector<screening::ListHit> screen(const Party& party) const override {
    std::vector<screening::ListHit> out;
    for (const auto& [name, hit] : m_hits) {
      if (name == party.display_name()) out.push_back(hit);
    }
    return out;
  }
  std::string lists_consulted() const override { return "test (2026-11-01)"; }
  bool has_lists() const override { return true; }

 private:
  std::vector<std::pair<std::string, screening::ListHit>> m_hits;
};

// The list hit the tests use: the financier of the cash-abroad case on a test OFAC list.
inline screening::ListHit benali_hit() {
  screening::ListHit hit;
  hit.list = "ofac";
  hit.entry_id = "ofac:90001";
  hit.matched_name = "BENALI, Ahmed";
  hit.score = 0.97;
  hit.match = true;
  hit.list_published = "2026-11-01";
  return hit;
}

// Screens case-file text as of `today` (2026-11-28 unless given), offline, on the bundled snapshot.
inline Screening screen_offline(const std::string& yaml, const screening::PartyListScreener* lists,
                                const configuration::Config& config = default_config(),
                                const Date& today = *Date::parse("2026-11-28")) {
  registries::GatewayOptions options;
  options.mode = registries::FetchMode::offline;
  options.snapshot_folder = source_path("snapshot");
  const registries::RegistryGateway gateway(config, options);
  return screening::screen_case(casefile::validate_case_text(yaml, "case.yaml", config, today), config, checks::check_list(), gateway,
                                {lists, nullptr, nullptr}, today);
}

inline std::string read_example(const std::string& name) {
  std::ifstream in(source_path("examples/" + name));
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

inline std::vector<Finding> findings_of(const Screening& screening, const std::string& check) {
  std::vector<Finding> out;
  for (const auto& finding : screening.findings) {
    if (finding.check == check) out.push_back(finding);
  }
  return out;
}

inline bool has_statement(const std::vector<Finding>& findings, const std::string& part,
                          Severity severity) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
    return finding.statement.find(part) != std::string::npos && finding.severity == severity;
  });
}

inline std::string statements(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& finding : findings) {
    out += std::string(to_string(finding.severity)) + ": " + finding.statement + "\n";
  }
  return out;
}

// Replaces the first occurrence of a text in a case file, so a test changes one fact.
inline std::string with(std::string yaml, const std::string& from, const std::string& to) {
  const auto at = yaml.find(from);
  if (at == std::string::npos) throw std::runtime_error("test case text has no " + from);
  return yaml.replace(at, from.size(), to);
}

}  // namespace bibob::testing
