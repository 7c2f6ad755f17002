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

std::string failure_in_words(FailureKind kind) {
  switch (kind) {
    case FailureKind::unreachable: return "het register was niet bereikbaar";
    case FailureKind::timeout: return "het register antwoordde niet op tijd";
    case FailureKind::rate_limited: return "het register nam tijdelijk geen vragen aan";
    case FailureKind::rejected_credentials: return "de toegang tot het register werd geweigerd";
    case FailureKind::not_found: return "het register kende het gevraagde niet";
    case FailureKind::rejected_request: return "het register weigerde de vraag";
    case FailureKind::server_error: return "het register gaf een storing";
    case FailureKind::malformed_response: return "het antwoord van het register was onleesbaar";
    case FailureKind::not_configured: return "het register is niet ingesteld of uitgeschakeld";
    case FailureKind::offline: return "er is offline gewerkt en er was geen bewaard antwoord";
  }
  return "onbekende oorzaak";
}

Finding not_verified(const screening::ScreeningContext& context, const std::string& party_id,
                     const std::string& registry, const std::string& what, const Failure& failure,
                     Severity would_be) {
  Finding finding =
      about(context, party_id, would_be,
            "Niet geverifieerd: " + registry_title_in_sentence(registry) + " kon niet worden geraadpleegd over " +
                what + " (" + failure_in_words(failure.kind) + ").");
  finding.status = FindingStatus::not_verified;
  finding.detail = std::string(to_string(failure.kind)) + ": " + failure.message;
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
