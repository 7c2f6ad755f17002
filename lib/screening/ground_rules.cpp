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
    case Ground::art3_6: return true;
    case Ground::art4: return basis == Basis::data_withheld;
  }
  return false;
}

std::vector<GroundRule> ground_rules(const AssessmentSettings& settings) {
  std::vector<GroundRule> rules;
  for (Ground ground : {Ground::a, Ground::b, Ground::art3_6, Ground::art4}) {
    GroundRule rule;
    rule.ground = ground;
    rule.title = title_of(ground);
    for (Basis basis : {Basis::criminal_relation, Basis::unexplained_money, Basis::data_withheld, Basis::inquiry}) {
      if (carries_ground(basis, ground)) rule.carried_by.push_back(basis);
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
    rule.steps.push_back("From " + number(settings.mindere_mate) + " points a lesser degree of danger (mindere mate), "
                         "from " + number(settings.ernstig_gevaar) + " a serious degree (ernstig gevaar); no such "
                         "fact at all: no danger on this ground.");
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
