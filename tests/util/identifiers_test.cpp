#include <catch2/catch.hpp>

#include "util/identifiers.hpp"

using namespace bibob::identifiers;

TEST_CASE("BSN passes only with nine digits and the elfproef", "[identifiers]") {
  CHECK(is_valid_bsn("999993653"));
  CHECK(is_valid_bsn("999990007"));
  CHECK_FALSE(is_valid_bsn("999993654"));  // last digit off by one
  CHECK_FALSE(is_valid_bsn("123456789"));
  CHECK_FALSE(is_valid_bsn("99999365"));    // eight digits
  CHECK_FALSE(is_valid_bsn("9999936530"));  // ten digits
  CHECK_FALSE(is_valid_bsn("99999365a"));
  CHECK_FALSE(is_valid_bsn("000000000"));  // passes the sum, but is no number
  CHECK_FALSE(is_valid_bsn(""));
}

TEST_CASE("RSIN uses the same elfproef", "[identifiers]") {
  CHECK(is_valid_rsin("850000002"));
  CHECK(is_valid_rsin("857587973"));
  CHECK_FALSE(is_valid_rsin("850000003"));
}

TEST_CASE("KvK number is exactly eight digits", "[identifiers]") {
  CHECK(is_valid_kvk_number("68750110"));
  CHECK(is_valid_kvk_number("01234567"));
  CHECK_FALSE(is_valid_kvk_number("6875011"));
  CHECK_FALSE(is_valid_kvk_number("687501100"));
  CHECK_FALSE(is_valid_kvk_number("6875011O"));
}

TEST_CASE("postcode is written 1234 AB and never uses SA, SD or SS", "[identifiers]") {
  CHECK(is_valid_postcode("1506 CH"));
  CHECK(is_valid_postcode("9999 ZZ"));
  CHECK_FALSE(is_valid_postcode("1506CH"));
  CHECK_FALSE(is_valid_postcode("1506 ch"));
  CHECK_FALSE(is_valid_postcode("0506 CH"));
  CHECK_FALSE(is_valid_postcode("1506 SS"));
  CHECK_FALSE(is_valid_postcode("1506 SA"));
  CHECK_FALSE(is_valid_postcode("1506 SD"));
  CHECK_FALSE(is_valid_postcode("150 CH"));
}

TEST_CASE("IBAN needs the mod-97 check and the national length", "[identifiers]") {
  CHECK(is_valid_iban("NL91ABNA0417164300"));
  CHECK(is_valid_iban("NL91 ABNA 0417 1643 00"));
  CHECK(is_valid_iban("MA07011780000123456789012345"));
  CHECK(is_valid_iban("GB82WEST12345698765432"));
  CHECK_FALSE(is_valid_iban("NL91ABNA0417164301"));   // check digits do not match
  CHECK_FALSE(is_valid_iban("NL91ABNA04171643000"));  // one character too many for NL
  CHECK_FALSE(is_valid_iban("XX91ABNA0417164300"));   // no such country
  CHECK_FALSE(is_valid_iban("NL91abna0417164300"));
}

TEST_CASE("country codes are ISO 3166-1 alpha-2 in capitals", "[identifiers]") {
  CHECK(is_country_code("NL"));
  CHECK(is_country_code("MA"));
  CHECK(is_country_code("CY"));
  CHECK_FALSE(is_country_code("nl"));
  CHECK_FALSE(is_country_code("XX"));
  CHECK_FALSE(is_country_code("NLD"));
}

TEST_CASE("SBI codes have two to five digits", "[identifiers]") {
  CHECK(is_valid_sbi_code("5630"));
  CHECK(is_valid_sbi_code("56101"));
  CHECK_FALSE(is_valid_sbi_code("5"));
  CHECK_FALSE(is_valid_sbi_code("56.30"));
}
