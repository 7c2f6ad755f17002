#include "scan/scanner.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <unordered_map>

#include "registries/cir_adapter.hpp"
#include "scan/extract_reader.hpp"
#include "scan/ranking.hpp"
#include "scan/refusal_index.hpp"
#include "scan/signal_index.hpp"
#include "screening/fact_gathering.hpp"
#include "util/text.hpp"

namespace bibob::scan {
namespace {

constexpr std::size_t k_problems_shown = 20;

// What the scan knows about one person who is an officer somewhere in the extract.
struct OfficerFacts {
  std::string name;
  Date birth_date;
  std::vector<std::uint32_t> companies;  // KvK numbers of the establishments naming the person
  std::vector<std::uint32_t> ended;      // of those, the ones deregistered
  bool in_scope = false;                 // officer of an establishment that is scored
  // Looked up once, after the first pass, for the officers in scope.
  std::vector<screening::ListHit> hits;
  std::vector<InsolvencyCase> insolvencies;
  bool insolvency_verified = false;
  std::vector<const Signal*> signals;
  std::vector<EarlierRefusal> refusals;
};

// The first pass's counts: all the second pass needs to know about the rest of the extract.
struct ScanIndex {
  std::unordered_map<std::string, int> active_at_address;
  std::unordered_map<std::string, OfficerFacts> officers;
};

struct FileStamp {
  std::uintmax_t size = 0;
  std::filesystem::file_time_type modified;
  bool operator==(const FileStamp&) const = default;
};

FileStamp stamp(const std::filesystem::path& file) {
  std::error_code error;
  FileStamp result;
  result.size = std::filesystem::file_size(file, error);
  result.modified = std::filesystem::last_write_time(file, error);
  return result;
}

std::uint32_t kvk_number(const std::string& kvk) { return static_cast<std::uint32_t>(std::stoul(kvk)); }

std::string kvk_text(std::uint32_t kvk) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%08u", kvk);
  return buffer;
}

void add_unique(std::vector<std::uint32_t>& list, std::uint32_t value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string score_text(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string plural(long count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// A hit that counts: a match not dismissed by a reviewer, or one a reviewer confirmed.
bool counts(const screening::ListHit& hit) {
  if (hit.review_decision == "confirmed") return true;
  return hit.match && hit.review_decision != "false_positive";
}

std::string hit_text(const std::string& who, const screening::ListHit& hit) {
  std::string text = who + " lijkt op \"" + hit.matched_name + "\" op de " + hit.list + "-lijst (vermelding " +
                     hit.entry_id + ", score " + score_text(hit.score) + "; lijst van " + hit.list_published + ").";
  if (hit.review_decision == "confirmed") text += " Eerder bevestigd als treffer: " + hit.review_reason + ".";
  return text;
}

std::string insolvency_text(const std::string& whose, const InsolvencyCase& found) {
  std::string kind = found.kind.empty() ? std::string("insolventie") : found.kind;
  kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
  std::string text = kind + " " + found.number + " " + whose;
  if (!found.court.empty()) text += " (" + found.court + ")";
  if (const auto published = found.first_published()) text += ", gepubliceerd op " + published->dutch();
  return text + "; bron: insolventieregister, opgenomen antwoord.";
}

std::string who_officer(const OfficerFacts& officer) {
  return "bestuurder " + officer.name + " (geboren " + officer.birth_date.iso() + ")";
}

std::string refusal_text(const EarlierRefusal& refusal, const std::string& about) {
  return "Zaak " + refusal.case_id + " (" + refusal.decision_type + "): " + refusal.decision + " op " +
         refusal.decided_on.dutch() + ", gevonden op " + refusal.matched_by + " " + about + ".";
}

class Scanner {
 public:
  Scanner(const ScanRequest& request, const ScanSources& sources) : m_request(request) {
    const ScanSettings& settings = request.settings;
    m_young_since = request.today.plus_months(-settings.young_company_months);
    m_change_since = request.today.plus_months(-settings.officer_change_months);
    m_insolvency_since = request.today.plus_months(-12 * settings.insolvency_window_years);
    m_signals_since = request.today.plus_months(-settings.signal_window_months);
    m_lists = sources.lists != nullptr && sources.lists->has_lists() ? sources.lists : nullptr;
    if (sources.signals) m_signal_index = std::make_unique<SignalIndex>(*sources.signals, m_signals_since);
    if (sources.decisions) m_refusals = std::make_unique<RefusalIndex>(*sources.decisions, settings.refusal_kinds);
    if (sources.registry) m_cir = std::make_unique<registries::CirAdapter>(*sources.registry);
  }

  ScanReport run(const ScanVisitor& visit) {
    m_report.file = m_request.extract.string();
    m_report.scanned_on = m_request.today;
    m_report.area = m_request.area;
    m_report.settings = m_request.settings;
    const FileStamp before = stamp(m_request.extract);
    first_pass();
    look_up_officers();
    if (stamp(m_request.extract) != before) changed();
    second_pass(visit);
    finish();
    return std::move(m_report);
  }

 private:
  [[noreturn]] void changed() const {
    throw InputError(m_request.extract.string() + ": the file changed while it was scanned; nothing was written");
  }

  void first_pass() {
    ExtractReader reader(m_request.extract);
    std::vector<std::string> shown;
    std::size_t problems = 0;
    long bad_lines = 0;
    while (auto line = reader.next()) {
      if (!line->problems.empty()) {
        ++bad_lines;
        for (auto& problem : line->problems) {
          if (problems++ < k_problems_shown) shown.push_back(std::move(problem));
        }
        continue;
      }
      const Establishment& e = *line->establishment;
      ++m_report.lines;
      const bool active = e.active_on(m_request.today);
      if (active) ++m_index.active_at_address[e.address_key()];
      const bool in_scope = active && m_request.area.covers(e.area());
      const std::uint32_t kvk = kvk_number(e.kvk);
      for (const auto& officer : e.officers) {
        OfficerFacts& facts = m_index.officers[officer_key(officer.name, officer.birth_date)];
        if (facts.companies.empty()) {
          facts.name = officer.name;
          facts.birth_date = officer.birth_date;
        }
        add_unique(facts.companies, kvk);
        if (!active) add_unique(facts.ended, kvk);
        facts.in_scope = facts.in_scope || in_scope;
      }
    }
    if (problems > 0) {
      std::string message = reader.file() + ": " + plural(bad_lines, "line is", "lines are") +
                            " not as the scan needs them; nothing was scanned or written:\n  " +
                            text::join(shown, "\n  ");
      if (problems > shown.size()) message += "\n  ... and " + std::to_string(problems - shown.size()) + " more";
      throw InputError(message);
    }
    m_report.distinct_officers = static_cast<long>(m_index.officers.size());
    m_report.addresses = static_cast<long>(m_index.active_at_address.size());
  }

  // Each person once, however many establishments name them.
  void look_up_officers() {
    for (auto& [key, facts] : m_index.officers) {
      if (!facts.in_scope) continue;
      Party person;
      person.kind = PartyKind::person;
      person.person_name.family = facts.name;
      person.birth_date = facts.birth_date;
      if (m_lists) {
        ++m_names_screened;
        for (auto& hit : m_lists->screen(person)) {
          if (counts(hit)) facts.hits.push_back(std::move(hit));
        }
      }
      if (m_cir) {
        const auto [surname, prefix] = screening::split_surname(facts.name);
        const auto lookup = m_cir->search_person(surname, prefix, facts.birth_date);
        facts.insolvency_verified = record_insolvency_lookup(lookup, facts.insolvencies);
      }
      if (m_signal_index) facts.signals = m_signal_index->about_person(facts.name, facts.birth_date);
      if (m_refusals) facts.refusals = m_refusals->about_person(facts.name, facts.birth_date);
    }
  }

  // Keeps the cases within the window; false when the lookup could not be answered.
  bool record_insolvency_lookup(const Lookup<InsolvencyCase>& lookup,
                                std::vector<InsolvencyCase>& cases) {
    if (lookup.failed()) {
      ++m_insolvency_failed;
      return false;
    }
    ++m_insolvency_answered;
    for (const auto& found : lookup.records) {
      const auto published = found.first_published();
      if (!published || *published >= m_insolvency_since) cases.push_back(found);
    }
    return true;
  }

  void second_pass(const ScanVisitor& visit) {
    ExtractReader reader(m_request.extract);
    TopRanking ranking(static_cast<std::size_t>(std::max(0, m_request.settings.top)));
    std::map<std::string, GroupCounts> areas;
    std::map<std::string, GroupCounts> sectors;
    long lines = 0;
    while (auto line = reader.next()) {
      if (!line->establishment) changed();
      const Establishment& e = *line->establishment;
      ++lines;
      if (!e.active_on(m_request.today)) {
        ++m_report.deregistered;
        continue;
      }
      if (!m_request.area.covers(e.area())) {
        ++m_report.outside_area;
        continue;
      }
      EstablishmentResult result = evaluate(e);
      ++m_report.scored;
      for (GroupCounts* group : {&areas[e.area()], &sectors[e.sector()]}) {
        ++group->establishments;
        if (result.flagged()) ++group->flagged;
        for (std::size_t i = 0; i < k_indicator_count; ++i) group->triggered[i] += result.triggered[i] ? 1 : 0;
      }
      for (std::size_t i = 0; i < k_indicator_count; ++i) {
        m_report.triggered[i] += result.triggered[i] ? 1 : 0;
        m_report.not_verified[i] += result.not_verified[i] ? 1 : 0;
      }
      if (visit) visit(result);
      if (result.flagged()) {
        ++m_report.flagged;
        ranking.offer(std::move(result));
      }
    }
    if (lines != m_report.lines) changed();
    for (auto& [key, group] : areas) {
      group.key = key;
      m_report.areas.push_back(group);
    }
    for (auto& [key, group] : sectors) {
      group.key = key;
      m_report.sectors.push_back(group);
    }
    m_report.top = ranking.take();
  }

  std::vector<const OfficerFacts*> officers_of(const Establishment& e) const {
    std::vector<const OfficerFacts*> out;
    for (const auto& officer : e.officers) {
      const auto it = m_index.officers.find(officer_key(officer.name, officer.birth_date));
      if (it != m_index.officers.end() && std::find(out.begin(), out.end(), &it->second) == out.end()) {
        out.push_back(&it->second);
      }
    }
    return out;
  }

  EstablishmentResult evaluate(const Establishment& e) {
    const ScanSettings& settings = m_request.settings;
    EstablishmentResult r;
    r.line = e.line;
    r.kvk = e.kvk;
    r.name = e.name;
    r.legal_form = e.legal_form;
    r.sbi = e.sbi;
    r.street = e.street;
    r.number = e.number;
    r.suffix = e.suffix;
    r.postcode = e.postcode;
    r.city = e.city;
    r.address = e.address_text();
    r.registered_on = e.registered_on;
    auto reason = [&](Indicator indicator, std::string text, bool soft = false) {
      r.triggered[static_cast<std::size_t>(indicator)] = true;
      r.reasons.push_back({indicator, std::move(text), soft});
    };
    const auto officers = officers_of(e);

    // Address cluster: many registered establishments in one building.
    const int at_address = m_index.active_at_address.at(e.address_key());
    if (at_address >= settings.address_cluster_min) {
      reason(Indicator::address_cluster, std::to_string(at_address) + " vestigingen op " + e.street + " " + e.number +
                                             ", " + e.postcode + " " + e.city + " (adrescluster vanaf " +
                                             std::to_string(settings.address_cluster_min) + ").");
    }

    // A young company in a risk sector.
    if (const std::string sector = settings.risk_sector(e.sbi); !sector.empty() && e.registered_on > m_young_since) {
      reason(Indicator::young_risk_sector, "Ingeschreven op " + e.registered_on.dutch() + ", minder dan " +
                                               std::to_string(settings.young_company_months) +
                                               " maanden voor de scan, met SBI-code " + e.sbi +
                                               " in een risicobranche (" + sector + ").");
    }

    // Officer churn: one person behind many companies, or an officer newly in office.
    for (const OfficerFacts* officer : officers) {
      const auto companies = static_cast<long>(officer->companies.size());
      if (companies >= settings.officer_min_establishments) {
        std::vector<std::string> numbers;
        for (std::uint32_t kvk : officer->companies) {
          if (numbers.size() == 6) {
            numbers.push_back("...");
            break;
          }
          numbers.push_back(kvk_text(kvk));
        }
        std::string text = "De " + who_officer(*officer) + " is bestuurder van " + std::to_string(companies) +
                           " ondernemingen in het uittreksel (KvK " + text::join(numbers, ", ") + ")";
        if (!officer->ended.empty()) text += ", waarvan " + std::to_string(officer->ended.size()) + " uitgeschreven";
        reason(Indicator::officer_churn, text + ".");
      }
    }
    for (const auto& officer : e.officers) {
      if (officer.since && *officer.since > m_change_since && e.registered_on < m_change_since) {
        reason(Indicator::officer_churn, "Bestuurder " + officer.name + " is sinds " + officer.since->dutch() +
                                             " in functie bij een vestiging die sinds " + e.registered_on.dutch() +
                                             " bestaat: een bestuurswisseling minder dan " +
                                             std::to_string(settings.officer_change_months) + " maanden geleden.");
      }
    }

    // Sanctions and terrorism lists: the establishment's name and its officers.
    if (m_lists) {
      Party company;
      company.kind = PartyKind::organisation;
      company.organisation_name = e.name;
      company.kvk = e.kvk;
      ++m_names_screened;
      for (const auto& hit : m_lists->screen(company)) {
        if (counts(hit)) reason(Indicator::list_hit, hit_text(e.name, hit));
      }
      for (const OfficerFacts* officer : officers) {
        for (const auto& hit : officer->hits) reason(Indicator::list_hit, hit_text("De " + who_officer(*officer), hit));
      }
    } else {
      r.not_verified[static_cast<std::size_t>(Indicator::list_hit)] = true;
    }

    // Insolvencies of the company and its officers, from recorded answers only.
    bool insolvency_unverified = m_cir == nullptr;
    if (m_cir) {
      std::vector<InsolvencyCase> cases;
      if (!record_insolvency_lookup(m_cir->search_undertaking(e.kvk), cases)) insolvency_unverified = true;
      for (const auto& found : cases) reason(Indicator::insolvency, insolvency_text("van de onderneming", found));
      for (const OfficerFacts* officer : officers) {
        if (!officer->insolvency_verified) insolvency_unverified = true;
        for (const auto& found : officer->insolvencies) {
          reason(Indicator::insolvency, insolvency_text("van de " + who_officer(*officer), found));
        }
      }
    }
    if (insolvency_unverified && !r.triggered[static_cast<std::size_t>(Indicator::insolvency)]) {
      r.not_verified[static_cast<std::size_t>(Indicator::insolvency)] = true;
    }

    // Signals about the establishment, its address or its officers: soft information.
    if (m_signal_index) {
      auto found = m_signal_index->about_establishment(e);
      for (const OfficerFacts* officer : officers) {
        for (const auto* signal : officer->signals) {
          if (std::find(found.begin(), found.end(), signal) == found.end()) found.push_back(signal);
        }
      }
      if (static_cast<long>(found.size()) >= settings.signals_min) {
        std::sort(found.begin(), found.end(),
                  [](const Signal* a, const Signal* b) { return a->observed_on < b->observed_on; });
        std::map<std::string, int> categories;
        std::vector<std::string> ids;
        for (const auto* signal : found) {
          ++categories[signal->category];
          ids.push_back(signal->id + " (" + signal->observed_on.iso() + ", bron " + signal->source_grade +
                        ", informatie " + signal->information_grade + ")");
        }
        std::vector<std::string> counted;
        for (const auto& [category, count] : categories) counted.push_back(category + " " + std::to_string(count));
        reason(Indicator::signals,
               std::to_string(found.size()) + " signalen sinds " + m_signals_since.dutch() +
                   " over deze vestiging, het adres of de bestuurders: " + text::join(counted, ", ") + "; " +
                   text::join(ids, ", ") + ". Zachte informatie, geen vastgestelde feiten.",
               true);
      }
    }

    // Earlier refusals and revocations in the case register.
    if (m_refusals) {
      for (const auto& refusal : m_refusals->about_establishment(e)) {
        reason(Indicator::earlier_refusal,
               refusal_text(refusal, refusal.matched_by == "adres" ? e.address_text() : e.kvk));
      }
      for (const OfficerFacts* officer : officers) {
        for (const auto& refusal : officer->refusals) {
          reason(Indicator::earlier_refusal, refusal_text(refusal, "van de " + who_officer(*officer)));
        }
      }
    }

    for (std::size_t i = 0; i < k_indicator_count; ++i) {
      if (r.triggered[i]) r.score += settings.weights[i];
    }
    return r;
  }

  void finish() {
    std::vector<SourceStatus>& sources = m_report.sources;
    if (m_lists) {
      sources.push_back({"lists", "consulted",
                         plural(m_names_screened, "naam", "namen") + " gescreend tegen " + m_lists->lists_consulted()});
    } else {
      sources.push_back({"lists", "not_verified",
                         "Niet geverifieerd: er zijn geen sanctie- of terrorismelijsten ingelezen (bibob lists "
                         "import); geen naam is gescreend"});
    }
    const long asked = m_insolvency_answered + m_insolvency_failed;
    if (!m_cir) {
      sources.push_back(
          {"insolvency", "not_verified", "Niet geverifieerd: het insolventieregister is niet geraadpleegd"});
    } else if (asked > 0 && m_insolvency_answered == 0) {
      sources.push_back({"insolvency", "not_verified",
                         "Niet geverifieerd: de cache en de snapshot bevatten geen antwoord van het "
                         "insolventieregister over deze vestigingen of bestuurders (een scan vraagt het register "
                         "nooit zelf)"});
    } else if (m_insolvency_failed > 0) {
      sources.push_back({"insolvency", "partly_verified",
                         "opgenomen antwoorden van het insolventieregister voor " +
                             std::to_string(m_insolvency_answered) + " van " + std::to_string(asked) + " vragen; " +
                             std::to_string(m_report.not_verified[static_cast<std::size_t>(Indicator::insolvency)]) +
                             " vestigingen niet geverifieerd (een scan vraagt het register nooit zelf)"});
    } else {
      sources.push_back(
          {"insolvency", "consulted",
           "opgenomen antwoorden van het insolventieregister voor alle " + std::to_string(asked) + " vragen"});
    }
    if (m_signal_index) {
      sources.push_back({"signals", "consulted",
                         plural(static_cast<long>(m_signal_index->size()), "signaal", "signalen") + " sinds " +
                             m_signals_since.dutch() + " in het signalenregister"});
    } else {
      sources.push_back({"signals", "not_in_use", "er is geen signalenregister in gebruik (bibob signals)"});
    }
    if (m_refusals) {
      sources.push_back(
          {"case_register", "consulted",
           plural(static_cast<long>(m_refusals->size()), "besloten zaak", "besloten zaken") + " in het zaakregister"});
    } else {
      sources.push_back({"case_register", "not_in_use", "er is geen zaakregister in gebruik (bibob case)"});
    }
  }

  const ScanRequest& m_request;
  ScanReport m_report;
  ScanIndex m_index;
  const screening::PartyListScreener* m_lists = nullptr;
  std::unique_ptr<SignalIndex> m_signal_index;
  std::unique_ptr<RefusalIndex> m_refusals;
  std::unique_ptr<registries::CirAdapter> m_cir;
  Date m_young_since;
  Date m_change_since;
  Date m_insolvency_since;
  Date m_signals_since;
  long m_names_screened = 0;
  long m_insolvency_answered = 0;
  long m_insolvency_failed = 0;
};

}  // namespace

ScanReport run_scan(const ScanRequest& request, const ScanSources& sources, const ScanVisitor& visit) {
  return Scanner(request, sources).run(visit);
}

}  // namespace bibob::scan
