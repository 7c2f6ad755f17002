#include "establishment_generator.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <vector>

#include "util/date.hpp"

namespace bibob::bench {
namespace {

// splitmix64: small, fast and the same everywhere (unlike the standard distributions).
class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  long below(long n) { return static_cast<long>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent_times_ten) { return below(1000) < percent_times_ten; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[static_cast<std::size_t>(below(static_cast<long>(N)))];
  }

 private:
  std::uint64_t m_state;
};

constexpr std::array<std::string_view, 40> k_streets = {
    "Dorpsstraat",  "Kerkstraat",    "Molenweg",        "Schoolstraat", "Lindenlaan",    "Beukenlaan",
    "Eikenstraat",  "Parkweg",       "Havenstraat",     "Sluisweg",     "Dijkstraat",    "Brugstraat",
    "Marktplein",   "Wilgenhof",     "Berkenlaan",      "Vlietweg",     "Kanaalstraat",  "Zeilmakerstraat",
    "Touwslagerij", "Houtzaagmolen", "Oliemolenstraat", "Pelmolenpad",  "Verfmolenlaan", "Windmolenweg",
    "Kade",         "Spuistraat",    "Lijnbaan",        "Rietgors",     "Meeuwenlaan",   "Reigerstraat",
    "Ganzenweg",    "Zwanenplein",   "Kievitstraat",    "Merelstraat",  "Lijsterweg",    "Spreeuwenpark",
    "Tulpstraat",   "Narcissenweg",  "Irisplein",       "Krokuslaan"};

constexpr std::array<std::string_view, 36> k_words = {
    "De Vaart", "Het Anker", "De Zaan",     "Zonnebloem", "Molenzicht", "De Kroon", "Het Wapen", "De Ster",
    "Het Hof",  "De Linde",  "Rivierzicht", "De Haven",   "Het Plein",  "De Brug",  "Zuidkant",  "Noordkant",
    "De Hoek",  "Het Veer",  "De Sluis",    "Oase",       "Centraal",   "Parel",    "Victoria",  "Bella",
    "Amigo",    "Istanbul",  "Casablanca",  "Napoli",     "Saigon",     "Lotus",    "Sakura",    "Atlas",
    "Olympia",  "Express",   "Royal",       "Paradijs"};

constexpr std::array<std::string_view, 40> k_given = {
    "Jan",    "Pieter",    "Kees",  "Henk",  "Sanne",  "Lisa",    "Emma",  "Sophie",   "Daan",  "Bram",
    "Thijs",  "Ruben",     "Femke", "Anouk", "Inge",   "Marloes", "Yusuf", "Fatima",   "Omar",  "Samira",
    "Mehmet", "Ayse",      "Murat", "Elif",  "Rachid", "Nadia",   "Karim", "Soufiane", "Priya", "Ravi",
    "Tomasz", "Agnieszka", "Piotr", "Ana",   "Lucas",  "Julia",   "Noah",  "Mila",     "Sem",   "Tess"};

constexpr std::array<std::string_view, 48> k_surnames = {
    "de Boer",      "Jansen",    "de Vries", "van Dijk",   "Bakker",   "Visser",         "Smit",
    "Meijer",       "de Groot",  "Mulder",   "Bos",        "Vos",      "Peters",         "Hendriks",
    "van Leeuwen",  "Dekker",    "Brouwer",  "de Wit",     "Dijkstra", "Smits",          "de Graaf",
    "van der Meer", "Kok",       "Jacobs",   "de Haan",    "Vermeer",  "van den Heuvel", "Schouten",
    "Zwart",        "Molenaar",  "Kaya",     "Yilmaz",     "Demir",    "Sahin",          "El Amrani",
    "Bouzid",       "Haddouchi", "Ouali",    "Nowak",      "Kowalski", "Nguyen",         "Tran",
    "Sharma",       "Pinas",     "Bhoelai",  "Wijngaarde", "Oostveen", "Kramer"};

struct Sector {
  std::string_view sbi;
  std::array<std::string_view, 3> prefixes;
  int weight;
};

constexpr std::array<Sector, 22> k_sectors = {{
    {"5610", {"Restaurant", "Eetcafe", "Pizzeria"}, 50},
    {"56102", {"Snackbar", "Grillroom", "Shoarma"}, 40},
    {"5630", {"Cafe", "Bar", "Lounge"}, 40},
    {"4711", {"Supermarkt", "Minimarkt", "Toko"}, 30},
    {"4726", {"Tabakszaak", "Rookwaren", "Sigarenmagazijn"}, 10},
    {"4742", {"Telefoonwinkel", "GSM Point", "Phone Repair"}, 15},
    {"96021", {"Kapsalon", "Barbershop", "Kapper"}, 40},
    {"96022", {"Nagelstudio", "Beautysalon", "Nails"}, 25},
    {"4520", {"Autowasserette", "Garage", "Autoservice"}, 20},
    {"4511", {"Autohandel", "Occasions", "Autobedrijf"}, 15},
    {"6810", {"Vastgoed", "Onroerend Goed", "Vastgoedhandel"}, 20},
    {"6820", {"Verhuur", "Woningverhuur", "Kamerverhuur"}, 20},
    {"4120", {"Bouwbedrijf", "Aannemersbedrijf", "Bouw"}, 60},
    {"4332", {"Timmerbedrijf", "Klusbedrijf", "Interieurbouw"}, 50},
    {"6201", {"ICT", "Software", "Webdesign"}, 60},
    {"6920", {"Administratiekantoor", "Boekhouding", "Belastingadvies"}, 40},
    {"8622", {"Fysiotherapie", "Praktijk", "Huisartsenpraktijk"}, 30},
    {"4771", {"Modehuis", "Boutique", "Kledingzaak"}, 30},
    {"4721", {"Groentewinkel", "Fruithandel", "Versmarkt"}, 15},
    {"8553", {"Rijschool", "Verkeersschool", "Autorijschool"}, 15},
    {"4932", {"Taxi", "Taxicentrale", "Personenvervoer"}, 20},
    {"7022", {"Advies", "Consultancy", "Interim"}, 80},
}};

std::string csv(const std::string& value) {
  if (value.find_first_of(",\"\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

// Postcode letters: the same for the same street and stretch of numbers, never SA, SD or SS.
std::string postcode(int area, std::size_t street, int number) {
  const std::uint64_t prime_a = 1000003;
  const std::uint64_t prime_b = 7919;
  const std::uint64_t golden = 0x9E3779B97F4A7C15;
  std::uint64_t h = static_cast<std::uint64_t>(area) * prime_a + static_cast<std::uint64_t>(street) * prime_b +
                    static_cast<std::uint64_t>(number / 40);
  h ^= h >> 13;
  h *= golden;
  char first = static_cast<char>('A' + (h >> 20) % 26);
  char second = static_cast<char>('A' + (h >> 40) % 26);
  if (first == 'S' && (second == 'A' || second == 'D' || second == 'S')) second = 'B';
  return std::to_string(area) + " " + first + second;
}

struct Row {
  std::string kvk;
  std::string name;
  std::string legal_form;
  std::string registered_on;
  std::string sbi;
  std::string street;
  std::string number;
  std::string suffix;
  std::string postcode;
  std::string city;
  std::string deregistered_on;
  std::string officers;
};

void write_row(std::ostream& out, const Row& r) {
  out << r.kvk << ',' << csv(r.name) << ',' << csv(r.legal_form) << ',' << r.registered_on << ',' << r.sbi << ','
      << csv(r.street) << ',' << r.number << ',' << csv(r.suffix) << ',' << r.postcode << ',' << csv(r.city) << ','
      << r.deregistered_on << ',' << csv(r.officers) << '\n';
}

// The few establishments that show each indicator in the demo and the tests. Names and
// people are invented; KvK 69599076 and 90002547 are the synthetic companies of the example
// cases, whose insolvency and screening answers are in the bundled registry snapshot.
std::vector<Row> seeded_rows() {
  const std::string city = "Zaandam";
  const std::string ricardo = "Ricardo Veldhuis|1979-03-14";
  std::vector<Row> rows = {
      // Address cluster: nine registrations in one building on the Houtveldweg.
      {"71200011", "Zaanstreek Holding B.V.", "B.V.", "2024-02-01", "6420", "Houtveldweg", "7", "", "1505 TK", city, "",
       ricardo},
      {"71200012", "Zaanstreek Vastgoed B.V.", "B.V.", "2024-02-01", "6810", "Houtveldweg", "7", "", "1505 TK", city,
       "", ricardo},
      {"71200013", "ZH Beheer B.V.", "B.V.", "2024-05-10", "7010", "Houtveldweg", "7", "A", "1505 TK", city, "",
       "Marco Oosterhuis|1985-07-22"},
      {"71200014", "Flexwerk Zaan B.V.", "B.V.", "2025-01-15", "7820", "Houtveldweg", "7", "B", "1505 TK", city, "",
       "Marco Oosterhuis|1985-07-22"},
      {"71200015", "Trade Point Europe B.V.", "B.V.", "2025-06-30", "4690", "Houtveldweg", "7", "", "1505 TK", city, "",
       "Dennis Kroeze|1990-01-05"},
      {"71200016", "Kroeze Logistiek", "Eenmanszaak", "2025-08-12", "4941", "Houtveldweg", "7", "", "1505 TK", city, "",
       "Dennis Kroeze|1990-01-05"},
      {"71200017", "Global Cars Zaandam B.V.", "B.V.", "2026-03-03", "4511", "Houtveldweg", "7", "C", "1505 TK", city,
       "", "Dennis Kroeze|1990-01-05"},
      {"71200018", "Mondial Trading V.O.F.", "V.O.F.", "2026-04-20", "4690", "Houtveldweg", "7", "", "1505 TK", city,
       "", "Iris Brandsma|1993-11-30;Kevin Brandsma|1991-02-17"},
      {"71200019", "Sunrise Services B.V.", "B.V.", "2026-07-01", "8211", "Houtveldweg", "7", "", "1505 TK", city, "",
       "Iris Brandsma|1993-11-30"},
      // Officer churn: Ricardo Veldhuis behind five businesses, two of them gone.
      {"71200021", "Barbershop Veldhuis", "Eenmanszaak", "2026-06-15", "96021", "Rosmolenstraat", "33", "", "1502 BD",
       city, "", ricardo},
      {"71200022", "Nails by Rico", "Eenmanszaak", "2023-03-01", "96022", "Rosmolenstraat", "35", "", "1502 BD", city,
       "2025-04-30", ricardo},
      {"71200023", "Phone Fix Zaandam", "Eenmanszaak", "2022-05-01", "4742", "Vincent van Goghweg", "2", "", "1506 JA",
       city, "2024-12-31", ricardo},
      // A recent change of officer at an old business.
      {"71200031", "Cafe De Oude Zaan V.O.F.", "V.O.F.", "2004-09-01", "5630", "Zuiddijk", "104", "", "1501 CM", city,
       "", "Gerrit Schipper|1958-06-11|2004-09-01;Yvonne Laan|1996-04-09|2026-10-01"},
      // Names on the test sanctions list (tests/data/screening/sdn.csv, itself synthetic).
      {"71200041", "Noorderlicht Import Export B.V.", "B.V.", "2025-11-02", "4690", "Hemkade", "48", "", "1506 PR",
       city, "", "Ahmed Benali|1970-11-23"},
      {"71200042", "Shisha Lounge Atlas", "Eenmanszaak", "2026-08-01", "5630", "Gedempte Gracht", "88", "", "1506 CE",
       city, "", "Ahmed Benali|1970-11-23"},
      // Insolvency on record in the bundled snapshot (F.15/25/311).
      {"69599076", "Snackbar Het Hoekje V.O.F.", "V.O.F.", "2019-01-01", "56102", "Oostzijde", "210", "", "1508 EN",
       city, "", ""},
      // The applicant of examples/horeca-cash-abroad.yaml: an earlier refusal once that case is decided.
      {"90002547", "Eetcafe De Gouden Leeuw B.V.", "B.V.", "2026-09-15", "5630", "Gedempte Gracht", "12", "", "1506 CH",
       city, "", "Johannes Petrus van der Berg|1979-04-02"},
      // Signals about the premises (1506 CH 12, see write_signals) and about a nail studio.
      {"71200051", "Beautysalon Lotus", "Eenmanszaak", "2021-03-01", "96022", "Gedempte Gracht", "12", "A", "1506 CH",
       city, "", "Linh Tran|1988-08-08"},
  };
  return rows;
}

}  // namespace

long write_extract(std::ostream& out, const GeneratorOptions& options) {
  out << "kvk,name,legal_form,registered_on,sbi,street,number,suffix,postcode,city,deregistered_on,officers\n";
  Random random(options.seed);
  const Date today = Date::parse(options.reference_date).value_or(Date::today());
  std::set<std::string> used = {"69599076", "90002547"};
  std::vector<Row> seeded = options.seed_patterns ? seeded_rows() : std::vector<Row>{};
  for (const auto& row : seeded) used.insert(row.kvk);
  int total_weight = 0;
  for (const auto& sector : k_sectors) total_weight += sector.weight;
  const long generated = std::max(0L, options.establishments - static_cast<long>(seeded.size()));
  // Seeded rows go in spread over the file, not in one block.
  const long spacing = seeded.empty() ? 0 : std::max(1L, generated / static_cast<long>(seeded.size() + 1));
  std::size_t next_seed = 0;
  Row previous;
  long written = 0;
  for (long i = 0; i < generated; ++i) {
    if (spacing > 0 && next_seed < seeded.size() && i > 0 && i % spacing == 0) {
      write_row(out, seeded[next_seed++]);
      ++written;
    }
    Row r;
    // One in thirty is another branch of the company before it, at another address.
    const bool branch = i > 0 && random.chance(33) && previous.deregistered_on.empty();
    int pick = static_cast<int>(random.below(total_weight));
    const Sector* sector = &k_sectors[0];
    for (const auto& candidate : k_sectors) {
      if (pick < candidate.weight) {
        sector = &candidate;
        break;
      }
      pick -= candidate.weight;
    }
    const int area = 1500 + static_cast<int>(random.below(10));
    const std::size_t street = static_cast<std::size_t>(random.below(static_cast<long>(k_streets.size())));
    const int number = 1 + static_cast<int>(random.below(240));
    r.street = std::string(k_streets[street]);
    r.number = std::to_string(number);
    if (random.chance(60)) r.suffix = std::string(1, static_cast<char>('A' + random.below(4)));
    r.postcode = postcode(area, street, number);
    r.city = area == 1500 ? "Zaandam-Noord" : "Zaandam";
    if (branch) {
      r.kvk = previous.kvk;
      r.name = previous.name;
      r.legal_form = previous.legal_form;
      r.registered_on = previous.registered_on;
      r.sbi = previous.sbi;
      r.officers = previous.officers;
    } else {
      do {
        r.kvk = std::to_string(10000000 + random.below(89999999));
      } while (!used.insert(r.kvk).second);
      const std::string given = std::string(random.pick(k_given));
      const std::string surname = std::string(random.pick(k_surnames));
      const std::string prefix = std::string(sector->prefixes[static_cast<std::size_t>(random.below(3))]);
      const int form = static_cast<int>(random.below(100));
      r.legal_form = form < 50 ? "Eenmanszaak" : form < 80 ? "B.V." : form < 95 ? "V.O.F." : "Stichting";
      const std::string tail = random.chance(500) ? std::string(random.pick(k_words)) : surname;
      r.name = prefix + " " + tail + (r.legal_form == "B.V." ? " B.V." : r.legal_form == "V.O.F." ? " V.O.F." : "");
      // One in twelve registered in the last year; the rest over 35 years.
      const int days_back =
          random.chance(85) ? static_cast<int>(random.below(365)) : 365 + static_cast<int>(random.below(35 * 365));
      r.registered_on = today.plus_days(-days_back).iso();
      r.sbi = std::string(sector->sbi);
      auto person = [&](const std::string& first, const std::string& family) {
        const Date birth = today.plus_days(-(18 * 365 + static_cast<int>(random.below(50 * 365))));
        std::string text = first + " " + family + "|" + birth.iso();
        // One in sixty officers took office recently at an older business.
        if (days_back > 365 && random.chance(16))
          text += "|" + today.plus_days(-static_cast<int>(random.below(150))).iso();
        return text;
      };
      r.officers = person(given, surname);
      if (r.legal_form != "Eenmanszaak" && random.chance(400)) {
        r.officers += ";" + person(std::string(random.pick(k_given)), std::string(random.pick(k_surnames)));
      }
    }
    if (random.chance(50)) r.deregistered_on = today.plus_days(-static_cast<int>(random.below(3 * 365))).iso();
    write_row(out, r);
    ++written;
    previous = r;
  }
  while (next_seed < seeded.size()) {
    write_row(out, seeded[next_seed++]);
    ++written;
  }
  return written;
}

void write_signals(std::ostream& out) {
  out << "subject_kind,postcode,number,kvk,name,birth_date,observed_on,category,observation,reporter_role,anonymous,"
         "source_grade,information_grade\n";
  out << "address,1505 TK,7,,,,2026-03-12,geen_klanten,\"Bedrijfsverzamelgebouw: veel naambordjes, geen bezoekers of "
         "personeel gezien\",boa,false,B,2\n";
  out << "address,1505 TK,7,,,,2026-06-18,veel_cameras,Vijf camera's op de gevel van een kantoorruimte,wijkagent,false,"
         "A,2\n";
  out << "company,,,71200021,,,2026-09-05,veel_contant_geld,Klanten betalen alleen contant; pinautomaat 'defect',"
         "handhaver,false,C,3\n";
  out << "person,,,,Ricardo Veldhuis,1979-03-14,2026-10-02,wisselend_personeel_of_eigenaren,Zelfde persoon steeds "
         "achter nieuwe zaken in de straat,wijkteam,false,B,3\n";
  out << "address,1506 CH,12,,,,2026-08-12,afgeplakte_ramen,\"Ramen van de benedenverdieping afgeplakt, geen klanten "
         "gezien tussen 14 en 18 uur\",boa,false,B,2\n";
  out << "address,1506 CH,12,,,,2026-10-20,afwijkende_openingstijden,Open tot 04:00 terwijl de vergunning tot 01:00 "
         "loopt,anoniem,true,X,3\n";
}

}  // namespace bibob::bench
