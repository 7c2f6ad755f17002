#include "screening/procedure_step.hpp"

#include <algorithm>

namespace bibob::screening {
namespace {

long established_with(const std::vector<Finding>& findings, Basis basis) {
  return static_cast<long>(std::count_if(findings.begin(), findings.end(), [&](const Finding& finding) {
    return finding.basis == basis && finding.status == FindingStatus::established;
  }));
}

}  // namespace

ProcedureStep procedure_step(const std::vector<Finding>& findings, const std::string& trajectory) {
  ProcedureStep step;
  // Awb 4:5 governs applications; a permit in force, a deal or a tender has no such step.
  if (trajectory != "aanvraag" && trajectory != "subsidie") return step;
  const long withheld = established_with(findings, Basis::data_withheld);
  const long missing = established_with(findings, Basis::data_missing);
  if (withheld > 0) {
    step.procedure = Procedure::buiten_behandeling;
    step.reason =
        "Op " + std::string(withheld == 1 ? "een verzoek" : "verzoeken") +
        " om gegevens is niet, niet "
        "volledig of niet binnen de termijn gereageerd. De aanvraag kan buiten behandeling worden gelaten "
        "(artikel 4:5 Awb), mits de aanvrager bij het verzoek op die mogelijkheid is gewezen en een redelijke "
        "hersteltermijn heeft gehad. Een conclusie over de mate van gevaar volgt daaruit niet.";
  } else if (missing > 0) {
    step.procedure = Procedure::aanvullen;
    step.reason = "De aanvraag is onvolledig: " +
                  (missing == 1 ? std::string("er ontbreekt een antwoord of document")
                                : "er ontbreken " + std::to_string(missing) + " antwoorden of documenten") +
                  " die voor deze beschikking zijn vereist. Voorgesteld: de aanvrager in de gelegenheid stellen de "
                  "aanvraag binnen een redelijke termijn aan te vullen (artikel 4:5 Awb), met de mededeling dat zij "
                  "anders buiten behandeling kan worden gelaten. De afweging van het gevaar volgt op de volledige "
                  "aanvraag.";
  }
  return step;
}

}  // namespace bibob::screening
