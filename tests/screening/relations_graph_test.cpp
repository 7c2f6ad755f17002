#include <catch2/catch.hpp>

#include "screening/relations_graph.hpp"
#include "screening/screening_fixture.hpp"

using namespace bibob;
using namespace bibob::testing;

TEST_CASE("the relations graph follows a holding chain to the person behind it", "[graph]") {
  const FixedListScreener lists;
  const auto screening = screen_offline(read_example("vastgoed-holding.yaml"), &lists);
  REQUIRE(screening.facts.has_value());
  const screening::RelationsGraph graph(*screening.validation.case_file, *screening.facts);
  CHECK(graph.path_to("org-cyprus", 3) ==
        "Aegean Estates Investments Ltd, sinds 1 mei 2023 aandeelhouder (70%) van Noordkaap Vastgoed Holding B.V., "
        "sinds 20 november 2024 aandeelhouder (100%) van Hembrug Ontwikkeling B.V.");
  CHECK(graph.path_to("org-cyprus", 1).empty());  // two steps away: beyond a depth of one
  CHECK_FALSE(graph.path_to("p-aandeelhouder", 3).empty());
}

TEST_CASE("registry officers and the Kadaster owner join the graph", "[graph]") {
  const FixedListScreener lists;
  const auto screening = screen_offline(read_example("horeca-cash-abroad.yaml"), &lists);
  REQUIRE(screening.facts.has_value());
  const screening::RelationsGraph graph(*screening.validation.case_file, *screening.facts);
  const auto* officer = graph.node("kvk-officer:Karim Benali");
  REQUIRE(officer != nullptr);
  CHECK(officer->source == "kvk");
  const auto* owner = graph.node("brk-holder:850023456");
  REQUIRE(owner != nullptr);
  CHECK(owner->name == "Zaanoever Beleggingen B.V.");
  CHECK(graph.path_to("brk-holder:850023456", 3) ==
        "Zaanoever Beleggingen B.V., eigenaar (BRK) van het pand van Eetcafe De Gouden Leeuw B.V.");
  // A tie that has ended says so, with its date.
  CHECK(graph.path_to("p-former-director", 3) ==
        "Sanne Vermeulen, van 15 juni 2026 tot 31 augustus 2026 bestuurder van Eetcafe De Gouden Leeuw B.V.");
  // A declared director the KvK also names is one node, not two.
  CHECK(graph.node("kvk-officer:Johannes Petrus van der Berg") == nullptr);
  // The screening reports whom it reached, with the source and the path.
  const auto reached = std::find_if(screening.parties.begin(), screening.parties.end(),
                                    [](const ReachedParty& party) { return party.id == "brk-holder:850023456"; });
  REQUIRE(reached != screening.parties.end());
  CHECK(reached->source == "brk");
  CHECK_FALSE(reached->person);
  CHECK(reached->relation_path == graph.path_to("brk-holder:850023456", 3));
}

TEST_CASE("screening is deterministic: the same input gives the same findings", "[screening]") {
  const FixedListScreener lists;
  const auto first = screen_offline(read_example("horeca-cash-abroad.yaml"), &lists);
  const auto second = screen_offline(read_example("horeca-cash-abroad.yaml"), &lists);
  REQUIRE(first.findings.size() == second.findings.size());
  for (std::size_t i = 0; i < first.findings.size(); ++i) CHECK(first.findings[i].statement == second.findings[i].statement);
  CHECK(first.assessment.proposed == second.assessment.proposed);
}

TEST_CASE("an invalid case file is not screened", "[screening]") {
  const FixedListScreener lists;
  const auto screening = screen_offline("schema: bibob-case/1\ncase: {}\n", &lists);
  CHECK(screening.exit_code() == ExitCode::invalid_input);
  CHECK(screening.findings.empty());
  CHECK_FALSE(screening.facts.has_value());
}
