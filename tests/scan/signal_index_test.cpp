#include <catch2/catch.hpp>

#include "scan/signal_index.hpp"

using bibob::scan::distinctive_words;
using Words = std::vector<std::string>;

TEST_CASE("the words that tell a business name apart come from the matching vocabulary", "[scan][signals]") {
  CHECK(distinctive_words("Eetcafe De Gouden Leeuw B.V.") == Words{"eetcafe", "gouden", "leeuw"});
  CHECK(distinctive_words("Snackbar Het Hoekje V.O.F.") == Words{"hoekje"});
  CHECK(distinctive_words("Zaanse Panden Beheer B.V.") == Words{"zaanse", "panden"});
  // A name of such words alone still has a key.
  CHECK(distinctive_words("Cafe Bar") == Words{"cafe", "bar"});
  CHECK(distinctive_words("Van der Berg Holding") == Words{"berg"});
  CHECK(distinctive_words("B.V.").empty());
}
