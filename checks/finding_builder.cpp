#include "checks/finding_builder.hpp"

#include "model/registry_names.hpp"

namespace bibob::checks {

Finding about(const screening::ScreeningContext& context, const std::string& party_id, Severity severity,
              std::string statement) {
  Finding finding;
  finding.severity = severity;
  finding.statement = std::move(statement);
  if (!party_id.empty()) {
    finding.parties.push_back(party_id);
    // The applicant needs no path to itself.
    if (party_id != context.case_file().applicant) finding.relation_path = context.relation_path(party_id);
    if (const Party* party = context.case_file().find_party(party_id)) finding.case_path = party->path;
  }
  return finding;
}

Finding not_verified(const screening::ScreeningContext& context, const std::string& party_id,
                     const std::string& registry, const std::string& what, const Failure& failure,
                     Severity would_be) {
  Finding finding = about(context, party_id, would_be,
                          "Niet geverifieerd: " + registry_title_in_sentence(registry) + " kon niet worden geraadpleegd over " +
                              what + " (" + std::string(to_string(failure.kind)) + ": " + failure.message +
                              ").");
  finding.status = FindingStatus::not_verified;
  return finding;
}

std::string with_period(std::string text) {
  if (text.empty() || text.back() != '.') text += '.';
  return text;
}

std::string dutch_date(const Date& date) { return date.dutch(); }

long months_between(const Date& from, const Date& to) {
  const std::string a = from.iso();
  const std::string b = to.iso();
  long months = (std::stol(b.substr(0, 4)) - std::stol(a.substr(0, 4))) * 12 + std::stol(b.substr(5, 2)) -
                std::stol(a.substr(5, 2));
  if (std::stol(b.substr(8, 2)) < std::stol(a.substr(8, 2))) --months;
  return months;
}

}  // namespace bibob::checks
