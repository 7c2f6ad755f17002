#include <cmath>

#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "model/dutch_labels.hpp"
#include "util/dutch_format.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


bool unknown_origin(const std::string& origin) {
  return origin.empty() || origin == "unknown" || origin == "onbekend" || origin == "unknown origin";
}

// The financing adds up, and each item's red flags: cash, gifts, loans without interest or
// security, lenders abroad, unknown origin, lenders with no other tie to the business.
class FinancingCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "financing",
        "Items add up; cash, gifts, loans without interest or security, lenders abroad, unknown origin, means",
        "suspicious_financing",
        "financiering",
        {Ground::a},
        {{"large_amount_eur", screening::ParameterType::number, "10000",
          "cash or money of unknown origin from this amount weighs high"}},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    const Financing& financing = file.financing;
    const double large = params.number("large_amount_eur");
    double sum = 0;
    for (const auto& item : financing.items) sum += item.amount_eur;
    if (financing.total_investment_eur && !financing.items.empty() &&
        std::fabs(*financing.total_investment_eur - sum) >= 0.005) {
      Finding finding =
          about(context, "", Severity::medium,
                "De financieringsposten tellen op tot " + text::bedrag(sum) + "; de opgegeven investering is " +
                    text::bedrag(*financing.total_investment_eur) + ".");
      finding.case_path = "financing";
      finding.basis = Basis::unexplained_money;  // the difference has no declared origin
      finding.question = "Hoe wordt het verschil van " +
                         text::bedrag(std::fabs(*financing.total_investment_eur - sum)) + " gefinancierd?";
      findings.push_back(std::move(finding));
    }
    for (const auto& item : financing.items) check_item(context, item, large, findings);
  }

 private:
  static void check_item(const screening::ScreeningContext& context, const FinancingItem& item, double large,
                         screening::Findings& findings) {
    const CaseFile& file = context.case_file();
    const Party* provider = item.provider.empty() ? nullptr : file.find_party(item.provider);
    const std::string who = provider != nullptr ? provider->display_name()
                            : !item.provider_name.empty() ? item.provider_name
                                                          : std::string("een onbekende verstrekker");
    std::vector<std::string> flags;
    Severity severity = Severity::info;
    auto flag = [&](Severity level, const std::string& text) {
      flags.push_back(text);
      severity = std::max(severity, level);
    };
    if (item.paid_via == "cash" || item.kind == "cash") {
      flag(item.amount_eur >= large ? Severity::high : Severity::medium, "contant betaald");
    }
    if (item.kind == "gift") flag(Severity::medium, "een schenking");
    if (item.kind == "loan") {
      if (!item.terms) {
        flag(Severity::medium, "een lening zonder opgegeven voorwaarden");
      } else {
        if (item.terms->interest_pct && *item.terms->interest_pct <= 0) flag(Severity::medium, "zonder rente");
        if (item.terms->security.empty() || item.terms->security == "none" || item.terms->security == "geen") {
          flag(Severity::low, "zonder zekerheden");
        }
      }
    }
    std::string country = item.provider_country;
    if (country.empty() && provider != nullptr) {
      country = provider->address ? provider->address->country : provider->country;
    }
    if (!country.empty() && country != "NL")
      flag(Severity::medium, "afkomstig uit het buitenland (" + country_label(country) + ")");
    // Credit from a bank, a supplier or a lessor has a known origin: the credit provider.
    const bool credit = item.kind == "bank_credit" || item.kind == "supplier_credit" || item.kind == "lease";
    if (unknown_origin(item.origin) && item.kind != "own_funds" && !credit) {
      flag(item.amount_eur >= large ? Severity::high : Severity::medium, "herkomst van het geld onbekend");
    }
    if (provider != nullptr && provider->declared_means_eur) {
      double provided = 0;
      for (const auto& other : file.financing.items) provided += other.provider == provider->id ? other.amount_eur : 0;
      if (provided > *provider->declared_means_eur) {
        flag(Severity::medium, "de verstrekker verklaart middelen van " + text::bedrag(*provider->declared_means_eur) +
                                   ", minder dan de " + text::bedrag(provided) + " die hij in totaal inbrengt");
      }
    }
    if (provider != nullptr && item.kind != "bank_credit" && item.kind != "supplier_credit") {
      bool otherwise_related = provider->id == file.applicant;
      for (const auto& relation : file.relations) {
        const bool between = (relation.from == provider->id && relation.to == file.applicant) ||
                             (relation.to == provider->id && relation.from == file.applicant);
        otherwise_related = otherwise_related || (between && relation.type != "financier");
      }
      if (!otherwise_related && item.kind != "own_funds") flag(Severity::low, "de verstrekker heeft geen andere band met de onderneming");
    }
    if (flags.empty()) return;
    Finding finding = about(context, provider != nullptr ? provider->id : std::string(), severity,
                            text::capitalised(financing_kind_label(item.kind)) + " van " +
                                text::bedrag(item.amount_eur) + " door " + who + ": " + text::join(flags, ", ") + ".");
    finding.case_path = item.path;
    if (severity >= Severity::medium) finding.basis = Basis::unexplained_money;
    finding.question =
        "Wat is de herkomst van de " + text::bedrag(item.amount_eur) + " van " + who + ", en waaruit blijkt die?";
    finding.condition = "Laat de financiering van " + who + " uitsluitend via een Nederlandse bankrekening lopen en "
                        "overleg jaarlijks een overzicht van rente en aflossing.";
    findings.push_back(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_financing_check() { return std::make_unique<FinancingCheck>(); }

}  // namespace bibob::checks
