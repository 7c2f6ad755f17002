#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "screening/indicators.hpp"
#include "util/dutch_format.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {

// "1506CH 12" (the key of an address lookup) as a letter writes it.
std::string address_words(const std::string& key) {
  const std::size_t space = key.find(' ');
  if (space == std::string::npos) return "het adres " + key;
  return "het adres met postcode " + text::postcode(key.substr(0, space)) + " en huisnummer " + key.substr(space + 1);
}

// Many companies registered at one address: a sign of letterbox companies.
class AddressClusterCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "address_cluster",
        "Many active registrations in the KvK at the premises or the applicant's address",
        "address_cluster",
        "zakelijke_relaties",
        {Ground::a, Ground::b},
        {{"min_registrations", screening::ParameterType::integer, "5", "active registrations at one address"}},
        {"kvk"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams& params,
           screening::Findings& findings) const override {
    const long minimum = params.integer("min_registrations");
    for (const auto& [address, lookup] : context.facts().registrations_at) {
      if (lookup.failed()) {
        findings.push_back(
            not_verified(context, "", "kvk", "de inschrijvingen op " + address_words(address), *lookup.failure));
        continue;
      }
      std::vector<std::string> active;
      for (const auto& hit : lookup.records) {
        if (hit.active && hit.type != "nevenvestiging") active.push_back(hit.name + " (" + hit.kvk + ")");
      }
      if (!screening::is_address_cluster(static_cast<long>(active.size()), minimum)) continue;
      Finding finding = about(context, "", Severity::medium,
                              "Op " + address_words(address) + " staan " + std::to_string(active.size()) +
                                  " actieve inschrijvingen in het Handelsregister: " + text::join(active, ", ") + ".");
      finding.sources = lookup.provenance;
      finding.question =
          "Welke relatie heeft de aanvrager met de andere ondernemingen op " + address_words(address) + "?";
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_address_cluster_check() { return std::make_unique<AddressClusterCheck>(); }

}  // namespace bibob::checks
