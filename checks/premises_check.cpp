#include <algorithm>
#include <cmath>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "util/dutch_format.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


// The premises exist in the BAG, their use fits the permit, and the declared floor area is
// the registered one.
class PremisesCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "premises",
        "The premises exist in the BAG, their use fits the decision type, the declared floor area is registered",
        "premises_mismatch",
        "pand",
        {Ground::a, Ground::b, Ground::art3_6},
        {{"uses_by_decision_type", screening::ParameterType::text_list_map,
          "{exploitatievergunning_horeca: [bijeenkomstfunctie, winkelfunctie, logiesfunctie], alcoholwet_vergunning: "
          "[bijeenkomstfunctie, winkelfunctie, logiesfunctie], exploitatievergunning_speelautomatenhal: "
          "[bijeenkomstfunctie, winkelfunctie], exploitatievergunning_seksinrichting: [bijeenkomstfunctie, "
          "winkelfunctie, logiesfunctie, overige gebruiksfunctie], gedoogbeschikking_coffeeshop: [bijeenkomstfunctie, "
          "winkelfunctie], exploitatievergunning_recreatiepark: [logiesfunctie, bijeenkomstfunctie]}",
          "BAG uses (gebruiksdoelen) that fit each decision type"},
         {"area_tolerance_pct", screening::ParameterType::number, "20",
          "declared and registered floor area may differ this many percent"}},
        {"bag"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    if (!file.premises || !context.facts().premises) return;
    const auto& lookup = *context.facts().premises;
    const std::string address = file.premises->address ? file.premises->address->street + " " +
                                                             file.premises->address->number + ", " +
                                                             file.premises->address->city
                                                       : std::string("het pand");
    if (lookup.failed()) {
      Finding finding = not_verified(context, "", "bag", "het pand " + address, *lookup.failure);
      finding.case_path = "premises";
      findings.push_back(std::move(finding));
      return;
    }
    if (!lookup.found()) {
      Finding finding = about(context, "", Severity::high, "Het adres " + address + " komt niet voor in de BAG.");
      finding.case_path = "premises.address";
      finding.sources = lookup.provenance;
      finding.grounds = {Ground::art3_6};
      findings.push_back(std::move(finding));
      return;
    }
    const AddressObject& object = lookup.record();
    const auto table = params.text_lists("uses_by_decision_type");
    auto allowed = table.find(file.header.decision_type);
    std::string statement = "Het pand " + object.address.one_line() + " is in de BAG geregistreerd met gebruiksdoel " +
                            text::join(object.uses, ", ");
    if (object.floor_area_m2) statement += ", " + std::to_string(*object.floor_area_m2) + " m²";
    if (!object.construction_years.empty()) statement += ", bouwjaar " + object.construction_years.front();
    statement += ".";
    Severity severity = Severity::info;
    if (allowed != table.end()) {
      const bool fits = std::any_of(object.uses.begin(), object.uses.end(), [&](const std::string& use) {
        return std::find(allowed->second.begin(), allowed->second.end(), use) != allowed->second.end();
      });
      if (!fits) {
        statement += " Geen van deze gebruiksdoelen past bij de gevraagde vergunning (" + file.header.decision_type + ").";
        severity = Severity::medium;
      }
    }
    Finding finding = about(context, "", severity, statement);
    finding.case_path = "premises.address";
    finding.sources = lookup.provenance;
    if (severity != Severity::info) finding.grounds = {Ground::a, Ground::b};
    findings.push_back(std::move(finding));

    const auto& declared = file.premises->floor_area_m2;
    if (declared && object.floor_area_m2 && *object.floor_area_m2 > 0) {
      const double registered = *object.floor_area_m2;
      const double difference_pct = std::fabs(*declared - registered) / registered * 100;
      if (difference_pct > params.number("area_tolerance_pct")) {
        Finding area = about(context, "", Severity::medium,
                             "Opgegeven vloeroppervlakte " + text::getal(*declared) + " m² wijkt " +
                                 text::getal(std::round(difference_pct)) + "% af van de " + text::getal(registered) +
                                 " m² in de BAG.");
        area.case_path = "premises.floor_area_m2";
        area.sources = lookup.provenance;
        area.grounds = {Ground::art3_6};
        area.question = "Waar komt het verschil tussen de opgegeven en de geregistreerde vloeroppervlakte vandaan?";
        findings.push_back(std::move(area));
      }
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_premises_check() { return std::make_unique<PremisesCheck>(); }

}  // namespace bibob::checks
