#include <catch2/catch.hpp>

#include "screening/screening_fixture.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

const FixedListScreener k_nobody;

std::vector<Finding> positions_of(const std::string& yaml) {
  return findings_of(screen_offline(yaml, &k_nobody), "positions");
}

const std::string k_relations_end = "  - {from: p-representative, to: org-applicant, type: representative}\n";

}  // namespace

TEST_CASE("positions: a financier who is also a shareholder holds several roles", "[checks][positions]") {
  const auto found = positions_of(read_example("horeca-cash-abroad.yaml"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::medium);
  CHECK(found[0].basis == Basis::inquiry);
  CHECK(found[0].parties == std::vector<std::string>{"p-financier"});
  CHECK(
      found[0].statement.starts_with("Ahmed Benali vervult meerdere rollen voor Eetcafe De Gouden Leeuw B.V. "
                                     "(financier, aandeelhouder)"));
  CHECK_FALSE(found[0].question.empty());
}

TEST_CASE("positions: who leads in fact without being director weighs as a director", "[checks][positions]") {
  const std::string yaml =
      with(read_example("horeca-cash-abroad.yaml"), k_relations_end,
           k_relations_end + "  - {from: p-representative, to: org-applicant, type: de_facto_manager}\n");
  const auto found = positions_of(yaml);
  const auto leads = std::find_if(found.begin(), found.end(), [](const Finding& f) {
    return f.statement.find("Petra de Wit geeft volgens het dossier feitelijk leiding") != std::string::npos;
  });
  REQUIRE(leads != found.end());
  CHECK(leads->severity == Severity::medium);
  CHECK(leads->condition.find("wordt beëindigd of in het Handelsregister vastgelegd") != std::string::npos);

  // A tie that has ended says nothing about who leads the business now.
  const std::string ended = with(read_example("horeca-cash-abroad.yaml"), k_relations_end,
                                 k_relations_end +
                                     "  - {from: p-representative, to: org-applicant, type: "
                                     "de_facto_manager, until: 2025-01-01}\n");
  for (const auto& finding : positions_of(ended))
    CHECK(finding.statement.find("feitelijk leiding") == std::string::npos);
}

TEST_CASE("positions: a business partner is named, its facts can be held against the applicant",
          "[checks][positions]") {
  const std::string yaml =
      with(read_example("horeca-cash-abroad.yaml"), k_relations_end,
           k_relations_end + "  - {from: org-landlord, to: org-applicant, type: business_partner}\n");
  const auto found = positions_of(yaml);
  const bool partner = std::any_of(found.begin(), found.end(), [](const Finding& f) {
    return f.severity == Severity::low &&
           f.statement.starts_with("Vastgoed Zaanoever Holding B.V. heeft een zakelijk samenwerkingsverband met");
  });
  CHECK(partner);
  // Landlord and business partner: two roles, one of them landlord.
  const bool several = std::any_of(found.begin(), found.end(), [](const Finding& f) {
    return f.statement.starts_with("Vastgoed Zaanoever Holding B.V. vervult meerdere rollen");
  });
  CHECK(several);
}
