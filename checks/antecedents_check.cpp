#include <algorithm>
#include <cctype>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"

namespace bibob::checks {
namespace {


Severity lower(Severity severity) {
  return severity == Severity::high ? Severity::medium : severity == Severity::medium ? Severity::low : Severity::info;
}

// An acquittal or a dismissal establishes no offence: the fact is named, as mitigating, and
// carries no degree of danger.
bool ended_without_offence(const std::string& outcome) {
  std::string text = outcome;
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* word : {"vrijspraak", "vrijgesproken", "sepot", "geseponeerd", "ontslag van alle rechtsvervolging"}) {
    if (text.find(word) != std::string::npos) return true;
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
         {"administrative", screening::ParameterType::text, "low", "severity of an administrative antecedent"}},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const Date since = screening::window_start(context.reference_date(), 12 * params.integer("window_years"));
    for (const Party* party : context.screened_parties()) {
      for (std::size_t i = 0; i < party->antecedents.size(); ++i) {
        const Antecedent& antecedent = party->antecedents[i];
        const std::string kind = antecedent.type == "strafrechtelijk" ? "criminal"
                                 : antecedent.type == "fiscaal"       ? "tax"
                                                                      : "administrative";
        Severity severity = parse(params.text(kind));
        const bool old = antecedent.date && *antecedent.date < since;
        if (old) severity = lower(severity);
        const bool offence = kind != "administrative" && !ended_without_offence(antecedent.outcome);
        if (kind != "administrative" && !offence) severity = Severity::low;
        std::string statement = party->display_name() + " heeft een " + antecedent.type + " antecedent opgegeven";
        if (antecedent.date) statement += " van " + dutch_date(*antecedent.date);
        if (!antecedent.description.empty()) statement += ": " + antecedent.description;
        if (!antecedent.outcome.empty()) statement += " (afloop: " + antecedent.outcome + ")";
        if (kind != "administrative" && !offence) {
          statement += "; de afloop stelt geen strafbaar feit vast en weegt daarom als verzachtend.";
        } else {
          statement += old ? "; ouder dan de termijn en daarom lichter gewogen." : ".";
        }
        Finding finding = about(context, party->id, severity, statement);
        if (offence) finding.basis = Basis::criminal_relation;
        finding.case_path = party->path + ".antecedents[" + std::to_string(i) + "]";
        if (severity == Severity::high) {
          finding.question = "Zijn er naast het opgegeven antecedent van " + party->display_name() +
                             " andere strafbare feiten bekend?";
        }
        findings.push_back(std::move(finding));
      }
    }
  }

 private:
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
