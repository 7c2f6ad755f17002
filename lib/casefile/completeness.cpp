#include "casefile/completeness.hpp"

#include <algorithm>

#include "model/dutch_labels.hpp"
#include "yamlio/reader.hpp"

namespace bibob::casefile {
namespace {

bool is_present(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return false;
  if (node.IsScalar()) return !node.Scalar().empty();
  return node.size() > 0;
}

// Follows a dotted key path below a node; an undefined node when any step is missing.
// (Recursion rather than a loop: assigning a YAML::Node writes through to the document.)
YAML::Node follow(const YAML::Node& node, std::string_view dotted) {
  if (!node.IsDefined() || !node.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  const std::size_t dot = dotted.find('.');
  const YAML::Node child = node[std::string(dotted.substr(0, dot))];
  if (dot == std::string_view::npos) return child;
  return follow(child, dotted.substr(dot + 1));
}

bool applies(const configuration::RequiredItem& item, const Party& party) {
  if (item.applies_to.empty()) return true;
  return (item.applies_to == "person") == party.is_person();
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

class CompletenessChecker {
 public:
  CompletenessChecker(const CaseFile& file, const YAML::Node& document) : m_file(file), m_document(document) {}

  std::vector<MissingItem> run(const configuration::DecisionType& type) {
    // Whoever takes part must be named, whatever the decision type.
    for (const auto& party : m_file.parties) {
      const bool named = party.is_person() ? !party.person_name.family.empty() : !party.organisation_name.empty();
      if (!named) missing_answer(party.path + ".name", "Naam van " + role_of(party));
    }
    // A shareholder's share is asked for with the shareholder.
    for (const auto& relation : m_file.relations) {
      if (relation.type != "shareholder" || relation.share_pct) continue;
      const Party* holder = m_file.find_party(relation.from);
      const Party* held = m_file.find_party(relation.to);
      if (holder == nullptr || held == nullptr) continue;
      missing_answer(yamlio::child_path(relation.path, "share_pct"),
                     "Aandeel in procenten van " + name_or_id(*holder) + " in " + name_or_id(*held));
    }
    for (const auto& item : type.required_items) check_item(item);
    for (const auto& requirement : type.required_documents) check_document(requirement);
    return std::move(m_missing);
  }

 private:
  static std::string name_or_id(const Party& party) {
    return party.display_name().empty() ? party.id : party.display_name();
  }

  // "de aanvrager", "de bestuurder", "de financier": how the questionnaire names the party.
  std::string role_of(const Party& party) const {
    if (party.id == m_file.applicant) return "de aanvrager";
    for (const auto& relation : m_file.relations) {
      if (relation.from == party.id) return "de " + relation_label(relation.type) + " (" + party.id + ")";
    }
    return "betrokkene " + party.id;
  }

  void check_item(const configuration::RequiredItem& item) {
    const std::size_t dot = item.item.find('.');
    const std::string scope = item.item.substr(0, dot);
    const std::string rest = item.item.substr(dot + 1);
    if (scope == "applicant") {
      check_party(m_file.applicant, rest, item);
    } else if (scope == "signer") {
      if (m_file.header.questionnaire.signed_by.empty()) {
        missing_answer("case.questionnaire.signed_by", "Naam van degene die het formulier ondertekent");
      } else {
        check_party(m_file.header.questionnaire.signed_by, rest, item);
      }
    } else if (scope.starts_with("role:")) {
      const std::string role = scope.substr(5);
      std::vector<std::string> seen;
      for (const auto& relation : m_file.relations) {
        if (relation.type != role || relation.to != m_file.applicant || contains(seen, relation.from)) continue;
        seen.push_back(relation.from);
        check_party(relation.from, rest, item);
      }
    } else {
      if (!is_present(follow(m_document, item.item))) missing_answer(item.item, item.question);
    }
  }

  void check_party(const std::string& id, const std::string& key, const configuration::RequiredItem& item) {
    const auto index = m_file.party_index(id);
    if (!index) return;  // a dangling reference, reported by validation
    const Party& party = m_file.parties[*index];
    if (!applies(item, party)) return;
    if (!is_present(follow(m_document["parties"][*index], key))) {
      missing_answer(yamlio::child_path(party.path, key), item.question + " (" + name_or_id(party) + ")");
    }
  }

  void missing_answer(std::string path, std::string question) {
    // Two questions about one key (the signer who is also a director) make one request.
    for (const auto& item : m_missing) {
      if (item.path == path) return;
    }
    m_missing.push_back({MissingItem::Kind::answer, std::move(path), std::move(question), ""});
  }

  bool condition_holds(const std::string& name, const std::vector<std::string>& values) const {
    const Party* applicant = m_file.applicant_party();
    if (name == "applicant_kind") {
      return applicant && contains(values, applicant->is_person() ? "person" : "organisation");
    }
    if (name == "applicant_legal_form") return applicant && contains(values, applicant->legal_form);
    if (name == "use_title") return m_file.premises && contains(values, m_file.premises->use_title);
    if (name == "trajectory") return contains(values, m_file.header.trajectory);
    if (name == "financing_kind") {
      return std::any_of(m_file.financing.items.begin(), m_file.financing.items.end(),
                         [&](const FinancingItem& item) { return contains(values, item.kind); });
    }
    return false;
  }

  const Document* find_document(const std::string& id) const {
    for (const auto& document : m_file.documents) {
      if (document.id == id) return &document;
    }
    return nullptr;
  }

  void check_document(const configuration::DocumentRequirement& requirement) {
    for (const auto& [name, values] : requirement.when) {
      if (!condition_holds(name, values)) return;
    }
    // A document tied to a financing item must be among that item's evidence.
    if (auto kinds = requirement.when.find("financing_kind"); kinds != requirement.when.end()) {
      for (const auto& item : m_file.financing.items) {
        if (!contains(kinds->second, item.kind)) continue;
        const bool evidenced = std::any_of(item.evidence.begin(), item.evidence.end(), [&](const std::string& id) {
          const Document* document = find_document(id);
          return document != nullptr && document->type == requirement.type;
        });
        if (!evidenced) {
          m_missing.push_back({MissingItem::Kind::document, yamlio::child_path(item.path, "evidence"),
                               requirement.description, requirement.type});
        }
      }
      return;
    }
    const bool present = std::any_of(m_file.documents.begin(), m_file.documents.end(),
                                     [&](const Document& document) { return document.type == requirement.type; });
    if (!present) {
      m_missing.push_back({MissingItem::Kind::document, "documents", requirement.description, requirement.type});
    }
  }

  const CaseFile& m_file;
  const YAML::Node& m_document;
  std::vector<MissingItem> m_missing;
};

}  // namespace

std::vector<MissingItem> find_missing_items(const CaseFile& file, const YAML::Node& document, const configuration::DecisionType& type) {
  return CompletenessChecker(file, document).run(type);
}

}  // namespace bibob::casefile
