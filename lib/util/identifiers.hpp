#pragma once

#include <string_view>

// Checks of Dutch and international identifiers as they appear on a Bibob questionnaire.
namespace bibob::identifiers {

// Burgerservicenummer: nine digits passing the elfproef (weights 9..2 and -1).
bool is_valid_bsn(std::string_view bsn);

// RSIN: nine digits passing the same elfproef as the BSN.
bool is_valid_rsin(std::string_view rsin);

// KvK number: exactly eight digits.
bool is_valid_kvk_number(std::string_view kvk);

// Dutch postcode in its written form "1234 AB"; SA, SD and SS are never issued.
bool is_valid_postcode(std::string_view postcode);

// IBAN: country code, check digits and account, with the ISO 13616 mod-97 check and the
// national length where known. Spaces between groups are allowed.
bool is_valid_iban(std::string_view iban);

// ISO 3166-1 alpha-2 country code, upper case ("NL", "MA").
bool is_country_code(std::string_view code);

// SBI activity code: two to five digits (the Dutch extension of NACE).
bool is_valid_sbi_code(std::string_view code);

}  // namespace bibob::identifiers
