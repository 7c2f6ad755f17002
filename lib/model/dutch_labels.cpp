#include "model/dutch_labels.hpp"

#include <map>

namespace bibob {
namespace {

std::string label(const std::map<std::string, std::string>& table, const std::string& code) {
  const auto found = table.find(code);
  return found != table.end() ? found->second : code;
}

}  // namespace

std::string relation_label(const std::string& type) {
  static const std::map<std::string, std::string> labels = {{"director", "bestuurder"},
                                                            {"shareholder", "aandeelhouder"},
                                                            {"ubo", "uiteindelijk belanghebbende"},
                                                            {"financier", "financier"},
                                                            {"landlord", "verhuurder"},
                                                            {"business_partner", "zakelijk partner"},
                                                            {"manager", "leidinggevende"},
                                                            {"subcontractor", "onderaannemer"},
                                                            {"representative", "vertegenwoordiger"},
                                                            {"de_facto_manager", "feitelijk leidinggevende"},
                                                            {"officer", "functionaris (KvK)"},
                                                            {"premises_owner", "eigenaar (BRK) van het pand"}};
  return label(labels, type);
}

std::string financing_kind_label(const std::string& kind) {
  static const std::map<std::string, std::string> labels = {{"own_funds", "eigen middelen"},
                                                            {"loan", "lening"},
                                                            {"gift", "schenking"},
                                                            {"investment", "investering"},
                                                            {"lease", "lease"},
                                                            {"supplier_credit", "leverancierskrediet"},
                                                            {"bank_credit", "bankkrediet"},
                                                            {"crowdfunding", "crowdfunding"},
                                                            {"cash", "contant geld"}};
  return label(labels, kind);
}

std::string decision_label(const std::string& decision) {
  static const std::map<std::string, std::string> labels = {
      {"verleend_met_voorschriften", "verleend met voorschriften"},
      {"buiten_behandeling", "buiten behandeling gelaten"},
      {"geen_besluit", "geen besluit"}};
  return label(labels, decision);
}

std::string danger_label(const std::string& danger) {
  static const std::map<std::string, std::string> labels = {{"geen", "geen gevaar"},
                                                            {"geen_gevaar", "geen gevaar"},
                                                            {"mindere_mate", "mindere mate van gevaar"},
                                                            {"ernstig_gevaar", "ernstig gevaar"}};
  return label(labels, danger);
}

std::string country_label(const std::string& iso_code) {
  static const std::map<std::string, std::string> labels = {{"NL", "Nederland"},
                                                            {"BE", "België"},
                                                            {"DE", "Duitsland"},
                                                            {"FR", "Frankrijk"},
                                                            {"GB", "het Verenigd Koninkrijk"},
                                                            {"UK", "het Verenigd Koninkrijk"},
                                                            {"IE", "Ierland"},
                                                            {"LU", "Luxemburg"},
                                                            {"ES", "Spanje"},
                                                            {"PT", "Portugal"},
                                                            {"IT", "Italië"},
                                                            {"AT", "Oostenrijk"},
                                                            {"CH", "Zwitserland"},
                                                            {"LI", "Liechtenstein"},
                                                            {"MC", "Monaco"},
                                                            {"PL", "Polen"},
                                                            {"CZ", "Tsjechië"},
                                                            {"SK", "Slowakije"},
                                                            {"HU", "Hongarije"},
                                                            {"RO", "Roemenië"},
                                                            {"BG", "Bulgarije"},
                                                            {"GR", "Griekenland"},
                                                            {"CY", "Cyprus"},
                                                            {"MT", "Malta"},
                                                            {"HR", "Kroatië"},
                                                            {"SI", "Slovenië"},
                                                            {"RS", "Servië"},
                                                            {"BA", "Bosnië en Herzegovina"},
                                                            {"AL", "Albanië"},
                                                            {"MK", "Noord-Macedonië"},
                                                            {"ME", "Montenegro"},
                                                            {"XK", "Kosovo"},
                                                            {"TR", "Turkije"},
                                                            {"DK", "Denemarken"},
                                                            {"SE", "Zweden"},
                                                            {"NO", "Noorwegen"},
                                                            {"FI", "Finland"},
                                                            {"EE", "Estland"},
                                                            {"LV", "Letland"},
                                                            {"LT", "Litouwen"},
                                                            {"UA", "Oekraïne"},
                                                            {"BY", "Belarus"},
                                                            {"RU", "Rusland"},
                                                            {"GE", "Georgië"},
                                                            {"AM", "Armenië"},
                                                            {"AZ", "Azerbeidzjan"},
                                                            {"MA", "Marokko"},
                                                            {"DZ", "Algerije"},
                                                            {"TN", "Tunesië"},
                                                            {"LY", "Libië"},
                                                            {"EG", "Egypte"},
                                                            {"NG", "Nigeria"},
                                                            {"GH", "Ghana"},
                                                            {"ZA", "Zuid-Afrika"},
                                                            {"SR", "Suriname"},
                                                            {"CW", "Curaçao"},
                                                            {"AW", "Aruba"},
                                                            {"SX", "Sint Maarten"},
                                                            {"CO", "Colombia"},
                                                            {"VE", "Venezuela"},
                                                            {"BR", "Brazilië"},
                                                            {"EC", "Ecuador"},
                                                            {"PE", "Peru"},
                                                            {"MX", "Mexico"},
                                                            {"US", "de Verenigde Staten"},
                                                            {"CA", "Canada"},
                                                            {"PA", "Panama"},
                                                            {"AE", "de Verenigde Arabische Emiraten"},
                                                            {"SA", "Saoedi-Arabië"},
                                                            {"QA", "Qatar"},
                                                            {"IR", "Iran"},
                                                            {"IQ", "Irak"},
                                                            {"SY", "Syrië"},
                                                            {"LB", "Libanon"},
                                                            {"IL", "Israël"},
                                                            {"AF", "Afghanistan"},
                                                            {"PK", "Pakistan"},
                                                            {"IN", "India"},
                                                            {"CN", "China"},
                                                            {"HK", "Hongkong"},
                                                            {"TW", "Taiwan"},
                                                            {"JP", "Japan"},
                                                            {"KR", "Zuid-Korea"},
                                                            {"KP", "Noord-Korea"},
                                                            {"VN", "Vietnam"},
                                                            {"TH", "Thailand"},
                                                            {"SG", "Singapore"},
                                                            {"MY", "Maleisië"},
                                                            {"ID", "Indonesië"},
                                                            {"AU", "Australië"},
                                                            {"VG", "de Britse Maagdeneilanden"},
                                                            {"KY", "de Kaaimaneilanden"},
                                                            {"BS", "de Bahama's"},
                                                            {"JE", "Jersey"},
                                                            {"GG", "Guernsey"},
                                                            {"IM", "het eiland Man"},
                                                            {"GI", "Gibraltar"}};
  return label(labels, iso_code);
}

std::string list_label(const std::string& list) {
  static const std::map<std::string, std::string> labels = {
      {"ofac", "de Amerikaanse OFAC-sanctielijst"},   {"un", "de sanctielijst van de Verenigde Naties"},
      {"eu", "de sanctielijst van de Europese Unie"}, {"uk", "de sanctielijst van het Verenigd Koninkrijk"},
      {"nl", "de Nationale terrorismelijst"},         {"opensanctions", "OpenSanctions"}};
  const auto found = labels.find(list);
  return found != labels.end() ? found->second : "de lijst " + list;
}

}  // namespace bibob
