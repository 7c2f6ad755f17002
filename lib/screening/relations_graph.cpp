#include "screening/relations_graph.hpp"

#include <algorithm>
#include <deque>
#include <set>

#include "model/dutch_labels.hpp"
#include "screening/name_identity.hpp"
#include "util/dutch_format.hpp"

namespace bibob::screening {

namespace {

// "sinds 1 september 2026 aandeelhouder (40%)", "tot 31 augustus 2026 bestuurder".
std::string role_words(const RelationsGraph::Edge& edge) {
  std::string role = relation_label(edge.type);
  if (edge.share_pct) role += " (" + text::percentage(*edge.share_pct) + ")";
  if (edge.since && edge.until) return "van " + edge.since->dutch() + " tot " + edge.until->dutch() + " " + role;
  if (edge.until) return "tot " + edge.until->dutch() + " " + role;
  if (edge.since) return "sinds " + edge.since->dutch() + " " + role;
  return role;
}

}  // namespace

RelationsGraph::RelationsGraph(const CaseFile& file, const RegistryFacts& facts) : m_applicant(file.applicant) {
  for (const auto& party : file.parties) add_node({party.id, party.display_name(), party.is_person(), "case_file"});
  for (const auto& relation : file.relations) {
    m_edges.push_back({relation.from, relation.to, relation.type, relation.share_pct, relation.direct, "case_file",
                       relation.since, relation.until});
  }
  // Officers the KvK registers for the case's organisations.
  for (const auto& party : file.parties) {
    auto it = facts.officers.find(party.kvk);
    if (party.is_person() || party.kvk.empty() || it == facts.officers.end()) continue;
    for (const auto& officer : it->second.records) {
      const Party* known = find_person(file, officer.name, officer.birth_date);
      const std::string id = known != nullptr ? known->id : "kvk-officer:" + officer.name;
      if (known == nullptr) add_node({id, officer.name, true, "kvk"});
      m_edges.push_back({id, party.id, "officer", std::nullopt, true, "kvk", officer.since, officer.until});
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
      const std::string role = role_words(edge);
      // next is (or was) the role of current; or current is the role of next.
      const std::string step = edge.to == current ? node(next)->name + ", " + role + " van " + here.path
                                                  : node(next)->name + ", met als " + role + " " + here.path;
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
