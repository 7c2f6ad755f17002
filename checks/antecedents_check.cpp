#include <algorithm>
#include <set>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


Severity lower(Severity severity) {
  return severity == Severity::high ? Severity::medium : severity == Severity::medium ? Severity::low : Severity::info;
}

Severity higher(Severity severity) {
  return severity == Severity::low ? Severity::medium : severity == Severity::info ? Severity::low : Severity::high;
}

// How many whole windows (window_years) lie between the fact and the reference date: each
// makes it weigh a step lighter, so an old fact fades rather than falling off a cliff.
int windows_passed(const std::optional<Date>& date, const Date& reference, long window_years) {
  if (!date || window_years <= 0) return 0;
  int passed = 0;
  while (passed < 3 && *date < screening::window_start(reference, 12 * window_years * (passed + 1))) ++passed;
  return passed;
}

// How the case ended, from its disposal or, when none is given, from the outcome in words. The
// Wet Bibob weighs facts that point to offences, proven or not: a fact the officer recorded
// without a disposal (an inspector's report, tax findings) weighs as the fact it is; only a
// case still pending is a suspicion.
enum class Ending { offence, suspicion, no_offence };

Ending ending_of(const Antecedent& antecedent) {
  if (antecedent.disposal == "vrijspraak" || antecedent.disposal == "sepot") return Ending::no_offence;
  if (antecedent.disposal == "lopend") return Ending::suspicion;
  if (!antecedent.disposal.empty()) return Ending::offence;  // veroordeling, transactie, strafbeschikking
  const std::string text = text::ascii_lower(antecedent.outcome);
  for (const char* word : {"vrijspraak", "vrijgesproken", "sepot", "geseponeerd", "ontslag van alle rechtsvervolging"}) {
    if (text.find(word) != std::string::npos) return Ending::no_offence;
  }
  return Ending::offence;
}

// The day the party's last tie with the business ended, when every tie it had has ended by
// the reference date; nothing for the applicant, a party without recorded ties, or one whose
// tie still stands.
std::optional<Date> tie_ended(const CaseFile& file, const Party& party, const Date& reference) {
  if (party.id == file.applicant) return std::nullopt;
  std::optional<Date> last;
  bool any = false;
  for (const auto& relation : file.relations) {
    if (relation.from != party.id && relation.to != party.id) continue;
    any = true;
    if (!relation.until || *relation.until >= reference) return std::nullopt;
    if (!last || *relation.until > *last) last = relation.until;
  }
  return any ? last : std::nullopt;
}

// The positions in which a party stands close to the business: it applies, leads it (in law
// or in fact), finances it, holds a real share or is its business partner (zakelijk
// samenwerkingsverband, art. 3 lid 4 Wet Bibob). Others (a small shareholder, a landlord, a
// party reached through another) stand further off.
const std::set<std::string> k_close_positions = {"director", "de_facto_manager", "manager", "financier",
                                                 "ubo",      "business_partner"};
constexpr double k_real_share_pct = 25.0;

bool stands_close(const CaseFile& file, const Party& party, const Date& reference) {
  if (party.id == file.applicant) return true;
  for (const auto& relation : file.relations) {
    if (relation.from != party.id || relation.to != file.applicant) continue;
    if (relation.until && *relation.until < reference) continue;
    const bool real_share = relation.type == "shareholder" && relation.share_pct.value_or(0) >= k_real_share_pct;
    if (k_close_positions.count(relation.type) != 0 || real_share) return true;
  }
  return false;
}

// Antecedents each person declared, weighed by kind and age.
class AntecedentsCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "antecedents",
        "Declared antecedents of everyone involved, weighed by kind and age",
        "antecedents",
        "antecedenten",
        {Ground::a, Ground::b},
        {{"window_years", screening::ParameterType::integer, "5", "older antecedents weigh one step less"},
         {"criminal", screening::ParameterType::text, "high", "severity of a criminal antecedent"},
         {"tax", screening::ParameterType::text, "medium", "severity of a tax antecedent"},
         {"administrative", screening::ParameterType::text, "low", "severity of an administrative antecedent"},
         {"relevant_offences", screening::ParameterType::text_list_map,
          "{exploitatievergunning_horeca: [opiumwet, witwassen, geweld, wapens, mensenhandel, fiscaal], "
          "alcoholwet_vergunning: [opiumwet, witwassen, geweld, wapens, mensenhandel, fiscaal], "
          "exploitatievergunning_seksinrichting: [mensenhandel, witwassen, geweld, wapens, opiumwet], "
          "gedoogbeschikking_coffeeshop: [opiumwet, witwassen, fiscaal, wapens, geweld], "
          "exploitatievergunning_speelautomatenhal: [witwassen, fraude, fiscaal, overig], "
          "exploitatievergunning_recreatiepark: [opiumwet, witwassen, mensenhandel, wapens], "
          "omgevingsvergunning_bouw: [witwassen, fraude, opiumwet], "
          "omgevingsvergunning_milieu: [witwassen, fraude, overig], "
          "vastgoedtransactie: [witwassen, opiumwet, fraude, fiscaal], "
          "subsidie: [fraude, fiscaal, witwassen], overheidsopdracht: [fraude, fiscaal, witwassen]}",
          "offences that bear on each decision type: such an antecedent weighs a step heavier"}},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const long window_years = params.integer("window_years");
    const CaseFile& file = context.case_file();
    const auto relevant_table = params.text_lists("relevant_offences");
    const auto relevant_here = relevant_table.find(file.header.decision_type);
    const Date now = context.ties_judged_on();
    for (const Party* party : context.screened_parties()) {
      const std::optional<Date> ended_tie = tie_ended(file, *party, now);
      const bool close = stands_close(file, *party, now);
      for (std::size_t i = 0; i < party->antecedents.size(); ++i) {
        const Antecedent& antecedent = party->antecedents[i];
        const std::string kind = antecedent.type == "strafrechtelijk" ? "criminal"
                                 : antecedent.type == "fiscaal"       ? "tax"
                                                                      : "administrative";
        Severity severity = parse(params.text(kind));
        const int windows = windows_passed(antecedent.date, context.reference_date(), window_years);
        const bool old = windows > 0;
        for (int w = 0; w < windows; ++w) severity = lower(severity);
        const Ending ending = kind == "administrative" ? Ending::no_offence : ending_of(antecedent);
        if (kind != "administrative" && ending == Ending::no_offence) severity = Severity::low;
        if (ending == Ending::suspicion) severity = lower(severity);
        if (!close && !ended_tie) severity = lower(severity);
        // An offence of the kind the permit could serve (samenhang) weighs a step heavier.
        const bool relevant =
            kind != "administrative" && ending != Ending::no_offence && relevant_here != relevant_table.end() &&
            std::find(relevant_here->second.begin(), relevant_here->second.end(), antecedent.offence) !=
                relevant_here->second.end();
        if (relevant) severity = higher(severity);
        if (ended_tie) severity = std::min(severity, Severity::low);
        Finding finding = finding_of(context, *party, i, severity, ending, old, ended_tie);
        if (relevant) {
          finding.statement += " Een feit van deze aard (" + antecedent.offence +
                               ") hangt samen met de gevraagde "
                               "beschikking en weegt daarom zwaarder.";
        }
        if (!close && !ended_tie) {
          finding.statement += " " + party->display_name() + " staat verder van de onderneming af (geen aanvrager, "
                               "bestuurder, feitelijk leidinggevende, financier of houder van een belang van " +
                               std::to_string(static_cast<int>(k_real_share_pct)) + "% of meer); het weegt daarom "
                               "lichter.";
        }
        findings.push_back(std::move(finding));
        if (!antecedent.declared && !old) {
          if (auto omission = omission_of(context, *party, i, ending)) findings.push_back(std::move(*omission));
        }
      }
    }
  }

 private:
  static Finding finding_of(const screening::ScreeningContext& context, const Party& party, std::size_t index,
                            Severity severity, Ending ending, bool old, const std::optional<Date>& ended_tie) {
    const Antecedent& antecedent = party.antecedents[index];
    const bool criminal = antecedent.type != "bestuursrechtelijk";
    std::string statement;
    if (antecedent.declared) {
      statement = party.display_name() + " heeft een " + antecedent.type + " antecedent opgegeven";
    } else {
      statement = "Uit " + (antecedent.source.empty() ? std::string("eigen onderzoek") : antecedent.source) +
                  (antecedent.reference.empty() ? std::string() : " (" + antecedent.reference + ")") +
                  " blijkt een " + antecedent.type + " antecedent van " + party.display_name();
    }
    if (antecedent.date) statement += " van " + dutch_date(*antecedent.date);
    if (!antecedent.offence.empty()) statement += " (" + antecedent.offence + ")";
    if (!antecedent.description.empty()) statement += ": " + antecedent.description;
    if (!antecedent.disposal.empty()) statement += "; afdoening: " + antecedent.disposal;
    if (!antecedent.outcome.empty()) statement += " (afloop: " + antecedent.outcome + ")";
    if (criminal && ending == Ending::no_offence) {
      statement += "; de afloop stelt geen strafbaar feit vast en weegt daarom als verzachtend";
    } else if (ending == Ending::suspicion) {
      statement += "; de zaak loopt nog: een verdenking, lichter gewogen dan een vastgesteld feit";
    } else if (old) {
      statement += "; ouder dan de termijn en daarom lichter gewogen";
    }
    if (ended_tie) statement += "; de band van " + party.display_name() + " met de onderneming is beëindigd op " +
                                dutch_date(*ended_tie) + ", wat verzachtend weegt";
    if (!antecedent.declared) statement += ". Het antecedent is niet opgegeven in de aanvraag";
    statement += ".";
    Finding finding = about(context, party.id, severity, statement);
    if (criminal && ending != Ending::no_offence && !ended_tie) finding.basis = Basis::criminal_relation;
    finding.case_path = party.path + ".antecedents[" + std::to_string(index) + "]";
    if (severity == Severity::high) {
      finding.question = std::string("Zijn er naast het ") + (antecedent.declared ? "opgegeven " : "") + "antecedent van " +
                         party.display_name() + " andere strafbare feiten bekend?";
    }
    // The voorschrift that fits a lesser danger from one person: keep that person out of the business.
    if (finding.basis == Basis::criminal_relation && party.id != context.case_file().applicant) {
      finding.condition = party.display_name() + " vervult geen functie in of voor de onderneming, is er niet "
                          "feitelijk leidinggevend en heeft er geen zeggenschap of financieel belang in.";
    }
    return finding;
  }

  // An antecedent the form asks about (a conviction, transactie, strafbeschikking or pending
  // case, a fiscal or administrative sanction, within the form's five years) that the form left
  // out: a false answer, which bears on art. 3 lid 6. A dismissal or an acquittal is not asked.
  static std::optional<Finding> omission_of(const screening::ScreeningContext& context, const Party& party,
                                            std::size_t index, Ending ending) {
    const Antecedent& antecedent = party.antecedents[index];
    const bool criminal = antecedent.type == "strafrechtelijk";
    if (criminal && ending == Ending::no_offence) return std::nullopt;
    std::string statement =
        "Op het Bibob-formulier is een " + antecedent.type + " antecedent van " + party.display_name();
    if (antecedent.date) statement += " van " + dutch_date(*antecedent.date);
    statement += " niet vermeld, dat " +
                 (antecedent.source.empty() ? std::string("het eigen onderzoek") : antecedent.source) +
                 (antecedent.reference.empty() ? std::string() : " (" + antecedent.reference + ")") +
                 " wel laat zien. Het formulier vraagt daarnaar; een onjuist ingevuld formulier kan doen vermoeden dat "
                 "een strafbaar feit is gepleegd om de beschikking te verkrijgen.";
    Finding finding = about(context, party.id, criminal ? Severity::high : Severity::medium, statement);
    finding.basis = Basis::false_answer;
    finding.grounds = {Ground::art3_6};
    finding.theme = "juistheid_formulier";
    finding.case_path = party.path + ".antecedents[" + std::to_string(index) + "].declared";
    finding.question = "Waarom heeft " + party.display_name() + " dit antecedent niet opgegeven in de aanvraag?";
    return finding;
  }

  static Severity parse(const std::string& text) {
    if (text == "high") return Severity::high;
    if (text == "medium") return Severity::medium;
    if (text == "low") return Severity::low;
    return Severity::info;
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_antecedents_check() { return std::make_unique<AntecedentsCheck>(); }

}  // namespace bibob::checks
