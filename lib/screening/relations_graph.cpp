#include "screening/relations_graph.hpp"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <set>

#include "screening/name_identity.hpp"

namespace bibob::screening {

std::string relation_label(const std::string& type) {
  static const std::map<std::string, std::string> labels = {
      {"director", "bestuurder"},          {"shareholder", "aandeelhouder"},
      {"ubo", "uiteindelijk belanghebbende"}, {"financier", "financier"},
      {"landlord", "verhuurder"},          {"business_partner", "zakelijk partner"},
      {"manager", "leidinggevende"},       {"subcontractor", "onderaannemer"},
      {"representative", "vertegenwoordiger"}, {"de_facto_manager", "feitelijk leidinggevende"},
      {"officer", "functionaris (KvK)"},   {"premises_owner", "eigenaar van het pand (BRK)"}};
  auto it = labels.find(type);
  return it == labels.end() ? type : it->second;
}

RelationsGraph::RelationsGraph(const CaseFile& file, const RegistryFacts& facts) : m_applicant(file.applicant) {
  for (const auto& party : file.parties) add_node({party.id, party.display_name(), party.is_person(), "case_file"});
  for (const auto& relation : file.relations) {
    m_edges.push_back({relation.from, relation.to, relation.type, relation.share_pct, relation.direct, "case_file"});
  }
  // Officers the KvK registers for the case's organisations.
  for (const auto& party : file.parties) {
    auto it = facts.officers.find(party.kvk);
    if (party.is_person() || party.kvk.empty() || it == facts.officers.end()) continue;
    for (const auto& officer : it->second.records) {
      const Party* known = find_person(file, officer.name, officer.birth_date);
      const std::string id = known != nullptr ? known->id : "kvk-officer:" + officer.name;
      if (known == nullptr) add_node({id, officer.name, true, "kvk"});
      m_edges.push_back({id, party.id, "officer", std::nullopt, true, "kvk"});
    }
  }
  // The owner of the premises, when the BRK names one the case file does not.
  if (facts.premises_rights && !file.applicant.empty()) {
    for (const auto& right : facts.premises_rights->records) {
      const Party* known = find_organisation(file, right.holder_name);
      const std::string id = known != nullptr ? known->id : "brk-holder:" + right.holder_id;
      if (known == nullptr) {
        add_node({id, right.holder_name, right.holder_type.find("niet_natuurlijk") == std::string::npos, "brk"});
      }
      m_edges.push_back({id, file.applicant, "premises_owner", std::nullopt, true, "brk"});
    }
  }
}

void RelationsGraph::add_node(Node node) {
  if (this->node(node.id) == nullptr) m_nodes.push_back(std::move(node));
}

const RelationsGraph::Node* RelationsGraph::node(const std::string& id) const {
  for (const auto& candidate : m_nodes) {
    if (candidate.id == id) return &candidate;
  }
  return nullptr;
}

std::vector<RelationsGraph::Reached> RelationsGraph::reached_from_applicant(int max_depth) const {
  std::vector<Reached> reached;
  if (node(m_applicant) == nullptr) return reached;
  std::map<std::string, Reached> seen;
  std::deque<std::string> queue = {m_applicant};
  seen[m_applicant] = {m_applicant, 0, node(m_applicant)->name};
  reached.push_back(seen[m_applicant]);
  while (!queue.empty()) {
    const std::string current = queue.front();
    queue.pop_front();
    const Reached& here = seen[current];
    if (here.depth >= max_depth) continue;
    // Relations are followed both ways: a shareholder of a shareholder is related too.
    for (const auto& edge : m_edges) {
      std::string next;
      if (edge.to == current) next = edge.from;
      if (edge.from == current) next = edge.to;
      if (next.empty() || seen.count(next) != 0 || node(next) == nullptr) continue;
      std::string label = relation_label(edge.type);
      if (edge.share_pct) {
        char share[32];
        std::snprintf(share, sizeof share, " (%g%%)", *edge.share_pct);
        label += share;
      }
      const std::string step = edge.to == current ? node(next)->name + " -" + label + "-> " + here.path
                                                  : here.path + " <-" + label + "- " + node(next)->name;
      seen[next] = {next, here.depth + 1, step};
      reached.push_back(seen[next]);
      queue.push_back(next);
    }
  }
  return reached;
}

std::string RelationsGraph::path_to(const std::string& id, int max_depth) const {
  for (const auto& reached : reached_from_applicant(max_depth)) {
    if (reached.id == id) return reached.path;
  }
  return {};
}

}  // namespace bibob::screening
