#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {


int age_on(const Date& birth, const Date& day) {
  return static_cast<int>(months_between(birth, day) / 12);
}

// A young director without other roles or own money in the business, with someone else
// who carries most of the money or the shares: the pattern of a straw man (katvanger).
class StrawManCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "straw_man",
        "A young director without other roles or own funds, with a financier or shareholder behind",
        "straw_man",
        "structuur_zeggenschap",
        {Ground::a, Ground::b},
        {{"max_director_age", screening::ParameterType::integer, "25", "a director this age or younger is young"},
         {"min_backer_pct", screening::ParameterType::number, "50",
          "the share of the financing or of the shares another party holds"}},
        {},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const CaseFile& file = context.case_file();
    const Date reference = context.reference_date();
    double total = 0;
    for (const auto& item : file.financing.items) total += item.amount_eur;
    for (const auto& relation : file.relations) {
      if (relation.to != file.applicant || relation.type != "director") continue;
      if (relation.until && *relation.until < reference) continue;
      const Party* director = file.find_party(relation.from);
      if (director == nullptr || !director->is_person() || !director->birth_date) continue;
      const int age = age_on(*director->birth_date, reference);
      if (age > params.integer("max_director_age") || !director->other_positions.empty()) continue;
      double own = 0;
      for (const auto& item : file.financing.items) own += item.provider == director->id ? item.amount_eur : 0;
      if (own > 0) continue;
      const std::string backer = find_backer(file, director->id, total, params.number("min_backer_pct"));
      if (backer.empty()) continue;
      Finding finding =
          about(context, director->id, Severity::high,
                director->display_name() + " is bestuurder van " + file.applicant_party()->display_name() + ", " +
                    std::to_string(age) + " jaar oud, heeft geen andere functies opgegeven en brengt zelf geen geld in; " +
                    backer + ". Dit is het patroon van een stroman; het is geen vaststelling.");
      finding.question = "Wie geeft feitelijk leiding aan de onderneming, en wat is de rol van " +
                         director->display_name() + "?";
      findings.push_back(std::move(finding));
    }
  }

 private:
  // "X brengt 72% van de financiering in" or "X houdt 60% van de aandelen", or empty.
  static std::string find_backer(const CaseFile& file, const std::string& director, double total, double minimum) {
    std::map<std::string, double> money;
    for (const auto& item : file.financing.items) {
      if (!item.provider.empty() && item.provider != director) money[item.provider] += item.amount_eur;
    }
    for (const auto& [provider, amount] : money) {
      if (total > 0 && amount / total * 100 >= minimum) {
        const Party* party = file.find_party(provider);
        return (party != nullptr ? party->display_name() : provider) + " brengt " +
               std::to_string(static_cast<int>(amount / total * 100)) + "% van de financiering in";
      }
    }
    for (const auto& relation : file.relations) {
      if (relation.to == file.applicant && relation.type == "shareholder" && relation.from != director &&
          relation.share_pct && *relation.share_pct >= minimum) {
        const Party* party = file.find_party(relation.from);
        return (party != nullptr ? party->display_name() : relation.from) + " houdt " +
               std::to_string(static_cast<int>(*relation.share_pct)) + "% van de aandelen";
      }
    }
    return {};
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_straw_man_check() { return std::make_unique<StrawManCheck>(); }

}  // namespace bibob::checks
