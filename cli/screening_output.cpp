#include "cli/screening_output.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "schemas/registry_json.hpp"
#include "schemas/validation_json.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

std::string number(double value) { return text::shortest(value); }

std::string ground_label(Ground ground) {
  switch (ground) {
    case Ground::a: return "grond a (wederrechtelijk verkregen voordeel)";
    case Ground::b: return "grond b (strafbare feiten plegen)";
    case Ground::art3_6: return "art. 3 lid 6 (strafbaar feit om de beschikking te verkrijgen)";
    case Ground::art4: return "art. 4 (weigeren gegevens te verstrekken)";
  }
  return "";
}

}  // namespace

void print_screening(const Screening& screening, std::ostream& out) {
  const Validation& validation = screening.validation;
  if (!validation.valid()) {
    for (const auto& d : validation.diagnostics) {
      if (d.severity == bibob::DiagnosticLevel::invalid) out << format_diagnostic(d) << '\n';
    }
    out << validation.file << ": invalid case file; nothing was screened\n";
    return;
  }
  const CaseFile& file = *validation.case_file;
  out << "Screening " << file.header.id << " (" << file.header.decision_type << ", " << file.header.municipality
      << ") on " << screening.screened_on.iso() << ", registries " << screening.registry_mode << "\n";
  if (const Party* applicant = file.applicant_party()) out << "Applicant: " << applicant->display_name() << "\n";
  const auto from_registries = std::count_if(screening.parties.begin(), screening.parties.end(),
                                             [](const ReachedParty& party) { return party.source != "case_file"; });
  out << "Parties: " << screening.parties.size() << " (" << from_registries << " found in registries)\n";
  out << "Lists: " << (screening.lists_consulted.empty() ? "none" : screening.lists_consulted) << "\n\n";

  // The summary table: findings by theme and severity.
  out << "theme                   high  medium  low  info  not verified\n";
  for (const auto& theme : themes()) {
    std::map<Severity, int> counts;
    int unverified = 0;
    for (const auto& finding : screening.findings) {
      if (finding.theme != theme) continue;
      if (finding.status == FindingStatus::not_verified) {
        ++unverified;
      } else {
        ++counts[finding.severity];
      }
    }
    char row[128];
    std::snprintf(row, sizeof row, "%-22s %5d %7d %4d %5d %13d\n", theme.c_str(), counts[Severity::high],
                  counts[Severity::medium], counts[Severity::low], counts[Severity::info], unverified);
    out << row;
  }
  out << '\n';
  for (const auto& finding : screening.findings) {
    out << "[" << (finding.status == FindingStatus::not_verified ? "NOT VERIFIED" : to_string(finding.severity))
        << (finding.status == FindingStatus::unconfirmed ? ", unconfirmed" : "") << "] " << finding.theme << " / "
        << finding.check << "\n  " << finding.statement << '\n';
    if (!finding.relation_path.empty()) out << "  relation: " << finding.relation_path << '\n';
    if (!finding.detail.empty()) out << "  detail: " << finding.detail << '\n';
    for (const auto& source : finding.sources) {
      out << "  source: " << source.reference() << " (" << source.registry << ", " << source.retrieved_at << ", "
          << source.source << ")\n";
    }
  }
  out << "\nProposed assessment. " << k_proposal_notice << "\n";
  for (const auto& ground : screening.assessment.grounds) {
    out << "  " << ground_label(ground.ground) << ": ";
    if (!ground.applicable) {
      out << "n.v.t.\n";
      continue;
    }
    out << to_string(ground.conclusion);
    // Art. 3 lid 6 is a suspicion: it has no points to show.
    if (ground.ground != Ground::art3_6) {
      out << " (" << number(ground.score) << " points";
      if (ground.unverified_score > 0) out << ", " << number(ground.unverified_score) << " not verified";
      out << ")";
    }
    out << '\n';
  }
  out << "  proposed: " << to_string(screening.assessment.proposed) << '\n';
  if (screening.assessment.procedure != Procedure::none) {
    out << "  procedure first: " << to_string(screening.assessment.procedure) << " (Awb 4:5)\n";
  }
  std::vector<std::string> questions;
  for (const auto& ground : screening.assessment.grounds) {
    for (const auto& question : ground.questions) {
      if (std::find(questions.begin(), questions.end(), question) == questions.end()) questions.push_back(question);
    }
  }
  if (screening.assessment.proposed == Conclusion::twijfel && !questions.empty()) {
    out << "\nQuestions for an LBB advice:\n";
    for (const auto& question : questions) out << "  - " << question << '\n';
  }
  if (!screening.assessment.not_verified.empty()) {
    out << "\nNot verified (a source could not be consulted):\n";
    for (const auto& statement : screening.assessment.not_verified) out << "  - " << statement << '\n';
  }
  const auto sources = cited_sources(screening.findings);
  if (!sources.empty()) {
    out << "\nSources consulted:\n";
    for (const auto& source : sources) {
      out << "  " << source.reference() << "  " << source.registry << " " << source.request << ", HTTP " << source.status
          << ", " << source.retrieved_at << " (" << source.source << ")\n";
    }
  }
}

std::string screening_line(const Screening& screening) {
  const Validation& validation = screening.validation;
  if (!validation.valid()) return validation.file + ": invalid case file, exit 3";
  std::size_t high = 0;
  for (const auto& finding : screening.findings) high += finding.severity == Severity::high ? 1 : 0;
  return validation.file + ": " + validation.case_file->header.id + " " +
         std::string(to_string(screening.assessment.proposed)) + ", " +
         std::to_string(screening.findings.size()) + " findings (" + std::to_string(high) + " high), exit " +
         std::to_string(static_cast<int>(screening.exit_code()));
}

}  // namespace bibob::cli
