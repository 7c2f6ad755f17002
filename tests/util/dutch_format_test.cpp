#include "util/dutch_format.hpp"
#include "util/text.hpp"

#include <limits>

#include <catch2/catch.hpp>

#include "model/dutch_labels.hpp"

using namespace bibob;

TEST_CASE("amounts and numbers as Dutch letters write them", "[util][dutch]") {
  CHECK(text::bedrag(180000) == "€ 180.000");
  CHECK(text::bedrag(12.63) == "€ 12,63");
  CHECK(text::bedrag(1250.5) == "€ 1.250,50");
  CHECK(text::bedrag(999.999) == "€ 1.000");
  CHECK(text::bedrag(-50) == "-€ 50");
  CHECK(text::bedrag(-0.001) == "€ 0");
  CHECK(text::bedrag(1e18) == "€ 1.000.000.000.000.000.000");
  CHECK(text::bedrag(std::numeric_limits<double>::quiet_NaN()) == "€ ?");
  CHECK(text::getal(95) == "95");
  CHECK(text::getal(12.5) == "12,5");
  CHECK(text::getal(0.97) == "0,97");
  CHECK(text::getal(12500.126) == "12.500,13");
  CHECK(text::getal(2.0 / 3.0, 1) == "0,7");
  CHECK(text::percentage(40) == "40%");
  CHECK(text::percentage(12.5) == "12,5%");
}

TEST_CASE("postcodes with their space, other text as it is", "[util][dutch]") {
  CHECK(text::postcode("1506CH") == "1506 CH");
  CHECK(text::postcode("1506 ch") == "1506 CH");
  CHECK(text::postcode("1506 CH") == "1506 CH");
  CHECK(text::postcode("SW1A 1AA") == "SW1A 1AA");
  CHECK(text::postcode("") == "");
}

TEST_CASE("codes get their Dutch word; an unknown code stays itself", "[util][dutch]") {
  CHECK(financing_kind_label("loan") == "lening");
  CHECK(financing_kind_label("own_funds") == "eigen middelen");
  CHECK(relation_label("de_facto_manager") == "feitelijk leidinggevende");
  CHECK(decision_label("verleend_met_voorschriften") == "verleend met voorschriften");
  CHECK(decision_label("geweigerd") == "geweigerd");
  CHECK(danger_label("ernstig_gevaar") == "ernstig gevaar");
  CHECK(country_label("MA") == "Marokko");
  CHECK(country_label("ZZ") == "ZZ");
  CHECK(list_label("un") == "de sanctielijst van de Verenigde Naties");
  CHECK(list_label("local") == "de lijst local");
}

TEST_CASE("a title in a sentence loses its first capital only", "[util][dutch]") {
  CHECK(text::uncapitalised("Exploitatievergunning horeca") == "exploitatievergunning horeca");
  CHECK(text::uncapitalised("Vergunning APV Zaanstad") == "vergunning APV Zaanstad");
  CHECK(text::uncapitalised("") == "");
  CHECK(text::capitalised("de aanvraag van X") == "De aanvraag van X");
}
