#include <catch2/catch.hpp>

#include "screening/fact_gathering.hpp"

using bibob::screening::split_surname;

TEST_CASE("an officer's name from the KvK splits into surname and particles", "[screening][registry-facts]") {
  using Split = std::pair<std::string, std::string>;
  CHECK(split_surname("Karim Benali") == Split{"Benali", ""});
  CHECK(split_surname("Johannes Petrus van der Berg") == Split{"Berg", "van der"});
  CHECK(split_surname("Jan 't Hart") == Split{"Hart", "'t"});
  CHECK(split_surname("Ahmed bin Rashid") == Split{"Rashid", "bin"});
  CHECK(split_surname("Maria Dos Santos") == Split{"Santos", "dos"});
  CHECK(split_surname("") == Split{"", ""});
}
