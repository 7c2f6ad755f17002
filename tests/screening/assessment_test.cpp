#include <catch2/catch.hpp>

#include "screening/assessment.hpp"

using namespace bibob;
using namespace bibob::screening;

namespace {

// A fact that can carry a degree of danger unless another basis is given.
Finding finding(const std::string& check, Severity severity, std::vector<Ground> grounds,
                FindingStatus status = FindingStatus::established, Basis basis = Basis::criminal_relation) {
  Finding f;
  f.basis = basis;
  f.check = check;
  f.severity = severity;
  f.grounds = std::move(grounds);
  f.status = status;
  f.statement = check + " statement";
  f.question = check + " question";
  f.condition = check + " condition";
  return f;
}

const GroundAssessment& ground(const Assessment& assessment, Ground which) {
  for (const auto& g : assessment.grounds) {
    if (g.ground == which) return g;
  }
  throw std::logic_error("no ground");
}

}  // namespace

TEST_CASE("no findings propose no danger on every ground", "[assessment]") {
  const Assessment a = assess({}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(a.proposed == Conclusion::geen_gevaar);
  CHECK(a.grounds.size() == 4);
  CHECK_FALSE(ground(a, Ground::art4).applicable);
}

TEST_CASE("weighted points cross the thresholds for lesser and serious danger", "[assessment]") {
  const AssessmentSettings settings;  // 3 and 8, medium 2, high 4
  const Assessment lesser = assess({finding("x", Severity::medium, {Ground::a}), finding("y", Severity::low, {Ground::a})},
                                   {}, settings, "aanvraag");
  CHECK(ground(lesser, Ground::a).score == 3);
  CHECK(ground(lesser, Ground::a).conclusion == Conclusion::mindere_mate);
  CHECK(ground(lesser, Ground::a).conditions == std::vector<std::string>{"x condition"});
  CHECK(ground(lesser, Ground::b).conclusion == Conclusion::geen_gevaar);
  CHECK(lesser.proposed == Conclusion::mindere_mate);

  const Assessment serious =
      assess({finding("x", Severity::high, {Ground::b}), finding("y", Severity::high, {Ground::b})}, {}, settings, "aanvraag");
  CHECK(ground(serious, Ground::b).score == 8);
  CHECK(ground(serious, Ground::b).conclusion == Conclusion::ernstig_gevaar);
  CHECK(serious.proposed == Conclusion::ernstig_gevaar);
}

TEST_CASE("a check's weight multiplies its findings", "[assessment]") {
  const Assessment a = assess({finding("x", Severity::medium, {Ground::a})}, {{"x", 4.0}}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(a, Ground::a).score == 8);
  CHECK(ground(a, Ground::a).conclusion == Conclusion::ernstig_gevaar);
}

TEST_CASE("what could not be verified makes doubt, never danger", "[assessment]") {
  const Assessment a = assess({finding("x", Severity::medium, {Ground::a}),
                               finding("y", Severity::high, {Ground::a}, FindingStatus::not_verified)},
                              {}, AssessmentSettings{}, "aanvraag");
  const auto& g = ground(a, Ground::a);
  CHECK(g.score == 2);
  CHECK(g.unverified_score == 4);
  CHECK(g.conclusion == Conclusion::twijfel);
  CHECK(std::find(g.questions.begin(), g.questions.end(), "y question") != g.questions.end());
  CHECK(a.not_verified == std::vector<std::string>{"y statement"});
}

TEST_CASE("just below the serious threshold, LBB advice is proposed", "[assessment]") {
  // Three lesser facts and a low one: none serious on its own, together just under the line.
  const Assessment a = assess({finding("x", Severity::medium, {Ground::a}), finding("y", Severity::medium, {Ground::a}),
                               finding("v", Severity::medium, {Ground::a}), finding("z", Severity::low, {Ground::a})},
                              {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(a, Ground::a).score == 7);
  CHECK(ground(a, Ground::a).conclusion == Conclusion::twijfel);
}

TEST_CASE("one serious fact carries serious danger on its own; one lesser fact a lesser degree", "[assessment]") {
  const Assessment serious =
      assess({finding("antecedents", Severity::high, {Ground::b})}, {}, AssessmentSettings{}, "aanvraag");
  const auto& b = ground(serious, Ground::b);
  CHECK(b.score == 4);
  CHECK(b.conclusion == Conclusion::ernstig_gevaar);
  REQUIRE(b.reasons.size() == 1);
  CHECK(b.reasons[0].starts_with("Het zwaarst wegende vastgestelde feit (4 punten) draagt op zichzelf een ernstige"));
  CHECK(b.conditions.empty());

  const Assessment lesser =
      assess({finding("antecedents", Severity::medium, {Ground::b})}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(lesser, Ground::b).conclusion == Conclusion::mindere_mate);
  CHECK(ground(lesser, Ground::b).conditions == std::vector<std::string>{"antecedents condition"});
  // At half weight the same serious fact carries a lesser degree only.
  const Assessment halved = assess({finding("antecedents", Severity::high, {Ground::b})}, {{"antecedents", 0.5}},
                                   AssessmentSettings{}, "aanvraag");
  CHECK(ground(halved, Ground::b).conclusion == Conclusion::mindere_mate);
  // Low facts alone carry nothing until they add up.
  const Assessment low =
      assess({finding("antecedents", Severity::low, {Ground::b})}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(low, Ground::b).conclusion == Conclusion::geen_gevaar);
}

TEST_CASE("art. 3 lid 6 is a suspicion from false answers, not a degree from points", "[assessment]") {
  const Finding false_answer =
      finding("antecedents", Severity::high, {Ground::art3_6}, FindingStatus::established, Basis::false_answer);
  const Assessment suspected = assess({false_answer}, {}, AssessmentSettings{}, "aanvraag");
  const auto& lid6 = ground(suspected, Ground::art3_6);
  CHECK(lid6.conclusion == Conclusion::vermoeden);
  CHECK(lid6.score == 0);
  CHECK(lid6.conditions.empty());
  CHECK(suspected.proposed == Conclusion::vermoeden);
  // A false answer does not bear on a or b.
  CHECK(ground(suspected, Ground::b).conclusion == Conclusion::geen_gevaar);

  // A mere difference between form and registry (an address, a floor area) is a question.
  const Assessment difference =
      assess({finding("premises", Severity::high, {Ground::art3_6}, FindingStatus::established, Basis::inquiry)}, {},
             AssessmentSettings{}, "aanvraag");
  CHECK(ground(difference, Ground::art3_6).conclusion == Conclusion::geen_gevaar);
  CHECK(ground(difference, Ground::art3_6).reasons[0].find("aanleiding voor een vraag") != std::string::npos);
  CHECK_FALSE(ground(difference, Ground::art3_6).questions.empty());

  // A register that could not be consulted about what the form says leaves doubt.
  const Assessment unknown = assess(
      {finding("identity", Severity::medium, {Ground::art3_6}, FindingStatus::not_verified, Basis::false_answer)}, {},
      AssessmentSettings{}, "aanvraag");
  CHECK(ground(unknown, Ground::art3_6).conclusion == Conclusion::twijfel);
  // Serious danger on b outranks a suspicion in the overall proposal.
  const Assessment both =
      assess({false_answer, finding("antecedents", Severity::high, {Ground::b})}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(both.proposed == Conclusion::ernstig_gevaar);
}

TEST_CASE("an incomplete application is completed first, and may be left unprocessed (Awb 4:5)", "[assessment]") {
  const Finding missing =
      finding("completeness", Severity::high, {Ground::art4}, FindingStatus::established, Basis::data_missing);
  const Finding withheld =
      finding("completeness", Severity::high, {Ground::art4}, FindingStatus::established, Basis::data_withheld);
  const Assessment incomplete = assess({missing, missing}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(incomplete.procedure == Procedure::aanvullen);
  CHECK(incomplete.procedure_reason.find("er ontbreken 2 antwoorden of documenten") != std::string::npos);
  CHECK(incomplete.procedure_reason.find("artikel 4:5 Awb") != std::string::npos);
  // Never a conclusion about danger from what is missing.
  CHECK(incomplete.proposed == Conclusion::geen_gevaar);

  const Assessment unanswered = assess({missing, withheld}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(unanswered.procedure == Procedure::buiten_behandeling);
  CHECK(unanswered.procedure_reason.find("buiten behandeling") != std::string::npos);
  CHECK(unanswered.proposed == Conclusion::geen_gevaar);

  // A permit in force has no such step: there, withheld data is art. 4.
  const Assessment revocation = assess({missing, withheld}, {}, AssessmentSettings{}, "intrekking");
  CHECK(revocation.procedure == Procedure::none);
  CHECK(ground(revocation, Ground::art4).conclusion == Conclusion::ernstig_gevaar);
  CHECK(assess({}, {}, AssessmentSettings{}, "aanvraag").procedure == Procedure::none);
}

TEST_CASE("a name that resembles a listed one, unconfirmed, leaves doubt and carries nothing", "[assessment]") {
  const Assessment a =
      assess({finding("sanctions", Severity::high, {Ground::a, Ground::b}, FindingStatus::unconfirmed)}, {},
             AssessmentSettings{}, "aanvraag");
  CHECK(ground(a, Ground::b).conclusion == Conclusion::twijfel);
  CHECK(ground(a, Ground::b).score == 0);
  CHECK(ground(a, Ground::b).unverified_score == 4);
  CHECK(a.not_verified.empty());  // not a source that failed
  const Assessment confirmed =
      assess({finding("sanctions", Severity::high, {Ground::a, Ground::b})}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(confirmed, Ground::b).conclusion == Conclusion::ernstig_gevaar);
}

TEST_CASE("art. 4 applies only to an existing permit, and only to data withheld after a request", "[assessment]") {
  const std::vector<Finding> withheld = {
      finding("completeness", Severity::high, {Ground::art4}, FindingStatus::established, Basis::data_withheld),
      finding("completeness", Severity::high, {Ground::art4}, FindingStatus::established, Basis::data_withheld)};
  const Assessment application = assess(withheld, {}, AssessmentSettings{}, "aanvraag");
  CHECK_FALSE(ground(application, Ground::art4).applicable);
  CHECK(application.proposed == Conclusion::geen_gevaar);
  const Assessment revocation = assess(withheld, {}, AssessmentSettings{}, "intrekking");
  CHECK(ground(revocation, Ground::art4).applicable);
  CHECK(ground(revocation, Ground::art4).conclusion == Conclusion::ernstig_gevaar);

  // Documents that are missing but were never asked for are asked for first.
  const std::vector<Finding> missing = {
      finding("completeness", Severity::high, {Ground::art4}, FindingStatus::established, Basis::inquiry),
      finding("completeness", Severity::high, {Ground::art4}, FindingStatus::established, Basis::inquiry)};
  const Assessment asked_first = assess(missing, {}, AssessmentSettings{}, "intrekking");
  const auto& unasked = ground(asked_first, Ground::art4);
  CHECK(unasked.conclusion == Conclusion::geen_gevaar);
  REQUIRE(unasked.reasons.size() == 1);
  CHECK(unasked.reasons[0].find("eerst opgevraagd") != std::string::npos);
}

TEST_CASE("info findings are stated but weigh nothing", "[assessment]") {
  const Assessment a = assess({finding("x", Severity::info, {Ground::a})}, {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(a, Ground::a).score == 0);
  CHECK(ground(a, Ground::a).findings.empty());
}

TEST_CASE("red flags alone never make a degree of danger on a or b", "[assessment]") {
  // An earlier refusal, an old bankruptcy, a young company and an administrative fine.
  std::vector<Finding> flags;
  for (const char* check : {"earlier_decisions", "insolvencies", "young_company", "antecedents"}) {
    flags.push_back(finding(check, Severity::high, {Ground::a, Ground::b}, FindingStatus::established, Basis::inquiry));
  }
  const Assessment a = assess(flags, {}, AssessmentSettings{}, "aanvraag");
  for (Ground which : {Ground::a, Ground::b}) {
    const auto& g = ground(a, which);
    CHECK(g.conclusion == Conclusion::geen_gevaar);
    CHECK(g.score == 0);
    CHECK(g.findings.size() == 4);  // named, and asked about
    CHECK(g.questions.size() == 4);
    CHECK(g.conditions.empty());
    REQUIRE(g.reasons.size() == 1);
    CHECK(g.reasons[0].find("aanleiding voor nader onderzoek") != std::string::npos);
  }
  CHECK(a.proposed == Conclusion::geen_gevaar);
}

TEST_CASE("money of unexplained origin carries ground a, not ground b", "[assessment]") {
  const Assessment a = assess({finding("financing", Severity::high, {Ground::a, Ground::b}, FindingStatus::established,
                                       Basis::unexplained_money),
                               finding("financing", Severity::high, {Ground::a, Ground::b}, FindingStatus::established,
                                       Basis::unexplained_money)},
                              {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(a, Ground::a).conclusion == Conclusion::ernstig_gevaar);
  CHECK(ground(a, Ground::b).conclusion == Conclusion::geen_gevaar);
}

TEST_CASE("a source that could not be consulted makes doubt only where it could change the conclusion",
          "[assessment]") {
  // A director with a lesser antecedent (established) and an unreachable BAG (a red flag it could have shown).
  const Assessment a =
      assess({finding("antecedents", Severity::medium, {Ground::b}),
              finding("premises", Severity::high, {Ground::a, Ground::b}, FindingStatus::not_verified, Basis::inquiry)},
             {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(a, Ground::b).conclusion == Conclusion::mindere_mate);
  CHECK(ground(a, Ground::a).conclusion == Conclusion::geen_gevaar);
  // Unread sanctions lists could show a relation with crimes: that is doubt on b.
  const Assessment lists =
      assess({finding("antecedents", Severity::medium, {Ground::b}),
              finding("sanctions", Severity::high, {Ground::a, Ground::b}, FindingStatus::not_verified)},
             {}, AssessmentSettings{}, "aanvraag");
  CHECK(ground(lists, Ground::b).conclusion == Conclusion::twijfel);
}

TEST_CASE("no conditions are attached to a ground proposed as serious danger", "[assessment]") {
  const Assessment a =
      assess({finding("x", Severity::high, {Ground::b}), finding("y", Severity::high, {Ground::b})}, {}, AssessmentSettings{},
             "aanvraag");
  CHECK(ground(a, Ground::b).conclusion == Conclusion::ernstig_gevaar);
  CHECK(ground(a, Ground::b).conditions.empty());
}
