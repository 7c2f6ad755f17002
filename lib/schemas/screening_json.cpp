#include "schemas/screening_json.hpp"

#include "schemas/json_reader.hpp"
#include "schemas/registry_json.hpp"
#include "schemas/validation_json.hpp"

namespace bibob::schemas {
namespace {

// The value a table gives for a member's text, or the InputError naming it.
template <typename Value>
Value parsed(const std::optional<Value>& value, const JsonReader& from, const char* key) {
  if (!value) from.fail(key, "not a value this schema knows");
  return *value;
}

bool read_kind(const JsonReader& party) {
  const std::string kind = party.text("kind");
  if (kind != "person" && kind != "organisation") party.fail("kind", "expected person or organisation");
  return kind == "person";
}

Provenance read_source(const JsonReader& item) {
  return {item.text("registry"),     item.text("request"),     static_cast<long>(item.integer("status")),
          item.text("retrieved_at"), item.text("body_sha256"), item.text("source")};
}

Finding read_finding(const JsonReader& item) {
  Finding finding;
  finding.check = item.text("check");
  finding.indicator = item.text("indicator");
  finding.theme = item.text("theme");
  finding.severity = parsed(parse_severity(item.text("severity")), item, "severity");
  finding.status = parsed(parse_finding_status(item.text("status")), item, "status");
  // Screenings written before the basis was recorded: every finding was weighed alike.
  if (const auto basis = item.optional_text("basis")) finding.basis = parsed(parse_basis(*basis), item, "basis");
  finding.statement = item.text("statement");
  finding.parties = item.texts("parties");
  finding.relation_path = item.text("relation_path");
  finding.case_path = item.text("case_path");
  for (const auto& ground : item.texts("grounds")) finding.grounds.push_back(parsed(parse_ground(ground), item, "grounds"));
  finding.question = item.text("question");
  finding.condition = item.text("condition");
  finding.detail = item.optional_text("detail").value_or("");
  item.each("sources", [&](const JsonReader& source) { finding.sources.push_back(read_source(source)); });
  return finding;
}

}  // namespace

Json screening_json(const Screening& screening) {
  Json json = {{"schema", k_screening_schema}};
  const Validation& validation = screening.validation;
  if (validation.case_file) {
    const CaseFile& file = *validation.case_file;
    json["case"] = {{"file", validation.file},
                    {"id", file.header.id},
                    {"decision_type", file.header.decision_type},
                    {"municipality", file.header.municipality},
                    {"authority", file.header.authority},
                    {"trajectory", file.header.trajectory},
                    {"received_on", file.header.received_on ? Json(file.header.received_on->iso()) : Json(nullptr)},
                    {"applicant", file.applicant}};
  }
  json["screened_on"] = screening.screened_on.iso();
  json["registry_mode"] = screening.registry_mode;
  json["lists_consulted"] = screening.lists_consulted;
  json["validation"] = validation_json(validation);
  Json parties = Json::array();
  for (const auto& reached : screening.parties) {
    Json party = {{"id", reached.id},
                  {"name", reached.name},
                  {"kind", reached.person ? "person" : "organisation"},
                  {"source", reached.source},
                  {"depth", reached.depth},
                  {"relation_path", reached.relation_path},
                  {"address", nullptr}};
    if (reached.address) {
      party["address"] = {{"street", reached.address->street},
                          {"postcode_city", reached.address->postcode_city},
                          {"country", reached.address->country}};
    }
    parties.push_back(std::move(party));
  }
  json["parties"] = parties;
  json["checks_run"] = screening.checks_run;
  Json findings = Json::array();
  for (const auto& finding : screening.findings) {
    Json grounds = Json::array();
    for (auto ground : finding.grounds) grounds.push_back(std::string(to_string(ground)));
    findings.push_back({{"check", finding.check},
                        {"indicator", finding.indicator},
                        {"theme", finding.theme},
                        {"severity", std::string(to_string(finding.severity))},
                        {"status", std::string(to_string(finding.status))},
                        {"basis", std::string(to_string(finding.basis))},
                        {"statement", finding.statement},
                        {"parties", finding.parties},
                        {"relation_path", finding.relation_path},
                        {"case_path", finding.case_path},
                        {"grounds", grounds},
                        {"question", finding.question},
                        {"condition", finding.condition},
                        {"detail", finding.detail},
                        {"sources", sources_json(finding.sources)}});
  }
  json["findings"] = findings;
  Json grounds = Json::array();
  for (const auto& ground : screening.assessment.grounds) {
    grounds.push_back(
        {{"ground", std::string(to_string(ground.ground))},
         {"applicable", ground.applicable},
         {"conclusion", ground.applicable ? Json(std::string(to_string(ground.conclusion))) : Json(nullptr)},
         {"score", ground.score},
         {"unverified_score", ground.unverified_score},
         {"findings", ground.findings},
         {"carrying", ground.carrying},
         {"reasons", ground.reasons},
         {"questions", ground.questions},
         {"conditions", ground.conditions}});
  }
  json["assessment"] = {
      {"notice", k_proposal_notice},
      {"proposed", validation.valid() ? Json(std::string(to_string(screening.assessment.proposed))) : Json(nullptr)},
      {"procedure", std::string(to_string(screening.assessment.procedure))},
      {"procedure_reason", screening.assessment.procedure_reason},
      {"grounds", grounds},
      {"not_verified", screening.assessment.not_verified}};
  json["sources"] = sources_json(cited_sources(screening.findings));
  json["exit_code"] = static_cast<int>(screening.exit_code());
  return json;
}

Json sources_json(const std::vector<Provenance>& sources) {
  Json list = Json::array();
  for (const auto& source : sources) list.push_back(to_json(source));
  return list;
}

ScreeningReport read_screening(const Json& json, const std::string& file) {
  const JsonReader root(json, file);
  if (root.text("schema") != k_screening_schema) root.fail("schema", std::string("expected ") + k_screening_schema);
  ScreeningReport report;
  if (const auto screened = root.optional_object("case")) {
    report.screened_case = ScreenedCase{screened->text("file"),         screened->text("id"),
                                        screened->text("decision_type"), screened->text("municipality"),
                                        screened->text("authority"),    screened->text("trajectory"),
                                        screened->optional_date("received_on"), screened->text("applicant")};
  }
  report.screened_on = root.date("screened_on");
  report.registry_mode = root.text("registry_mode");
  report.lists_consulted = root.text("lists_consulted");
  const JsonReader validation = root.object("validation");
  report.valid = validation.boolean("valid");
  validation.each("missing", [&](const JsonReader& item) {
    const std::string kind = item.text("kind");
    if (kind != "answer" && kind != "document") item.fail("kind", "expected answer or document");
    report.missing.push_back({kind == "document" ? MissingItem::Kind::document : MissingItem::Kind::answer,
                              item.text("path"), item.text("question"), item.text("document_type")});
  });
  root.each("parties", [&](const JsonReader& item) {
    ReachedParty party{item.text("id"), item.text("name"), read_kind(item), item.text("source"),
                       static_cast<int>(item.integer("depth")), item.text("relation_path"), std::nullopt};
    if (const auto address = item.optional_object("address")) {
      party.address = PostalAddress{address->text("street"), address->text("postcode_city"), address->text("country")};
    }
    report.parties.push_back(std::move(party));
  });
  report.checks_run = root.texts("checks_run");
  root.each("findings", [&](const JsonReader& item) { report.findings.push_back(read_finding(item)); });
  const JsonReader assessment = root.object("assessment");
  if (const auto proposed = assessment.optional_text("proposed")) {
    report.assessment.proposed = parsed(parse_conclusion(*proposed), assessment, "proposed");
  }
  // Written since the procedure step came in; a screening from before has none.
  if (const auto procedure = assessment.optional_text("procedure")) {
    report.assessment.procedure = parsed(parse_procedure(*procedure), assessment, "procedure");
  }
  report.assessment.procedure_reason = assessment.optional_text("procedure_reason").value_or("");
  assessment.each("grounds", [&](const JsonReader& item) {
    GroundAssessment ground;
    ground.ground = parsed(parse_ground(item.text("ground")), item, "ground");
    ground.applicable = item.boolean("applicable");
    if (const auto conclusion = item.optional_text("conclusion")) {
      ground.conclusion = parsed(parse_conclusion(*conclusion), item, "conclusion");
    }
    ground.score = item.number("score");
    ground.unverified_score = item.number("unverified_score");
    ground.findings = item.indexes("findings", report.findings.size());
    if (item.has("carrying")) ground.carrying = item.indexes("carrying", report.findings.size());
    ground.reasons = item.texts("reasons");
    ground.questions = item.texts("questions");
    ground.conditions = item.texts("conditions");
    report.assessment.grounds.push_back(std::move(ground));
  });
  report.assessment.not_verified = assessment.texts("not_verified");
  const auto exit_code = root.integer("exit_code");
  if (exit_code < 0 || exit_code > static_cast<int>(ExitCode::internal)) root.fail("exit_code", "not an exit code of bibob");
  report.exit_code = static_cast<ExitCode>(exit_code);
  return report;
}

}  // namespace bibob::schemas
