#include "scan/source_summary.hpp"

#include <string>

#include "scan/reason_text.hpp"

namespace bibob::scan {

std::vector<SourceStatus> source_summary(const SourceUse& use) {
  std::vector<SourceStatus> sources;
  if (use.lists != nullptr) {
    sources.push_back({"lists", "consulted",
                       plural(use.names_screened, "naam", "namen") + " gescreend tegen " + use.lists->lists_consulted()});
  } else {
    sources.push_back({"lists", "not_verified",
                       "Niet geverifieerd: er zijn geen sanctie- of terrorismelijsten ingelezen (bibob lists "
                       "import); geen naam is gescreend"});
  }
  const long asked = use.insolvency_answered + use.insolvency_failed;
  if (!use.insolvency_register) {
    sources.push_back(
        {"insolvency", "not_verified", "Niet geverifieerd: het insolventieregister is niet geraadpleegd"});
  } else if (asked > 0 && use.insolvency_answered == 0) {
    sources.push_back({"insolvency", "not_verified",
                       "Niet geverifieerd: de cache en de snapshot bevatten geen antwoord van het "
                       "insolventieregister over deze vestigingen of bestuurders (een scan vraagt het register "
                       "nooit zelf)"});
  } else if (use.insolvency_failed > 0) {
    sources.push_back({"insolvency", "partly_verified",
                       "opgenomen antwoorden van het insolventieregister voor " +
                           std::to_string(use.insolvency_answered) + " van " + std::to_string(asked) + " vragen; " +
                           std::to_string(use.insolvency_unverified) +
                           " vestigingen niet geverifieerd (een scan vraagt het register nooit zelf)"});
  } else {
    sources.push_back(
        {"insolvency", "consulted",
         "opgenomen antwoorden van het insolventieregister voor alle " + std::to_string(asked) + " vragen"});
  }
  if (use.signals) {
    sources.push_back({"signals", "consulted",
                       plural(static_cast<long>(*use.signals), "signaal", "signalen") + " sinds " +
                           use.signals_since.dutch() + " in het signalenregister"});
  } else {
    sources.push_back({"signals", "not_in_use", "er is geen signalenregister in gebruik (bibob signals)"});
  }
  if (use.decided_cases) {
    sources.push_back(
        {"case_register", "consulted",
         plural(static_cast<long>(*use.decided_cases), "besloten zaak", "besloten zaken") + " in het zaakregister"});
  } else {
    sources.push_back({"case_register", "not_in_use", "er is geen zaakregister in gebruik (bibob case)"});
  }
  return sources;
}

}  // namespace bibob::scan
