#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/case_file.hpp"
#include "model/registry_facts.hpp"

namespace bibob::screening {

// Everyone around the applicant, as a graph: the case file's parties and relations, and what
// the registries add (officers the KvK names, the owner of the premises in the BRK).
class RelationsGraph {
 public:
  struct Node {
    std::string id;    // a case party id, "kvk-officer:NAME" or "brk-holder:ID"
    std::string name;
    bool person = true;
    std::string source;  // case_file | kvk | brk
  };
  struct Edge {
    std::string from;
    std::string to;
    std::string type;  // the case file's relation types, plus officer and premises_owner
    std::optional<double> share_pct;
    bool direct = true;
    std::string source;
    std::optional<Date> since = {};
    std::optional<Date> until = {};
  };

  RelationsGraph(const CaseFile& file, const RegistryFacts& facts);

  const std::vector<Node>& nodes() const { return m_nodes; }
  const std::vector<Edge>& edges() const { return m_edges; }
  const Node* node(const std::string& id) const;

  // The parties within max_depth relations of the applicant, nearest first, each with the
  // path that links it, as a letter writes it: "Ahmed Benali, sinds 1 september 2026
  // aandeelhouder (40%) van Eetcafe De Gouden Leeuw B.V.".
  struct Reached {
    std::string id;
    int depth = 0;
    std::string path;
  };
  std::vector<Reached> reached_from_applicant(int max_depth) const;

  // The path text for one party, or empty when it is not related within max_depth.
  std::string path_to(const std::string& id, int max_depth) const;

 private:
  void add_node(Node node);
  std::string m_applicant;
  std::vector<Node> m_nodes;
  std::vector<Edge> m_edges;
};

}  // namespace bibob::screening
