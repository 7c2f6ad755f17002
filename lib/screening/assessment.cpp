#include "screening/assessment.hpp"

#include <algorithm>
#include <cstdio>

namespace bibob::screening {
namespace {

int seriousness(Conclusion conclusion) {
  switch (conclusion) {
    case Conclusion::geen_gevaar: return 0;
    case Conclusion::mindere_mate: return 1;
    case Conclusion::twijfel: return 2;
    case Conclusion::ernstig_gevaar: return 3;
  }
  return 0;
}

std::string points(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

void add_unique(std::vector<std::string>& list, const std::string& text) {
  if (!text.empty() && std::find(list.begin(), list.end(), text) == list.end()) list.push_back(text);
}

}  // namespace

Assessment assess(const std::vector<Finding>& findings, const std::map<std::string, double>& check_weights,
                  const AssessmentSettings& settings, const std::string& trajectory) {
  Assessment assessment;
  for (const auto& finding : findings) {
    if (finding.status == FindingStatus::not_verified) add_unique(assessment.not_verified, finding.statement);
  }
  for (Ground ground : {Ground::a, Ground::b, Ground::art3_6, Ground::art4}) {
    GroundAssessment result;
    result.ground = ground;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const Finding& finding = findings[i];
      if (std::find(finding.grounds.begin(), finding.grounds.end(), ground) == finding.grounds.end()) continue;
      const auto weight = check_weights.count(finding.check) != 0 ? check_weights.at(finding.check) : 1.0;
      const double value = weight * settings.points.at(finding.severity);
      if (value <= 0) continue;
      result.findings.push_back(i);
      if (finding.status == FindingStatus::established) {
        result.score += value;
        if (finding.severity != Severity::low) add_unique(result.conditions, finding.condition);
      } else {
        result.unverified_score += value;
      }
      if (finding.severity >= Severity::medium) add_unique(result.questions, finding.question);
    }
    if (ground == Ground::art4) {
      // Refusing to supply data is treated as serious danger, but only for an existing permit.
      result.applicable = trajectory == "intrekking";
      if (!result.applicable) {
        result.reasons.push_back("Niet van toepassing: het betreft geen bestaande beschikking.");
        result.findings.clear();
        assessment.grounds.push_back(std::move(result));
        continue;
      }
    }
    const double known = result.score;
    const double possible = result.score + result.unverified_score;
    if (known >= settings.ernstig_gevaar) {
      result.conclusion = Conclusion::ernstig_gevaar;
      result.reasons.push_back("De vastgestelde feiten wegen samen " + points(known) + " punten, de drempel voor een "
                               "ernstige mate van gevaar is " + points(settings.ernstig_gevaar) + ".");
    } else if (possible >= settings.ernstig_gevaar || known >= settings.ernstig_gevaar - settings.doubt_margin ||
               (result.unverified_score > 0 && possible >= settings.mindere_mate)) {
      result.conclusion = Conclusion::twijfel;
      result.reasons.push_back("De vastgestelde feiten wegen " + points(known) + " punten; niet-geverifieerde bevindingen "
                               "kunnen daar " + points(result.unverified_score) + " aan toevoegen. De uitkomst is te "
                               "onzeker voor een eigen conclusie: advies van het LBB ligt in de rede.");
      if (result.unverified_score > 0) {
        add_unique(result.questions, "Kan het LBB de gegevens nagaan die in het eigen onderzoek niet konden worden "
                                     "geverifieerd (zie de bevindingen met status niet geverifieerd)?");
      }
    } else if (known >= settings.mindere_mate) {
      result.conclusion = Conclusion::mindere_mate;
      result.reasons.push_back("De vastgestelde feiten wegen samen " + points(known) + " punten, tussen de drempels " +
                               points(settings.mindere_mate) + " (mindere mate) en " + points(settings.ernstig_gevaar) +
                               " (ernstige mate).");
    } else {
      result.conclusion = Conclusion::geen_gevaar;
      result.reasons.push_back("De vastgestelde feiten wegen samen " + points(known) +
                               " punten, onder de drempel voor een mindere mate van gevaar (" +
                               points(settings.mindere_mate) + ").");
    }
    if (seriousness(result.conclusion) > seriousness(assessment.proposed)) assessment.proposed = result.conclusion;
    assessment.grounds.push_back(std::move(result));
  }
  return assessment;
}

}  // namespace bibob::screening
