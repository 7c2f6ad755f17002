#include "screening/assessment.hpp"

#include <algorithm>

#include "screening/form_suspicion.hpp"
#include "screening/ground_rules.hpp"
#include "screening/procedure_step.hpp"
#include "util/text.hpp"

namespace bibob::screening {
namespace {

int seriousness(Conclusion conclusion) {
  switch (conclusion) {
    case Conclusion::geen_gevaar: return 0;
    case Conclusion::mindere_mate: return 1;
    case Conclusion::twijfel: return 2;
    case Conclusion::vermoeden: return 3;  // the law lets it carry a refusal as serious danger does
    case Conclusion::ernstig_gevaar: return 4;
  }
  return 0;
}

std::string points(double value) { return text::shortest(value); }

void add_unique(std::vector<std::string>& list, const std::string& text) {
  if (!text.empty() && std::find(list.begin(), list.end(), text) == list.end()) list.push_back(text);
}

const char* what_carries(Ground ground) {
  return ground == Ground::a ? "geld of vermogen van onverklaarde of criminele herkomst, of een relatie met "
                               "strafbare feiten"
                             : "een relatie tussen een betrokkene en strafbare feiten";
}

// The conclusion the facts reach, when facts that can carry it are among them: one serious
// fact can carry a degree on its own (a high fact serious danger, a medium one a lesser
// degree), and lesser facts together can add up to one.
Conclusion reached(double points_of_facts, double weightiest, bool carried, const AssessmentSettings& settings) {
  if (!carried) return Conclusion::geen_gevaar;
  if (points_of_facts >= settings.ernstig_gevaar || weightiest >= settings.points.at(Severity::high)) {
    return Conclusion::ernstig_gevaar;
  }
  if (points_of_facts >= settings.mindere_mate || weightiest >= settings.points.at(Severity::medium)) {
    return Conclusion::mindere_mate;
  }
  return Conclusion::geen_gevaar;
}

}  // namespace

AssessmentSettings assessment_settings(const configuration::Config& config) {
  AssessmentSettings settings;
  settings.mindere_mate = config.assessment.mindere_mate;
  settings.ernstig_gevaar = config.assessment.ernstig_gevaar;
  settings.doubt_margin = config.assessment.doubt_margin;
  settings.points = {{Severity::info, 0},
                     {Severity::low, config.assessment.points_low},
                     {Severity::medium, config.assessment.points_medium},
                     {Severity::high, config.assessment.points_high}};
  return settings;
}

Assessment assess(const std::vector<Finding>& findings, const std::map<std::string, double>& check_weights,
                  const AssessmentSettings& settings, const std::string& trajectory) {
  Assessment assessment;
  for (const auto& finding : findings) {
    if (finding.status == FindingStatus::not_verified) add_unique(assessment.not_verified, finding.statement);
  }
  const ProcedureStep step = procedure_step(findings, trajectory);
  assessment.procedure = step.procedure;
  assessment.procedure_reason = step.reason;
  for (Ground ground : {Ground::a, Ground::b, Ground::art3_6, Ground::art4}) {
    if (ground == Ground::art3_6) {
      GroundAssessment suspicion = assess_form_suspicion(findings);
      if (seriousness(suspicion.conclusion) > seriousness(assessment.proposed))
        assessment.proposed = suspicion.conclusion;
      assessment.grounds.push_back(std::move(suspicion));
      continue;
    }
    GroundAssessment result;
    result.ground = ground;
    bool carried = false;            // an established fact that can carry a degree
    bool could_be_carried = false;   // ... or one that could not be verified
    long red_flags = 0;
    double weightiest = 0;           // the heaviest established fact
    double weightiest_possible = 0;  // ... or unverified one
    std::vector<std::string> conditions;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const Finding& finding = findings[i];
      if (std::find(finding.grounds.begin(), finding.grounds.end(), ground) == finding.grounds.end()) continue;
      const auto weight = check_weights.count(finding.check) != 0 ? check_weights.at(finding.check) : 1.0;
      const double value = weight * settings.points.at(finding.severity);
      if (value <= 0) continue;
      result.findings.push_back(i);
      if (finding.severity >= Severity::medium) add_unique(result.questions, finding.question);
      // A red flag is named and asked about, and weighs nothing on the ground: what the law
      // weighs is the facts that point to crimes or to money of unexplained origin.
      if (!carries_ground(finding.basis, ground)) {
        if (finding.status == FindingStatus::established) ++red_flags;
        continue;
      }
      weightiest_possible = std::max(weightiest_possible, value);
      if (finding.status == FindingStatus::established) {
        result.score += value;
        weightiest = std::max(weightiest, value);
        carried = true;
        result.carrying.push_back(i);
        if (finding.severity != Severity::low) add_unique(conditions, finding.condition);
      } else {
        result.unverified_score += value;
        could_be_carried = true;
      }
    }
    if (ground == Ground::art4) {
      // Refusing to supply data is treated as serious danger, but only for an existing permit.
      result.applicable = trajectory == "intrekking";
      if (!result.applicable) {
        result.reasons.push_back("Niet van toepassing: het betreft geen bestaande beschikking.");
        result.findings.clear();
        result.carrying.clear();
        result.questions.clear();
        assessment.grounds.push_back(std::move(result));
        continue;
      }
    }
    const double known = result.score;
    const double possible = result.score + result.unverified_score;
    const Conclusion established = reached(known, weightiest, carried, settings);
    // Doubt only about what a missing source could show: the unverified findings could change
    // the conclusion, or the facts lie just under the line for serious danger.
    const Conclusion at_most = reached(possible, weightiest_possible, carried || could_be_carried, settings);
    if (seriousness(at_most) > seriousness(established)) {
      result.conclusion = Conclusion::twijfel;
      result.reasons.push_back(
          "De vastgestelde feiten wegen " + points(known) +
          " punten; bevindingen die niet konden "
          "worden geverifieerd of bevestigd, kunnen daar " +
          points(result.unverified_score) +
          " aan toevoegen en de conclusie "
          "veranderen. De uitkomst is te onzeker voor een eigen conclusie: raadpleeg de bronnen "
          "opnieuw of laat een mogelijke treffer bevestigen; blijft de twijfel, dan ligt advies van "
          "het LBB in de rede.");
      add_unique(result.questions,
                 "Kan het LBB de gegevens nagaan die in het eigen onderzoek niet konden worden "
                 "geverifieerd of bevestigd?");
    } else if (carried && established != Conclusion::ernstig_gevaar &&
               known >= settings.ernstig_gevaar - settings.doubt_margin) {
      result.conclusion = Conclusion::twijfel;
      result.reasons.push_back("De vastgestelde feiten wegen " + points(known) + " punten, net onder de drempel voor "
                               "een ernstige mate van gevaar (" + points(settings.ernstig_gevaar) + "). De uitkomst is "
                               "te onzeker voor een eigen conclusie: advies van het LBB ligt in de rede.");
    } else {
      result.conclusion = established;
      if (established == Conclusion::ernstig_gevaar && known < settings.ernstig_gevaar) {
        result.reasons.push_back("Het zwaarst wegende vastgestelde feit (" + points(weightiest) +
                                 " punten) draagt op "
                                 "zichzelf een ernstige mate van gevaar: het weegt ten volle, niet verlicht door "
                                 "ouderdom, afloop of een betrokkene die verder van de onderneming staat.");
      } else if (established == Conclusion::ernstig_gevaar) {
        result.reasons.push_back("De vastgestelde feiten wegen samen " + points(known) + " punten, de drempel voor "
                                 "een ernstige mate van gevaar is " + points(settings.ernstig_gevaar) + ".");
      } else if (established == Conclusion::mindere_mate && known < settings.mindere_mate) {
        result.reasons.push_back("Het zwaarst wegende vastgestelde feit (" + points(weightiest) +
                                 " punten) draagt een "
                                 "mindere mate van gevaar, geen ernstige: het weegt niet ten volle, en de feiten samen "
                                 "blijven onder " +
                                 points(settings.ernstig_gevaar) + " punten.");
      } else if (established == Conclusion::mindere_mate) {
        result.reasons.push_back("De vastgestelde feiten wegen samen " + points(known) + " punten, tussen de "
                                 "drempels " + points(settings.mindere_mate) + " (mindere mate) en " +
                                 points(settings.ernstig_gevaar) + " (ernstige mate).");
      } else if (!carried && red_flags > 0 && (ground == Ground::a || ground == Ground::b)) {
        result.reasons.push_back(
            "Geen van de vastgestelde feiten wijst op " + std::string(what_carries(ground)) + ". " +
            (red_flags == 1 ? std::string("De bevinding op deze grond is")
                            : "De " + std::to_string(red_flags) + " bevindingen op deze grond zijn") +
            " aanleiding voor nader onderzoek en vragen, niet voor een mate van gevaar.");
      } else if (!carried && ground == Ground::art4) {
        result.reasons.push_back("Geen verzoek om gegevens is geweigerd of onbeantwoord gebleven. Wat ontbreekt, "
                                 "wordt eerst opgevraagd; pas een weigering daarna weegt op artikel 4.");
      } else {
        result.reasons.push_back("De vastgestelde feiten wegen samen " + points(known) +
                                 " punten, onder de drempel voor een mindere mate van gevaar (" +
                                 points(settings.mindere_mate) + ").");
      }
    }
    // Conditions (voorschriften) can only lessen a danger of a lesser degree.
    if (result.conclusion == Conclusion::mindere_mate || result.conclusion == Conclusion::twijfel) {
      result.conditions = std::move(conditions);
    }
    if (seriousness(result.conclusion) > seriousness(assessment.proposed)) assessment.proposed = result.conclusion;
    assessment.grounds.push_back(std::move(result));
  }
  return assessment;
}

}  // namespace bibob::screening
