#include "store/case_bundle_json.hpp"

#include "util/errors.hpp"

namespace bibob::store {
namespace {

using Json = nlohmann::ordered_json;

Json optional_date(const std::optional<Date>& date) { return date ? Json(date->iso()) : Json(nullptr); }

struct Reader {
  const std::string& label;

  std::string text(const nlohmann::json& object, const char* key, const std::string& path) const {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string()) {
      throw InputError(label + ": " + path + "." + key + ": expected text");
    }
    return found->get<std::string>();
  }

  Date date(const nlohmann::json& object, const char* key, const std::string& path) const {
    const auto parsed = Date::parse(text(object, key, path));
    if (!parsed) throw InputError(label + ": " + path + "." + key + ": not a date YYYY-MM-DD");
    return *parsed;
  }

  std::optional<Date> maybe_date(const nlohmann::json& object, const char* key, const std::string& path) const {
    const auto found = object.find(key);
    if (found == object.end() || found->is_null()) return std::nullopt;
    return date(object, key, path);
  }

  const nlohmann::json& list(const nlohmann::json& object, const char* key) const {
    static const nlohmann::json empty = nlohmann::json::array();
    const auto found = object.find(key);
    if (found == object.end()) return empty;
    if (!found->is_array()) throw InputError(label + ": " + key + ": expected a list");
    return *found;
  }
};

}  // namespace

Json bundle_json(const CaseBundle& bundle) {
  const CaseRecord& header = bundle.header;
  Json json = {{"schema", "bibob-case-register/1"},
               {"id", header.id},
               {"decision_type", header.decision_type},
               {"municipality", header.municipality},
               {"state", std::string(to_string(header.state))},
               {"received_on", optional_date(header.received_on)},
               {"created_at", header.created_at},
               {"updated_at", header.updated_at},
               {"case_file_sha256", header.case_file_sha256}};
  json["parties"] = Json::array();
  for (const auto& party : bundle.parties) {
    json["parties"].push_back({{"id", party.party_id}, {"kind", party.kind}, {"name", party.name}});
  }
  json["history"] = Json::array();
  for (const auto& step : bundle.history) {
    json["history"].push_back(
        {{"from", step.from}, {"to", step.to}, {"on", step.on.iso()}, {"at", step.at}, {"note", step.note}});
  }
  json["deadlines"] = Json::array();
  for (const auto& deadline : bundle.deadlines) {
    json["deadlines"].push_back({{"kind", deadline.kind},
                                 {"starts_on", deadline.starts_on.iso()},
                                 {"due_on", deadline.due_on.iso()},
                                 {"latest_on", optional_date(deadline.latest_on)},
                                 {"met_on", optional_date(deadline.met_on)}});
  }
  json["screenings"] = Json::array();
  for (const auto& screening : bundle.screenings) {
    Json findings = Json::array();
    for (const auto& finding : screening.findings) {
      findings.push_back({{"check", finding.check},
                          {"theme", finding.theme},
                          {"severity", finding.severity},
                          {"status", finding.status},
                          {"statement", finding.statement},
                          {"sources", finding.sources_json}});
    }
    json["screenings"].push_back({{"id", screening.id},
                                  {"screened_on", screening.screened_on.iso()},
                                  {"proposed", screening.proposed},
                                  {"exit_code", screening.exit_code},
                                  {"json_sha256", screening.json_sha256},
                                  {"stored_at", screening.stored_at},
                                  {"findings", findings}});
  }
  json["decisions"] = Json::array();
  for (const auto& decision : bundle.decisions) {
    json["decisions"].push_back({{"kind", decision.kind},
                                 {"decided_on", decision.decided_on.iso()},
                                 {"grounds", decision.grounds},
                                 {"danger", decision.danger},
                                 {"report_to_register", decision.report_to_register},
                                 {"recorded_at", decision.recorded_at}});
  }
  json["documents"] = Json::array();
  for (const auto& document : bundle.documents) {
    json["documents"].push_back({{"path", document.path},
                                 {"template", document.template_name},
                                 {"sha256", document.sha256},
                                 {"created_at", document.created_at}});
  }
  json["notes"] = Json::array();
  for (const auto& note : bundle.notes) {
    json["notes"].push_back({{"author", note.author}, {"written_at", note.written_at}, {"text", note.text}});
  }
  return json;
}

CaseBundle bundle_from_json(const nlohmann::json& json, const std::string& label) {
  const Reader read{label};
  if (!json.is_object()) throw InputError(label + ": expected a JSON object");
  CaseBundle bundle;
  CaseRecord& header = bundle.header;
  header.id = read.text(json, "id", "case");
  header.decision_type = read.text(json, "decision_type", "case");
  header.municipality = read.text(json, "municipality", "case");
  const auto state = parse_case_state(read.text(json, "state", "case"));
  if (!state) throw InputError(label + ": case.state: not a state of the procedure");
  header.state = *state;
  header.received_on = read.maybe_date(json, "received_on", "case");
  header.created_at = read.text(json, "created_at", "case");
  header.updated_at = read.text(json, "updated_at", "case");
  header.case_file_sha256 = read.text(json, "case_file_sha256", "case");
  for (const auto& party : read.list(json, "parties")) {
    bundle.parties.push_back({read.text(party, "id", "parties"), read.text(party, "kind", "parties"),
                              read.text(party, "name", "parties")});
  }
  for (const auto& step : read.list(json, "history")) {
    bundle.history.push_back({read.text(step, "from", "history"), read.text(step, "to", "history"),
                              read.date(step, "on", "history"), read.text(step, "at", "history"),
                              read.text(step, "note", "history")});
  }
  for (const auto& item : read.list(json, "deadlines")) {
    bundle.deadlines.push_back({read.text(item, "kind", "deadlines"), read.date(item, "starts_on", "deadlines"),
                                read.date(item, "due_on", "deadlines"), read.maybe_date(item, "latest_on", "deadlines"),
                                read.maybe_date(item, "met_on", "deadlines")});
  }
  for (const auto& item : read.list(json, "screenings")) {
    ScreeningRecord screening;
    screening.id = item.value("id", std::int64_t{0});
    screening.screened_on = read.date(item, "screened_on", "screenings");
    screening.proposed = read.text(item, "proposed", "screenings");
    screening.exit_code = item.value("exit_code", 0);
    screening.json_sha256 = read.text(item, "json_sha256", "screenings");
    screening.stored_at = read.text(item, "stored_at", "screenings");
    for (const auto& finding : read.list(item, "findings")) {
      screening.findings.push_back({read.text(finding, "check", "findings"), read.text(finding, "theme", "findings"),
                                    read.text(finding, "severity", "findings"),
                                    read.text(finding, "status", "findings"),
                                    read.text(finding, "statement", "findings"),
                                    read.text(finding, "sources", "findings")});
    }
    bundle.screenings.push_back(std::move(screening));
  }
  for (const auto& item : read.list(json, "decisions")) {
    DecisionRecord decision;
    decision.kind = read.text(item, "kind", "decisions");
    decision.decided_on = read.date(item, "decided_on", "decisions");
    decision.grounds = read.text(item, "grounds", "decisions");
    decision.danger = read.text(item, "danger", "decisions");
    decision.report_to_register = item.value("report_to_register", false);
    decision.recorded_at = read.text(item, "recorded_at", "decisions");
    bundle.decisions.push_back(std::move(decision));
  }
  for (const auto& item : read.list(json, "documents")) {
    bundle.documents.push_back({read.text(item, "path", "documents"), read.text(item, "template", "documents"),
                                read.text(item, "sha256", "documents"), read.text(item, "created_at", "documents")});
  }
  for (const auto& item : read.list(json, "notes")) {
    bundle.notes.push_back(
        {read.text(item, "author", "notes"), read.text(item, "written_at", "notes"), read.text(item, "text", "notes")});
  }
  return bundle;
}

Json audit_json(const AuditRecord& record) {
  return {{"seq", record.seq},         {"at", record.at},         {"os_user", record.os_user},
          {"command", record.command}, {"case_id", record.case_id}, {"action", record.action},
          {"what", record.what},       {"reason", record.reason}, {"prev_hash", record.prev_hash},
          {"hash", record.hash}};
}

}  // namespace bibob::store
