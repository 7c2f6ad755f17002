#pragma once

#include <string>
#include <vector>

#include "model/case_file.hpp"
#include "casefile/validation.hpp"
#include "configuration/config.hpp"
#include "screening/decision_history.hpp"
#include "screening/list_screening.hpp"
#include "model/signal.hpp"
#include "model/registry_facts.hpp"
#include "screening/relations_graph.hpp"
#include "util/date.hpp"

namespace bibob::screening {

// The sources a screening reads besides the registries, each null when not in use: the
// sanctions lists, the municipality's register of earlier decisions, its signals register.
struct ScreeningSources {
  const PartyListScreener* lists = nullptr;
  const DecisionHistory* history = nullptr;
  const std::vector<Signal>* signals = nullptr;
};

// What a check may read: the validated case file, the configuration, the registry facts
// gathered for it, the relations graph and the list screener. Checks never touch the network.
class ScreeningContext {
 public:
  ScreeningContext(const CaseFile& file, const configuration::Config& config, const Validation& validation, const RegistryFacts& facts,
                   const RelationsGraph& graph, ScreeningSources sources, int relation_depth, Date today);

  const CaseFile& case_file() const { return m_file; }
  const configuration::Config& config() const { return m_config; }
  const Validation& validation() const { return m_validation; }
  const RegistryFacts& facts() const { return m_facts; }
  const RelationsGraph& graph() const { return m_graph; }
  const PartyListScreener* lists() const { return m_sources.lists; }
  // The municipality's own register of decisions; null when no case register is in use.
  const DecisionHistory* history() const { return m_sources.history; }
  // The signals register; null when none is in use.
  const std::vector<Signal>* signals() const { return m_sources.signals; }
  const Date& today() const { return m_today; }

  // The date the case is assessed against: the day the application was received.
  Date reference_date() const;
  // The date against which a tie with the business is judged to still stand: today (the danger
  // must be current when the decision is taken), or the reference date when that is later.
  Date ties_judged_on() const;

  // The case's parties within the configured relation depth of the applicant, nearest first.
  const std::vector<const Party*>& screened_parties() const { return m_screened; }
  std::string relation_path(const std::string& party_id) const;

 private:
  const CaseFile& m_file;
  const configuration::Config& m_config;
  const Validation& m_validation;
  const RegistryFacts& m_facts;
  const RelationsGraph& m_graph;
  ScreeningSources m_sources;
  Date m_today;
  std::vector<const Party*> m_screened;
  std::map<std::string, std::string> m_paths;
};

}  // namespace bibob::screening
