#include "schemas/validation_json.hpp"

namespace bibob::schemas {

CaseSummary summarise(const CaseFile& file) {
  CaseSummary summary;
  for (const auto& party : file.parties) (party.is_person() ? summary.persons : summary.organisations)++;
  for (const auto& item : file.financing.items) summary.financing_sum += item.amount_eur;
  return summary;
}

Json validation_json(const Validation& validation) {
  std::size_t invalid = 0;
  for (const auto& d : validation.diagnostics) invalid += d.severity == DiagnosticLevel::invalid ? 1 : 0;
  Json json = {{"schema", "bibob-validation/1"},
               {"file", validation.file},
               {"valid", validation.valid()},
               {"exit_code", static_cast<int>(validation.exit_code())},
               {"errors", invalid},
               {"attention", validation.diagnostics.size() - invalid}};
  if (validation.case_file && validation.valid()) {
    const CaseFile& file = *validation.case_file;
    const CaseSummary summary = summarise(file);
    json["case"] = {{"id", file.header.id},
                    {"decision_type", file.header.decision_type},
                    {"municipality", file.header.municipality},
                    {"applicant", file.applicant},
                    {"parties", file.parties.size()},
                    {"persons", summary.persons},
                    {"organisations", summary.organisations},
                    {"relations", file.relations.size()},
                    {"financing_items", file.financing.items.size()},
                    {"financing_items_sum_eur", summary.financing_sum},
                    {"documents", file.documents.size()}};
    if (file.financing.total_investment_eur) json["case"]["total_investment_eur"] = *file.financing.total_investment_eur;
  }
  Json missing = Json::array();
  for (const auto& item : validation.missing) {
    missing.push_back({{"kind", item.kind == MissingItem::Kind::document ? "document" : "answer"},
                       {"path", item.path},
                       {"question", item.question},
                       {"document_type", item.document_type}});
  }
  json["missing"] = missing;
  json["diagnostics"] = to_json(validation.diagnostics);
  return json;
}

}  // namespace bibob::schemas
