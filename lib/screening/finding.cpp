#include "screening/finding.hpp"

namespace bibob::screening {

std::string_view to_string(Ground ground) {
  switch (ground) {
    case Ground::a: return "a";
    case Ground::b: return "b";
    case Ground::art3_6: return "art3_lid6";
    case Ground::art4: return "art4";
  }
  return "a";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
  }
  return "info";
}

std::string_view to_string(FindingStatus status) {
  return status == FindingStatus::established ? "established" : "not_verified";
}

const std::vector<std::string>& themes() {
  static const std::vector<std::string> order = {"structuur_zeggenschap", "financiering", "pand",
                                                 "zakelijke_relaties",    "antecedenten", "juistheid_formulier"};
  return order;
}

}  // namespace bibob::screening
