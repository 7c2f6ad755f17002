#include "scan/reason_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "util/text.hpp"

namespace bibob::scan {

std::string score_text(double score) { return text::decimals(score, 2); }

std::string plural(long count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string kvk_text(std::uint32_t kvk) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%08u", kvk);
  return buffer;
}

std::string officer_text(const std::string& name, const Date& birth_date) {
  return "bestuurder " + name + " (geboren " + birth_date.iso() + ")";
}

std::string hit_text(const std::string& who, const screening::ListHit& hit) {
  std::string text = who + " lijkt op \"" + hit.matched_name + "\" op de " + hit.list + "-lijst (vermelding " +
                     hit.entry_id + ", score " + score_text(hit.score) + "; lijst van " + hit.list_published + ").";
  if (hit.review_decision == "confirmed") text += " Eerder bevestigd als treffer: " + hit.review_reason + ".";
  return text;
}

std::string insolvency_text(const std::string& whose, const InsolvencyCase& found) {
  std::string kind = found.kind.empty() ? std::string("insolventie") : found.kind;
  kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
  std::string text = kind + " " + found.number + " " + whose;
  if (!found.court.empty()) text += " (" + found.court + ")";
  if (const auto published = found.first_published()) text += ", gepubliceerd op " + published->dutch();
  return text + "; bron: insolventieregister, opgenomen antwoord.";
}

std::string refusal_text(const EarlierRefusal& refusal, const std::string& about) {
  return "Zaak " + refusal.case_id + " (" + refusal.decision_type + "): " + refusal.decision + " op " +
         refusal.decided_on.dutch() + ", gevonden op " + refusal.matched_by + " " + about + ".";
}

std::string signals_text(std::vector<const Signal*> found, const Date& since) {
  std::sort(found.begin(), found.end(), [](const Signal* a, const Signal* b) { return a->observed_on < b->observed_on; });
  std::map<std::string, int> categories;
  std::vector<std::string> ids;
  for (const auto* signal : found) {
    ++categories[signal->category];
    ids.push_back(signal->id + " (" + signal->observed_on.iso() + ", bron " + signal->source_grade + ", informatie " +
                  signal->information_grade + ")");
  }
  std::vector<std::string> counted;
  for (const auto& [category, count] : categories) counted.push_back(category + " " + std::to_string(count));
  return std::to_string(found.size()) + " signalen sinds " + since.dutch() +
         " over deze vestiging, het adres of de bestuurders: " + text::join(counted, ", ") + "; " +
         text::join(ids, ", ") + ". Zachte informatie, geen vastgestelde feiten.";
}

}  // namespace bibob::scan
