#include "matching/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace bibob::matching::vocabulary {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& particles() {
  static const WordSet words = {
      "van", "der", "den", "de", "ter", "ten", "te", "t", "het", "op", "in", "onder", "uit", "aan",
      "da", "di", "del", "della", "dos", "das", "do", "du", "des", "le", "la", "lo", "los", "las", "y", "e",
      "von", "zu", "vom", "zum", "zur",
      "al", "el", "ul", "ud", "ad", "ur", "ash", "as", "an", "ut", "bin", "ibn", "ben", "bint", "bent", "ould", "ag"};
  return words;
}

const WordSet& stopwords() {
  static const WordSet words = {"of", "the", "and", "en", "und", "et", "y", "e", "i", "da", "di", "de", "del",
                                "della", "des", "du", "la", "le", "les", "van", "von", "het", "der", "den", "a",
                                "an", "for", "in", "on", "at", "al", "el", "for", "to", "s", "ut", "ul", "ud"};
  return words;
}

const WordSet& generic_words() {
  static const WordSet words = {
      "bank", "trading", "holding", "group", "international", "pmc", "enterprise", "enterprises", "industry",
      "service", "investment", "capital", "general", "import", "export", "imports", "exports", "commercial",
      "national", "central", "global", "world", "worldwide", "development", "management", "consulting",
      "consultancy", "solutions", "technology", "systems", "logistics", "shipping", "marine", "maritime", "energy",
      "oil", "gas", "petroleum", "petrochemical", "finance", "financial", "insurance", "construction",
      "engineering", "resources", "partners", "associates", "agency", "air", "transport", "transportation",
      "trust", "fund", "state", "federal", "united", "universal", "mining", "metals", "steel", "chemical",
      "chemicals", "pharmaceutical", "pharma", "medical", "electronics", "electric", "equipment", "manufacturing",
      "products", "foods", "food", "textile", "textiles", "motors", "automotive", "real", "estate", "property",
      "properties", "vastgoed", "beheer", "bouw", "horeca", "bakkerij", "slagerij", "autobedrijf",
      "schoonmaakbedrijf", "schoonmaak", "handel", "handelsonderneming", "onderneming", "bedrijf", "pizzeria",
      "restaurant", "cafe", "bar", "lounge", "shisha", "snackbar", "shoarma", "kapsalon", "huisartsen", "zonen",
      "dochters", "exploitatie", "concern", "office", "house", "center", "centre", "union", "unie", "organization",
      "organisation", "institute", "society", "committee", "council", "ministry", "department", "network",
      "media", "news", "security", "defense", "defence", "research", "science", "scientific", "production",
      "supply", "port", "airport", "bureau", "joint", "stock", "public", "private", "open", "closed"};
  return words;
}

// Spelling and language variants of generic words, folded onto one form so that "Groep"
// and "Group" align exactly.
const std::unordered_map<std::string_view, std::string_view>& generic_synonyms() {
  static const std::unordered_map<std::string_view, std::string_view> map = {
      {"banco", "bank"}, {"banque", "bank"}, {"banka", "bank"}, {"bankasi", "bank"}, {"banca", "bank"},
      {"trade", "trading"}, {"traders", "trading"}, {"trader", "trading"},
      {"holdings", "holding"}, {"groep", "group"}, {"gruppa", "group"}, {"grupo", "group"}, {"groupe", "group"},
      {"gruppe", "group"}, {"internacional", "international"}, {"internationale", "international"},
      {"intl", "international"}, {"services", "service"}, {"investments", "investment"}, {"invest", "investment"},
      {"technologies", "technology"}, {"tech", "technology"}, {"industries", "industry"},
      {"industrial", "industry"}, {"comercial", "commercial"}, {"commerciale", "commercial"},
      {"commerce", "commercial"}, {"nacional", "national"}, {"nazionale", "national"}, {"airlines", "air"},
      {"airline", "air"}, {"aviation", "air"}, {"airways", "air"}, {"zn", "zonen"}, {"centrum", "center"},
      {"kontsern", "concern"}, {"konzern", "concern"}};
  return map;
}

const WordSet& geographic_words() {
  static const WordSet words = {
      "afghanistan", "albania", "algeria", "america", "american", "andorra", "angola", "argentina", "armenia",
      "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "belarus", "belgium", "belize",
      "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina", "burundi",
      "cambodia", "cameroon", "canada", "chad", "chile", "china", "chinese", "colombia", "comoros", "congo",
      "croatia", "cuba", "cuban", "cyprus", "czech", "czechia", "denmark", "djibouti", "dominica", "ecuador",
      "egypt", "egyptian", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon",
      "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti",
      "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iranian", "iraq", "iraqi", "ireland",
      "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "korea", "korean",
      "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lebanese", "lesotho", "liberia", "libya",
      "libyan", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali",
      "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
      "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands", "nederland",
      "holland", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
      "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "russian", "rwanda",
      "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain",
      "sudan", "suriname", "sweden", "switzerland", "syria", "syrian", "taiwan", "tajikistan", "tanzania",
      "thailand", "togo", "tonga", "tunisia", "turkey", "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine",
      "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "arab",
      "arabian", "middle", "east", "west", "north", "south", "asia", "asian", "europe", "european", "africa",
      "african", "gulf", "caribbean", "peninsula", "dubai", "tehran", "moscow", "beijing", "damascus", "baghdad",
      "kabul", "caracas", "havana", "minsk", "kyiv", "kiev", "london", "paris", "berlin", "istanbul", "amsterdam",
      "rotterdam", "haag", "utrecht", "eindhoven", "tilburg", "groningen", "almere", "breda", "nijmegen",
      "haarlem", "arnhem", "zaanstad", "zaandam", "amersfoort", "apeldoorn", "enschede", "leiden", "maastricht",
      "dordrecht", "zwolle", "delft", "alkmaar", "purmerend", "hoorn", "westzaan", "oostzaan", "wormerveer",
      "krommenie", "assendelft", "wormer", "zaandijk", "koog"};
  return words;
}

const std::unordered_map<std::string_view, LegalFamily>& legal_forms() {
  using F = LegalFamily;
  static const std::unordered_map<std::string_view, LegalFamily> map = {
      {"bv", F::private_limited}, {"bvba", F::private_limited}, {"ltd", F::private_limited},
      {"llc", F::private_limited}, {"gmbh", F::private_limited}, {"sarl", F::private_limited},
      {"ooo", F::private_limited}, {"srl", F::private_limited}, {"sro", F::private_limited},
      {"doo", F::private_limited}, {"kft", F::private_limited}, {"zao", F::private_limited},
      {"cjsc", F::private_limited}, {"sprl", F::private_limited}, {"pty", F::private_limited},
      {"tov", F::private_limited}, {"limited", F::private_limited}, {"liability", F::private_limited},
      {"obshchestvo", F::private_limited}, {"ogranichennoy", F::private_limited},
      {"otvetstvennostyu", F::private_limited}, {"sas", F::private_limited}, {"eurl", F::private_limited},
      {"nv", F::public_limited}, {"plc", F::public_limited}, {"ag", F::public_limited},
      {"sa", F::public_limited}, {"spa", F::public_limited}, {"pjsc", F::public_limited},
      {"oao", F::public_limited}, {"pao", F::public_limited}, {"jsc", F::public_limited},
      {"ojsc", F::public_limited}, {"ao", F::public_limited}, {"aktiengesellschaft", F::public_limited},
      {"as", F::public_limited}, {"asa", F::public_limited}, {"ab", F::public_limited}, {"oy", F::public_limited},
      {"oyj", F::public_limited}, {"na", F::public_limited}, {"sab", F::public_limited},
      {"inc", F::corporation}, {"incorporated", F::corporation}, {"corp", F::corporation},
      {"corporation", F::corporation}, {"company", F::corporation}, {"corporacion", F::corporation},
      {"compania", F::corporation}, {"sociedad", F::corporation}, {"societe", F::corporation}, {"co", F::corporation}, {"cie", F::corporation},
      {"vof", F::partnership}, {"cv", F::partnership}, {"lp", F::partnership}, {"llp", F::partnership},
      {"kg", F::partnership}, {"ohg", F::partnership}, {"maatschap", F::partnership}, {"snc", F::partnership},
      {"eenmanszaak", F::sole_trader}, {"stichting", F::foundation}, {"vereniging", F::association},
      {"cooperatie", F::cooperative}, {"coop", F::cooperative}, {"ua", F::cooperative}, {"wa", F::cooperative},
      {"ba", F::cooperative}};
  return map;
}

constexpr std::array<std::string_view, 14> k_patronymic_endings = {
    "ovich", "evich", "ovna", "evna", "ichna", "ovych", "evych", "ivna", "avich", "yevich", "ievich", "ovitch",
    "evitch", "ovic"};

}  // namespace

bool is_particle(std::string_view word) { return particles().contains(word); }

std::size_t longest_particle() {
  static const std::size_t longest = std::max_element(particles().begin(), particles().end(), [](auto a, auto b) {
                                       return a.size() < b.size();
                                     })->size();
  return longest;
}

bool is_patronymic(std::string_view word) {
  if (word.size() < 7) return false;
  return std::any_of(k_patronymic_endings.begin(), k_patronymic_endings.end(),
                     [&](std::string_view ending) { return word.ends_with(ending); });
}

std::string_view canonical_generic(std::string_view word) {
  const auto& map = generic_synonyms();
  if (auto it = map.find(word); it != map.end()) return it->second;
  return word;
}

bool is_generic(std::string_view word) { return generic_words().contains(canonical_generic(word)); }

std::vector<std::string_view> generic_word_list() { return {generic_words().begin(), generic_words().end()}; }

bool is_sibling_marker(std::string_view word) { return canonical_generic(word) == "holding"; }

bool is_stopword(std::string_view word) { return stopwords().contains(word); }

bool is_geographic(std::string_view word) { return geographic_words().contains(word); }

LegalFamily legal_family(std::string_view word) {
  const auto& map = legal_forms();
  if (auto it = map.find(word); it != map.end()) return it->second;
  return LegalFamily::none;
}

std::string_view to_string(LegalFamily family) {
  switch (family) {
    case LegalFamily::none: return "none";
    case LegalFamily::private_limited: return "private limited company";
    case LegalFamily::public_limited: return "public limited company";
    case LegalFamily::corporation: return "corporation";
    case LegalFamily::partnership: return "partnership";
    case LegalFamily::sole_trader: return "sole trader";
    case LegalFamily::foundation: return "foundation";
    case LegalFamily::association: return "association";
    case LegalFamily::cooperative: return "cooperative";
  }
  return "none";
}

}  // namespace bibob::matching::vocabulary
