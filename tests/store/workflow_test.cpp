#include <set>

#include <catch2/catch.hpp>

#include "store/case_state.hpp"
#include "store/deadlines.hpp"

using namespace bibob;
using namespace bibob::store;

namespace {

Date day(const char* iso) { return *Date::parse(iso); }

}  // namespace

TEST_CASE("the transition table allows exactly the steps of the procedure", "[store][workflow]") {
  using S = CaseState;
  const std::set<std::pair<S, S>> allowed = {
      {S::intake, S::herstelverzuim},         {S::intake, S::eigen_onderzoek},
      {S::intake, S::buiten_behandeling},     {S::herstelverzuim, S::eigen_onderzoek},
      {S::herstelverzuim, S::buiten_behandeling}, {S::eigen_onderzoek, S::herstelverzuim},
      {S::eigen_onderzoek, S::lbb_advies},    {S::eigen_onderzoek, S::voornemen},
      {S::eigen_onderzoek, S::besluit},       {S::lbb_advies, S::voornemen},
      {S::lbb_advies, S::besluit},            {S::voornemen, S::zienswijze},
      {S::zienswijze, S::besluit},            {S::besluit, S::gesloten},
      {S::buiten_behandeling, S::gesloten},
  };
  int checked = 0;
  for (S from : all_case_states()) {
    for (S to : all_case_states()) {
      INFO(to_string(from) << " -> " << to_string(to));
      CHECK(transition_allowed(from, to) == allowed.contains({from, to}));
      ++checked;
    }
  }
  CHECK(checked == 81);
  CHECK(next_states(S::gesloten).empty());
}

TEST_CASE("state names read back", "[store][workflow]") {
  for (CaseState state : all_case_states()) CHECK(parse_case_state(to_string(state)) == state);
  CHECK_FALSE(parse_case_state("besloten"));
}

TEST_CASE("deadlines: repair period, LBB 8 plus at most 4 weeks, zienswijze", "[store][deadlines]") {
  configuration::DeadlineSettings settings;
  SECTION("herstel: 14 days by default, configurable") {
    auto terms = deadlines_on_entering(CaseState::herstelverzuim, day("2026-11-02"), settings);
    REQUIRE(terms.size() == 1);
    CHECK(terms[0].kind == "herstel");
    CHECK(terms[0].starts_on == day("2026-11-02"));
    CHECK(terms[0].due_on == day("2026-11-16"));
    CHECK_FALSE(terms[0].latest_on);
    settings.herstel_days = 21;
    CHECK(deadlines_on_entering(CaseState::herstelverzuim, day("2026-11-02"), settings)[0].due_on == day("2026-11-23"));
  }
  SECTION("lbb_advies: 8 weeks, extendable to 12") {
    auto terms = deadlines_on_entering(CaseState::lbb_advies, day("2026-12-20"), settings);
    REQUIRE(terms.size() == 1);
    CHECK(terms[0].due_on == day("2027-02-14"));
    CHECK(terms[0].latest_on == day("2027-03-14"));
  }
  SECTION("zienswijze: 14 days by default, configurable") {
    CHECK(deadlines_on_entering(CaseState::zienswijze, day("2026-02-20"), settings)[0].due_on == day("2026-03-06"));
    settings.zienswijze_days = 28;
    CHECK(deadlines_on_entering(CaseState::zienswijze, day("2026-02-20"), settings)[0].due_on == day("2026-03-20"));
  }
  SECTION("other states start no term") {
    for (CaseState state : {CaseState::intake, CaseState::eigen_onderzoek, CaseState::voornemen, CaseState::besluit,
                            CaseState::gesloten, CaseState::buiten_behandeling}) {
      CHECK(deadlines_on_entering(state, day("2026-11-02"), settings).empty());
    }
  }
  SECTION("weekends are not special unless configured") {
    // 2026-11-07 is a Saturday, 2026-11-08 a Sunday.
    CHECK(term_end(day("2026-10-24"), 14, settings) == day("2026-11-07"));
    settings.skip_weekends = true;
    CHECK(term_end(day("2026-10-24"), 14, settings) == day("2026-11-09"));
    CHECK(term_end(day("2026-10-25"), 14, settings) == day("2026-11-09"));
    CHECK(term_end(day("2026-10-26"), 14, settings) == day("2026-11-09"));
    CHECK(term_end(day("2026-10-27"), 14, settings) == day("2026-11-10"));
  }
}
