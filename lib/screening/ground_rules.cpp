#include "screening/ground_rules.hpp"

#include "util/text.hpp"

namespace bibob::screening {
namespace {

std::string number(double value) { return text::shortest(value); }

const char* title_of(Ground ground) {
  switch (ground) {
    case Ground::a: return "ground a: will the permit be used to benefit from money obtained through crimes?";
    case Ground::b: return "ground b: will the permit be used to commit crimes?";
    case Ground::art3_6: return "art. 3 lid 6: do facts suggest an offence was committed to obtain the permit?";
    case Ground::art4: return "art. 4: did the holder withhold the data asked for?";
  }
  return "";
}

}  // namespace

bool carries_ground(Basis basis, Ground ground) {
  switch (ground) {
    case Ground::a: return basis == Basis::criminal_relation || basis == Basis::unexplained_money;
    case Ground::b: return basis == Basis::criminal_relation;
    case Ground::art3_6: return basis == Basis::false_answer;
    case Ground::art4: return basis == Basis::data_withheld;
  }
  return false;
}

std::string what_it_could_change(const Finding& finding) {
  std::vector<std::string> names;
  for (Ground ground : finding.grounds) {
    if (!carries_ground(finding.basis, ground)) continue;
    names.push_back(ground == Ground::a        ? "grond a"
                    : ground == Ground::b      ? "grond b"
                    : ground == Ground::art3_6 ? "artikel 3, zesde lid"
                                               : "artikel 4");
  }
  if (names.empty()) return "Wat de bron kan tonen, is aanleiding voor vragen en verandert geen conclusie.";
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == names.size() ? " en " : ", ") + names[i];
  }
  return "Wat de bron kan tonen, kan de conclusie op " + list + " veranderen.";
}

std::vector<GroundRule> ground_rules(const AssessmentSettings& settings) {
  std::vector<GroundRule> rules;
  for (Ground ground : {Ground::a, Ground::b, Ground::art3_6, Ground::art4}) {
    GroundRule rule;
    rule.ground = ground;
    rule.title = title_of(ground);
    for (Basis basis : {Basis::criminal_relation, Basis::unexplained_money, Basis::data_withheld, Basis::false_answer,
                        Basis::data_missing, Basis::inquiry}) {
      if (carries_ground(basis, ground)) rule.carried_by.push_back(basis);
    }
    if (ground == Ground::art3_6) {
      rule.steps.push_back(
          "A suspicion, not a degree: no points. An established false answer on the form (an "
          "antecedent, insolvency or officer the form leaves out, a BSN of someone else) of medium "
          "severity or more gives vermoeden; one that could not be verified gives doubt (twijfel).");
      rule.steps.push_back(
          "A difference between form and registry that is no false answer (an address, a floor area, "
          "an activity) is named and asked about, and carries nothing.");
      rule.steps.push_back(
          "Vermoeden can carry a refusal as serious danger does, once the applicant has had the "
          "chance to explain.");
      rules.push_back(std::move(rule));
      continue;
    }
    if (ground == Ground::art4) {
      rule.steps.push_back("Applies only to an existing permit (case.trajectory: intrekking).");
      rule.steps.push_back("Only a request for data that was refused, left unanswered or answered in part "
                           "(requests[].answer) weighs; data missing without a request is asked for first.");
    }
    if (ground == Ground::a || ground == Ground::b) {
      rule.steps.push_back("Only the facts whose basis is listed can carry a degree of danger; any other finding on "
                           "the ground (a young company, an address cluster, an earlier refusal, an insolvency, a "
                           "signal, a registry mismatch) is named and asked about, and weighs nothing.");
    }
    rule.steps.push_back("Each such fact weighs its check's weight times the points of its severity (low " +
                         number(settings.points.at(Severity::low)) + ", medium " +
                         number(settings.points.at(Severity::medium)) + ", high " +
                         number(settings.points.at(Severity::high)) + "); info findings weigh nothing.");
    rule.steps.push_back("One fact can carry a degree on its own: a fact weighing " +
                         number(settings.points.at(Severity::high)) +
                         " points or more (a high one at full weight) a "
                         "serious degree, one of " +
                         number(settings.points.at(Severity::medium)) +
                         " or more a lesser "
                         "degree. Lesser facts add up: from " +
                         number(settings.mindere_mate) +
                         " points together a "
                         "lesser degree of danger (mindere mate), from " +
                         number(settings.ernstig_gevaar) +
                         " a serious degree (ernstig gevaar); no such fact at all: no danger on this ground.");
    rule.steps.push_back("Doubt (twijfel: ask the LBB) only when findings that could not be verified could change "
                         "the conclusion, or when the facts lie within " + number(settings.doubt_margin) +
                         " points below the serious threshold.");
    rule.steps.push_back("Conditions (voorschriften) from the findings are proposed with a lesser degree or doubt, "
                         "never with a serious degree.");
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace bibob::screening
