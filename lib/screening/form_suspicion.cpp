#include "screening/form_suspicion.hpp"

#include <algorithm>

#include "screening/ground_rules.hpp"

namespace bibob::screening {
namespace {

void add_unique(std::vector<std::string>& list, const std::string& text) {
  if (!text.empty() && std::find(list.begin(), list.end(), text) == list.end()) list.push_back(text);
}

std::string count_of(long count, const char* one, const char* many) {
  return count == 1 ? std::string(one) : std::to_string(count) + " " + many;
}

}  // namespace

GroundAssessment assess_form_suspicion(const std::vector<Finding>& findings) {
  GroundAssessment result;
  result.ground = Ground::art3_6;
  long false_answers = 0;
  long minor = 0;
  long open = 0;
  long differences = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& finding = findings[i];
    if (finding.severity == Severity::info ||
        std::find(finding.grounds.begin(), finding.grounds.end(), Ground::art3_6) == finding.grounds.end()) {
      continue;
    }
    result.findings.push_back(i);
    if (finding.severity >= Severity::medium) add_unique(result.questions, finding.question);
    if (!carries_ground(finding.basis, Ground::art3_6)) {
      if (finding.status == FindingStatus::established) ++differences;
      continue;
    }
    if (finding.status != FindingStatus::established) {
      ++open;
    } else if (finding.severity >= Severity::medium) {
      ++false_answers;
      result.carrying.push_back(i);
    } else {
      ++minor;
    }
  }
  if (false_answers > 0) {
    result.conclusion = Conclusion::vermoeden;
    result.reasons.push_back(
        "Het formulier vermeldt niet wat het eigen onderzoek vond (" +
        count_of(false_answers, "één onjuist of onvolledig antwoord", "onjuiste of onvolledige antwoorden") +
        "). Dit is een vermoeden, geen mate van gevaar; het kan een weigering of intrekking in gelijke mate dragen als "
        "ernstig gevaar, mits de aanvrager eerst in de gelegenheid is gesteld het verschil te verklaren.");
    add_unique(result.questions, "Heeft de aanvrager een verklaring voor de gegevens die het formulier niet vermeldt?");
  } else if (open > 0) {
    result.conclusion = Conclusion::twijfel;
    result.reasons.push_back("Of het formulier juist is ingevuld, kon niet volledig worden nagegaan (" +
                             count_of(open, "één bevinding", "bevindingen") +
                             " niet geverifieerd); wat daar blijkt, kan een vermoeden dragen.");
  } else {
    result.conclusion = Conclusion::geen_gevaar;
    std::string reason = "Geen vastgesteld feit wijst erop dat het formulier onjuist of onvolledig is ingevuld";
    if (minor > 0 || differences > 0) {
      reason += "; " + count_of(minor + differences, "het verschil", "verschillen") + " tussen formulier en bronnen " +
                (minor + differences == 1 ? "is" : "zijn") +
                " aanleiding voor een vraag aan de aanvrager, niet voor een vermoeden van strafbare feiten";
    }
    result.reasons.push_back(reason + ".");
  }
  return result;
}

}  // namespace bibob::screening
