#include "casefile/consistency.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "util/text.hpp"

namespace bibob::casefile {
namespace {

using yamlio::child_path;
using yamlio::ReadContext;

// People older than this are taken to be a typing error in the birth date.
constexpr int k_max_age_years = 120;

class ConsistencyChecker {
 public:
  ConsistencyChecker(const CaseFile& file, const configuration::Config& config, const Date& today, ReadContext& context)
      : m_file(file), m_config(config), m_today(today), m_context(context) {}

  void run() {
    check_party_ids();
    check_header();
    check_parties();
    check_relations();
    check_documents();
    check_financing();
    check_premises();
  }

 private:
  void check_party_ids() {
    std::set<std::string> seen;
    for (const auto& party : m_file.parties) {
      if (party.id.empty()) continue;
      if (!seen.insert(party.id).second) {
        m_context.invalid(child_path(party.path, "id"), "party id " + text::quoted(party.id) + " is used twice",
                          "duplicate_id");
      }
    }
  }

  // A reference to a party; reports a dangling one. Empty references are not checked here.
  void require_party(const std::string& id, const std::string& path) {
    if (id.empty() || m_file.find_party(id) != nullptr) return;
    std::vector<std::string> ids;
    for (const auto& party : m_file.parties) ids.push_back(party.id);
    m_context.invalid(path, "refers to party " + text::quoted(id) + ", which is not among the parties" +
                                text::did_you_mean(id, ids),
                      "dangling_reference");
  }

  void not_in_future(const std::optional<Date>& date, const std::string& path, std::string_view what) {
    if (date && *date > m_today) {
      m_context.invalid(path, std::string(what) + " " + date->iso() + " lies in the future (today is " +
                                  m_today.iso() + ")",
                        "future_date");
    }
  }

  void in_order(const std::optional<Date>& first, const std::optional<Date>& second, const std::string& path,
                std::string_view first_name, std::string_view second_name) {
    if (first && second && *second < *first) {
      m_context.invalid(path, std::string(second_name) + " " + second->iso() + " lies before " +
                                  std::string(first_name) + " " + first->iso(),
                        "date_order");
    }
  }

  void check_header() {
    const CaseHeader& header = m_file.header;
    if (!header.decision_type.empty() && m_config.decision_type(header.decision_type) == nullptr) {
      m_context.invalid("case.decision_type",
                        "unknown decision type " + text::quoted(header.decision_type) +
                            "; the configuration knows " + text::join(m_config.decision_type_names(), ", ") +
                            text::did_you_mean(header.decision_type, m_config.decision_type_names()),
                        "unknown_decision_type");
    }
    not_in_future(header.received_on, "case.received_on", "received on");
    not_in_future(header.questionnaire.signed_on, "case.questionnaire.signed_on", "signed on");
    require_party(m_file.applicant, "applicant");
    require_party(header.questionnaire.signed_by, "case.questionnaire.signed_by");
    if (header.questionnaire.signed_on && header.received_on && *header.received_on < *header.questionnaire.signed_on) {
      m_context.attention("case.questionnaire.signed_on",
                          "the questionnaire was signed on " + header.questionnaire.signed_on->iso() +
                              ", after it was received on " + header.received_on->iso(),
                          "date_order");
    }
    if (header.questionnaire.declaration_truthful == false) {
      m_context.attention("case.questionnaire.declaration_truthful",
                          "the declaration that the form was filled in truthfully is not given", "declaration");
    }
    if (header.amount_eur && *header.amount_eur < 0) {
      m_context.invalid("case.amount_eur", "an amount cannot be negative", "negative_amount");
    }
  }

  void check_parties() {
    for (const auto& party : m_file.parties) {
      const std::string& path = party.path;
      if (party.is_person()) {
        not_in_future(party.birth_date, child_path(path, "birth_date"), "date of birth");
        if (party.birth_date && m_today.year() - party.birth_date->year() > k_max_age_years) {
          m_context.invalid(child_path(path, "birth_date"),
                            "date of birth " + party.birth_date->iso() + " makes this person older than " +
                                std::to_string(k_max_age_years),
                            "implausible_date");
        }
        for (std::size_t i = 0; i < party.antecedents.size(); ++i) {
          const std::string item = yamlio::index_path(child_path(path, "antecedents"), i);
          not_in_future(party.antecedents[i].date, child_path(item, "date"), "date");
          in_order(party.birth_date, party.antecedents[i].date, child_path(item, "date"), "the date of birth",
                   "the antecedent's date");
        }
        for (std::size_t i = 0; i < party.other_positions.size(); ++i) {
          const auto& position = party.other_positions[i];
          const std::string item = yamlio::index_path(child_path(path, "other_positions"), i);
          not_in_future(position.from, child_path(item, "from"), "start");
          in_order(position.from, position.to, child_path(item, "to"), "the start", "the end");
        }
        for (std::size_t i = 0; i < party.insolvencies.size(); ++i) {
          const std::string item = yamlio::index_path(child_path(path, "insolvencies"), i);
          not_in_future(party.insolvencies[i].date, child_path(item, "date"), "date");
        }
        for (std::size_t i = 0; i < party.permit_history.size(); ++i) {
          const std::string item = yamlio::index_path(child_path(path, "permit_history"), i);
          not_in_future(party.permit_history[i].date, child_path(item, "date"), "date");
        }
      } else {
        not_in_future(party.founded_on, child_path(path, "founded_on"), "founding date");
        if (party.legal_form == "buitenlands" && party.country.empty() && party.address &&
            party.address->country == "NL") {
          m_context.attention(child_path(path, "country"), "a foreign organisation without its country of seat",
                              "missing_item");
        }
      }
    }
  }

  void check_relations() {
    // Shares per organisation, summed in file order so the relation that passes 100% is named.
    std::map<std::string, double> shares;
    for (const auto& relation : m_file.relations) {
      require_party(relation.from, child_path(relation.path, "from"));
      require_party(relation.to, child_path(relation.path, "to"));
      if (!relation.from.empty() && relation.from == relation.to) {
        m_context.invalid(child_path(relation.path, "to"), "a party cannot be related to itself", "self_relation");
      }
      in_order(relation.since, relation.until, child_path(relation.path, "until"), "since", "until");
      for (const auto& evidence : relation.evidence) require_document(evidence, child_path(relation.path, "evidence"));
      if (relation.share_pct) {
        const double share = *relation.share_pct;
        if (share <= 0 || share > 100) {
          m_context.invalid(child_path(relation.path, "share_pct"),
                            "a share must lie above 0 and at most 100 percent, found " + format_pct(share),
                            "share_range");
          continue;
        }
        if (relation.type != "shareholder" && relation.type != "ubo") {
          m_context.invalid(child_path(relation.path, "share_pct"),
                            "share_pct belongs to a shareholder or ubo relation, not " + relation.type,
                            "share_on_wrong_type");
          continue;
        }
        if (relation.type != "shareholder") continue;
        const double before = shares[relation.to];
        shares[relation.to] = before + share;
        // Rounding in the declaration (33.33 three times) is no inconsistency.
        if (before <= 100.005 && before + share > 100.005) {
          m_context.invalid(child_path(relation.path, "share_pct"),
                            "shares in " + text::quoted(relation.to) + " add up to " + format_pct(before + share) +
                                ", more than 100 percent",
                            "shares_exceed_100");
        }
      }
    }
  }

  void require_document(const std::string& id, const std::string& path) {
    for (const auto& document : m_file.documents) {
      if (document.id == id) return;
    }
    std::vector<std::string> ids;
    for (const auto& document : m_file.documents) ids.push_back(document.id);
    m_context.invalid(path, "refers to document " + text::quoted(id) + ", which is not among the documents" +
                                text::did_you_mean(id, ids),
                      "dangling_reference");
  }

  void check_documents() {
    // The document types the configuration knows. Others may be received too (a floor plan,
    // a VOG), but one that is a typo of a known type would leave that one missing unseen.
    std::vector<std::string> known;
    for (const auto& [name, type] : m_config.decision_types) {
      for (const auto& requirement : type.required_documents) {
        if (std::find(known.begin(), known.end(), requirement.type) == known.end()) known.push_back(requirement.type);
      }
    }
    std::set<std::string> seen;
    for (const auto& document : m_file.documents) {
      if (!document.type.empty() && std::find(known.begin(), known.end(), document.type) == known.end()) {
        if (const auto close = text::closest_match(document.type, known)) {
          m_context.attention(child_path(document.path, "type"),
                              "document type " + text::quoted(document.type) +
                                  " is not one the configuration knows "
                                  "(did you mean \"" +
                                  *close + "\"?)",
                              "unknown_document_type");
        }
      }
      if (!document.id.empty() && !seen.insert(document.id).second) {
        m_context.invalid(child_path(document.path, "id"), "document id " + text::quoted(document.id) +
                                                               " is used twice", "duplicate_id");
      }
      not_in_future(document.received_on, child_path(document.path, "received_on"), "received on");
      if (!document.sha256.empty() && !is_sha256(document.sha256)) {
        m_context.invalid(child_path(document.path, "sha256"),
                          text::quoted(document.sha256) + " is not a SHA-256 checksum (64 hexadecimal digits)",
                          "checksum");
      }
    }
  }

  static bool is_sha256(const std::string& value) {
    return value.size() == 64 && value.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
  }

  void check_financing() {
    const Financing& financing = m_file.financing;
    double sum = 0;
    for (const auto& item : financing.items) {
      sum += item.amount_eur;
      if (item.amount_eur < 0) {
        m_context.invalid(child_path(item.path, "amount_eur"), "an amount cannot be negative", "negative_amount");
      }
      require_party(item.provider, child_path(item.path, "provider"));
      for (const auto& evidence : item.evidence) require_document(evidence, child_path(item.path, "evidence"));
      if (item.provider.empty() && item.provider_name.empty() && item.kind != "own_funds") {
        m_context.attention(item.path, "the provider of this " + item.kind + " is not named", "unknown_provider");
      }
      if (item.kind == "loan" && !item.terms) {
        m_context.attention(item.path, "a loan without its terms (interest, duration, security)", "loan_terms");
      }
      if (item.terms && item.terms->interest_pct && *item.terms->interest_pct < 0) {
        m_context.invalid(child_path(child_path(item.path, "terms"), "interest_pct"), "interest cannot be negative",
                          "negative_amount");
      }
    }
    if (financing.total_investment_eur && *financing.total_investment_eur < 0) {
      m_context.invalid("financing.total_investment_eur", "an amount cannot be negative", "negative_amount");
      return;
    }
    if (financing.total_investment_eur && !financing.items.empty()) {
      const double total = *financing.total_investment_eur;
      const double difference = total - sum;
      if (std::fabs(difference) >= 0.005) {
        m_context.attention("financing.items",
                            "the items add up to " + text::euros(sum) + ", " + text::euros(std::fabs(difference)) +
                                (difference > 0 ? " less" : " more") + " than the declared total of " +
                                text::euros(total),
                            "financing_sum");
      }
    }
  }

  void check_premises() {
    if (!m_file.premises) return;
    const Premises& premises = *m_file.premises;
    require_party(premises.owner, "premises.owner");
    require_party(premises.landlord, "premises.landlord");
    if ((premises.use_title == "huur" || premises.use_title == "onderhuur") && premises.landlord.empty()) {
      m_context.attention("premises.landlord", "the premises are rented but the landlord is not named",
                          "missing_item");
    }
    for (const auto& [value, key] : {std::pair{premises.rent_eur_month, "rent_eur_month"},
                                     std::pair{premises.floor_area_m2, "floor_area_m2"},
                                     std::pair{premises.takeover_price_eur, "takeover_price_eur"}}) {
      if (value && *value < 0) {
        m_context.invalid(child_path("premises", key), "cannot be negative", "negative_amount");
      }
    }
  }

  static std::string format_pct(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g%%", value);
    return buffer;
  }

  const CaseFile& m_file;
  const configuration::Config& m_config;
  const Date& m_today;
  ReadContext& m_context;
};

}  // namespace

void check_consistency(const CaseFile& file, const configuration::Config& config, const Date& today, ReadContext& context) {
  ConsistencyChecker(file, config, today, context).run();
}

}  // namespace bibob::casefile
