#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "util/dutch_format.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {

// Rent per m2, or the takeover or purchase price per m2, outside the market range.
class RentPriceCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "rent_price",
        "Rent per m2 per month, or the price per m2, outside a configurable market range",
        "price_off_market",
        "pand",
        {Ground::a},
        {{"rent_range_per_m2", screening::ParameterType::text_list_map,
          "{exploitatievergunning_horeca: ['8', '35'], alcoholwet_vergunning: ['8', '35'], "
          "exploitatievergunning_speelautomatenhal: ['8', '40'], exploitatievergunning_seksinrichting: ['8', '45'], "
          "gedoogbeschikking_coffeeshop: ['8', '45']}",
          "lowest and highest market rent in EUR per m2 per month, by decision type"},
         {"price_range_per_m2", screening::ParameterType::text_list_map, "{vastgoedtransactie: ['500', '6000']}",
          "lowest and highest market price in EUR per m2, by decision type"}},
        {"bag"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    if (!file.premises) return;
    const Premises& premises = *file.premises;
    // The registered area where the BAG gives one; the declared area otherwise.
    std::optional<double> area = premises.floor_area_m2;
    std::string area_source = "opgegeven";
    std::vector<Provenance> sources;
    if (context.facts().premises && context.facts().premises->found() &&
        context.facts().premises->record().floor_area_m2) {
      area = *context.facts().premises->record().floor_area_m2;
      area_source = "volgens de BAG";
      sources = context.facts().premises->provenance;
    }
    if (!area || *area <= 0) return;
    compare(context, params.text_lists("rent_range_per_m2"), premises.rent_eur_month, *area, area_source, sources,
            "huur", " per maand", "premises.rent_eur_month", findings);
    compare(context, params.text_lists("price_range_per_m2"), premises.takeover_price_eur, *area, area_source, sources,
            "koop- of overnameprijs", "", "premises.takeover_price_eur", findings);
  }

 private:
  static void compare(const screening::ScreeningContext& context,
                      const std::map<std::string, std::vector<std::string>>& ranges, const std::optional<double>& price,
                      double area, const std::string& area_source, const std::vector<Provenance>& sources,
                      const std::string& what, const std::string& period, const std::string& path,
                      screening::Findings& findings) {
    auto range = ranges.find(context.case_file().header.decision_type);
    if (range == ranges.end() || range->second.size() != 2 || !price || *price <= 0) return;
    const double low = std::stod(range->second[0]);
    const double high = std::stod(range->second[1]);
    const double per_m2 = *price / area;
    const bool outside = per_m2 < low || per_m2 > high;
    Finding finding =
        about(context, "", outside ? Severity::medium : Severity::info,
              "De " + what + " van " + text::bedrag(*price) + period + " is " + text::bedrag(per_m2) + " per m² bij " +
                  text::getal(area) + " m² (" + area_source + "); de marktbandbreedte is " + text::bedrag(low) +
                  " tot " + text::bedrag(high) + " per m²" + period + ".");
    finding.case_path = path;
    finding.sources = sources;
    if (outside) {
      finding.question = "Hoe is de " + what + " tot stand gekomen, en waarom wijkt die af van de markt?";
    }
    findings.push_back(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_rent_price_check() { return std::make_unique<RentPriceCheck>(); }

}  // namespace bibob::checks
