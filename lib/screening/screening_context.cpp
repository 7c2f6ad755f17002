#include "screening/screening_context.hpp"

#include <algorithm>

namespace bibob::screening {

ScreeningContext::ScreeningContext(const CaseFile& file, const configuration::Config& config, const Validation& validation,
                                   const RegistryFacts& facts, const RelationsGraph& graph,
                                   ScreeningSources sources, int relation_depth, Date today)
    : m_file(file),
      m_config(config),
      m_validation(validation),
      m_facts(facts),
      m_graph(graph),
      m_sources(sources),
      m_today(today) {
  for (const auto& reached : graph.reached_from_applicant(relation_depth)) {
    m_paths[reached.id] = reached.path;
    if (const Party* party = file.find_party(reached.id)) m_screened.push_back(party);
  }
}

Date ScreeningContext::reference_date() const { return m_file.header.received_on.value_or(m_today); }

Date ScreeningContext::ties_judged_on() const { return std::max(reference_date(), m_today); }

std::string ScreeningContext::relation_path(const std::string& party_id) const {
  auto it = m_paths.find(party_id);
  return it == m_paths.end() ? std::string() : it->second;
}

}  // namespace bibob::screening
