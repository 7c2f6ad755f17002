#include "matching/countries.hpp"

#include <unordered_map>

#include "matching/normalise.hpp"

namespace bibob::matching {
namespace {

// code | names and nationalities, normalised (lower case, words separated by spaces).
constexpr const char* k_countries[] = {
    "AF|afghanistan|afghan", "AL|albania|albanian", "DZ|algeria|algerian", "AD|andorra", "AO|angola|angolan",
    "AG|antigua and barbuda", "AR|argentina|argentine|argentinian", "AM|armenia|armenian",
    "AU|australia|australian", "AT|austria|austrian", "AZ|azerbaijan|azerbaijani", "BS|bahamas|the bahamas",
    "BH|bahrain|bahraini", "BD|bangladesh|bangladeshi", "BB|barbados", "BY|belarus|belarusian|byelorussia",
    "BE|belgium|belgian", "BZ|belize", "BJ|benin", "BT|bhutan", "BO|bolivia|bolivian",
    "BA|bosnia and herzegovina|bosnia|bosnian", "BW|botswana", "BR|brazil|brazilian", "BN|brunei|brunei darussalam",
    "BG|bulgaria|bulgarian", "BF|burkina faso", "BI|burundi|burundian", "CV|cabo verde|cape verde",
    "KH|cambodia|cambodian", "CM|cameroon|cameroonian", "CA|canada|canadian", "CF|central african republic",
    "TD|chad|chadian", "CL|chile|chilean", "CN|china|chinese|people s republic of china|peoples republic of china",
    "CO|colombia|colombian", "KM|comoros", "CG|congo|republic of the congo|congo brazzaville",
    "CD|democratic republic of the congo|congo democratic republic|drc|congo kinshasa|democratic republic of congo|zaire",
    "CR|costa rica", "CI|cote d ivoire|ivory coast|ivorian", "HR|croatia|croatian", "CU|cuba|cuban",
    "CY|cyprus|cypriot", "CZ|czech republic|czechia|czech", "DK|denmark|danish", "DJ|djibouti", "DM|dominica",
    "DO|dominican republic", "EC|ecuador|ecuadorian", "EG|egypt|egyptian", "SV|el salvador|salvadoran",
    "GQ|equatorial guinea", "ER|eritrea|eritrean", "EE|estonia|estonian", "SZ|eswatini|swaziland",
    "ET|ethiopia|ethiopian", "FJ|fiji", "FI|finland|finnish", "FR|france|french", "GA|gabon", "GM|gambia|the gambia",
    "GE|georgia|georgian", "DE|germany|german", "GH|ghana|ghanaian", "GR|greece|greek", "GD|grenada",
    "GT|guatemala|guatemalan", "GN|guinea|guinean", "GW|guinea bissau", "GY|guyana", "HT|haiti|haitian",
    "HN|honduras|honduran", "HK|hong kong", "HU|hungary|hungarian", "IS|iceland|icelandic", "IN|india|indian",
    "ID|indonesia|indonesian", "IR|iran|iranian|iran islamic republic of|islamic republic of iran",
    "IQ|iraq|iraqi", "IE|ireland|irish", "IL|israel|israeli", "IT|italy|italian", "JM|jamaica|jamaican",
    "JP|japan|japanese", "JO|jordan|jordanian", "KZ|kazakhstan|kazakh", "KE|kenya|kenyan", "KI|kiribati",
    "KP|north korea|korea north|democratic people s republic of korea|korea democratic people s republic of|dprk",
    "KR|south korea|korea south|republic of korea|korea republic of", "XK|kosovo", "KW|kuwait|kuwaiti",
    "KG|kyrgyzstan|kyrgyz", "LA|laos|lao people s democratic republic|lao", "LV|latvia|latvian",
    "LB|lebanon|lebanese", "LS|lesotho", "LR|liberia|liberian", "LY|libya|libyan", "LI|liechtenstein",
    "LT|lithuania|lithuanian", "LU|luxembourg", "MO|macau|macao", "MG|madagascar", "MW|malawi",
    "MY|malaysia|malaysian", "MV|maldives", "ML|mali|malian", "MT|malta|maltese", "MH|marshall islands",
    "MR|mauritania|mauritanian", "MU|mauritius", "MX|mexico|mexican", "FM|micronesia",
    "MD|moldova|moldovan|republic of moldova", "MC|monaco", "MN|mongolia|mongolian", "ME|montenegro",
    "MA|morocco|moroccan", "MZ|mozambique", "MM|myanmar|burma|burmese", "NA|namibia", "NR|nauru", "NP|nepal|nepalese",
    "NL|netherlands|the netherlands|dutch|nederland|holland", "NZ|new zealand", "NI|nicaragua|nicaraguan",
    "NE|niger", "NG|nigeria|nigerian", "MK|north macedonia|macedonia", "NO|norway|norwegian", "OM|oman|omani",
    "PK|pakistan|pakistani", "PW|palau", "PS|palestine|palestinian|palestinian territories|west bank|gaza",
    "PA|panama|panamanian", "PG|papua new guinea", "PY|paraguay", "PE|peru|peruvian",
    "PH|philippines|filipino|philippine", "PL|poland|polish", "PT|portugal|portuguese", "QA|qatar|qatari",
    "RO|romania|romanian", "RU|russia|russian|russian federation", "RW|rwanda|rwandan", "KN|saint kitts and nevis",
    "LC|saint lucia", "VC|saint vincent and the grenadines", "WS|samoa", "SM|san marino",
    "ST|sao tome and principe", "SA|saudi arabia|saudi|saudi arabian", "SN|senegal|senegalese",
    "RS|serbia|serbian", "SC|seychelles", "SL|sierra leone", "SG|singapore|singaporean", "SK|slovakia|slovak",
    "SI|slovenia|slovenian", "SB|solomon islands", "SO|somalia|somali", "ZA|south africa|south african",
    "SS|south sudan", "ES|spain|spanish", "LK|sri lanka|sri lankan", "SD|sudan|sudanese", "SR|suriname|surinamese",
    "SE|sweden|swedish", "CH|switzerland|swiss", "SY|syria|syrian|syrian arab republic", "TW|taiwan|taiwanese",
    "TJ|tajikistan|tajik", "TZ|tanzania|tanzanian|united republic of tanzania", "TH|thailand|thai",
    "TL|timor leste|east timor", "TG|togo", "TO|tonga", "TT|trinidad and tobago", "TN|tunisia|tunisian",
    "TR|turkey|turkish|turkiye", "TM|turkmenistan|turkmen", "TV|tuvalu", "UG|uganda|ugandan",
    "UA|ukraine|ukrainian", "AE|united arab emirates|uae|emirati", "GB|united kingdom|uk|british|great britain|england",
    "US|united states|united states of america|usa|american|us", "UY|uruguay|uruguayan",
    "UZ|uzbekistan|uzbek", "VU|vanuatu", "VE|venezuela|venezuelan|bolivarian republic of venezuela",
    "VN|vietnam|viet nam|vietnamese", "YE|yemen|yemeni", "ZM|zambia|zambian", "ZW|zimbabwe|zimbabwean",
    "CW|curacao", "AW|aruba", "VG|british virgin islands", "KY|cayman islands", "GI|gibraltar", "JE|jersey",
    "GG|guernsey", "IM|isle of man", "BM|bermuda", "PR|puerto rico"};

const std::unordered_map<std::string, std::string>& table() {
  static const std::unordered_map<std::string, std::string> map = [] {
    std::unordered_map<std::string, std::string> out;
    for (const char* row : k_countries) {
      const std::string_view text(row);
      const std::string code(text.substr(0, 2));
      std::size_t start = 3;
      while (start <= text.size()) {
        std::size_t end = text.find('|', start);
        if (end == std::string_view::npos) end = text.size();
        out.emplace(std::string(text.substr(start, end - start)), code);
        start = end + 1;
      }
    }
    return out;
  }();
  return map;
}

}  // namespace

std::optional<std::string> country_code(std::string_view text) {
  const std::string key = normalise(text);
  if (key.empty()) return std::nullopt;
  if (auto it = table().find(key); it != table().end()) return it->second;
  if (key.size() == 2 && key[0] >= 'a' && key[0] <= 'z' && key[1] >= 'a' && key[1] <= 'z') {
    std::string code = key;
    for (auto& c : code) c = static_cast<char>(c - 'a' + 'A');
    // Only codes that belong to a known country.
    for (const auto& [name, known] : table()) {
      if (known == code) return code;
    }
  }
  return std::nullopt;
}

}  // namespace bibob::matching
