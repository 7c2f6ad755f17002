#include "scan/scanner.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <unordered_map>

#include "registries/cir_adapter.hpp"
#include "scan/extract_reader.hpp"
#include "scan/reason_text.hpp"
#include "scan/source_summary.hpp"
#include "scan/ranking.hpp"
#include "scan/refusal_index.hpp"
#include "scan/signal_index.hpp"
#include "screening/fact_gathering.hpp"
#include "screening/indicators.hpp"
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

void add_unique(std::vector<std::uint32_t>& list, std::uint32_t value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string who_officer(const OfficerFacts& officer) { return officer_text(officer.name, officer.birth_date); }

class Scanner {
 public:
  Scanner(const ScanRequest& request, const ScanSources& sources) : m_request(request) {
    const screening::IndicatorThresholds& thresholds = request.settings.thresholds;
    m_insolvency_since = screening::window_start(request.today, 12 * thresholds.insolvency_window_years);
    m_signals_since = screening::window_start(request.today, thresholds.signal_window_months);
    m_lists = sources.lists != nullptr && sources.lists->has_lists() ? sources.lists : nullptr;
    if (sources.signals) m_signal_index = std::make_unique<SignalIndex>(*sources.signals, m_signals_since);
    if (sources.decisions) m_refusals = std::make_unique<RefusalIndex>(*sources.decisions, thresholds.counted_decisions);
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
          if (screening::counts_as_hit(hit)) facts.hits.push_back(std::move(hit));
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
    const screening::IndicatorThresholds& thresholds = settings.thresholds;
    const Date& today = m_request.today;
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
    auto reason = [&](ScanIndicator indicator, std::string text, bool soft = false) {
      r.triggered[static_cast<std::size_t>(indicator)] = true;
      r.reasons.push_back({indicator, std::move(text), soft});
    };
    const auto officers = officers_of(e);

    // Address cluster: many registered establishments in one building.
    const int at_address = m_index.active_at_address.at(e.address_key());
    if (screening::is_address_cluster(at_address, thresholds.address_cluster_min)) {
      reason(ScanIndicator::address_cluster, std::to_string(at_address) + " vestigingen op " + e.street + " " + e.number +
                                             ", " + e.postcode + " " + e.city + " (adrescluster vanaf " +
                                             std::to_string(thresholds.address_cluster_min) + ").");
    }

    // A young company in a risk sector.
    if (const std::string sector = settings.risk_sector(e.sbi);
        !sector.empty() && screening::is_young_company(e.registered_on, today, thresholds.young_company_months)) {
      reason(ScanIndicator::young_risk_sector, "Ingeschreven op " + e.registered_on.dutch() + ", minder dan " +
                                               std::to_string(thresholds.young_company_months) +
                                               " maanden voor de scan, met SBI-code " + e.sbi +
                                               " in een risicobranche (" + sector + ").");
    }

    // Officer churn: one person behind many companies, or an officer newly in office.
    for (const OfficerFacts* officer : officers) {
      const auto companies = static_cast<long>(officer->companies.size());
      if (screening::is_concentration(companies, thresholds.concentration_min)) {
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
        reason(ScanIndicator::officer_churn, text + ".");
      }
    }
    for (const auto& officer : e.officers) {
      if (screening::is_recent_change(officer.since, e.registered_on, today, thresholds.change_window_months)) {
        reason(ScanIndicator::officer_churn, "Bestuurder " + officer.name + " is sinds " + officer.since->dutch() +
                                             " in functie bij een vestiging die sinds " + e.registered_on.dutch() +
                                             " bestaat: een bestuurswisseling minder dan " +
                                             std::to_string(thresholds.change_window_months) + " maanden geleden.");
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
        if (screening::counts_as_hit(hit)) reason(ScanIndicator::list_hit, hit_text(e.name, hit));
      }
      for (const OfficerFacts* officer : officers) {
        for (const auto& hit : officer->hits) reason(ScanIndicator::list_hit, hit_text("De " + who_officer(*officer), hit));
      }
    } else {
      r.not_verified[static_cast<std::size_t>(ScanIndicator::list_hit)] = true;
    }

    // Insolvencies of the company and its officers, from recorded answers only.
    bool insolvency_unverified = m_cir == nullptr;
    if (m_cir) {
      std::vector<InsolvencyCase> cases;
      if (!record_insolvency_lookup(m_cir->search_undertaking(e.kvk), cases)) insolvency_unverified = true;
      for (const auto& found : cases) reason(ScanIndicator::insolvency, insolvency_text("van de onderneming", found));
      for (const OfficerFacts* officer : officers) {
        if (!officer->insolvency_verified) insolvency_unverified = true;
        for (const auto& found : officer->insolvencies) {
          reason(ScanIndicator::insolvency, insolvency_text("van de " + who_officer(*officer), found));
        }
      }
    }
    if (insolvency_unverified && !r.triggered[static_cast<std::size_t>(ScanIndicator::insolvency)]) {
      r.not_verified[static_cast<std::size_t>(ScanIndicator::insolvency)] = true;
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
        reason(ScanIndicator::signals, signals_text(std::move(found), m_signals_since), true);
      }
    }

    // Earlier refusals and revocations in the case register.
    if (m_refusals) {
      for (const auto& refusal : m_refusals->about_establishment(e)) {
        reason(ScanIndicator::earlier_refusal,
               refusal_text(refusal, refusal.matched_by == "adres" ? e.address_text() : e.kvk));
      }
      for (const OfficerFacts* officer : officers) {
        for (const auto& refusal : officer->refusals) {
          reason(ScanIndicator::earlier_refusal, refusal_text(refusal, "van de " + who_officer(*officer)));
        }
      }
    }

    for (std::size_t i = 0; i < k_indicator_count; ++i) {
      if (r.triggered[i]) r.score += settings.weights[i];
    }
    return r;
  }

  void finish() {
    SourceUse use;
    use.lists = m_lists;
    use.names_screened = m_names_screened;
    use.insolvency_register = m_cir != nullptr;
    use.insolvency_answered = m_insolvency_answered;
    use.insolvency_failed = m_insolvency_failed;
    use.insolvency_unverified = m_report.not_verified[static_cast<std::size_t>(ScanIndicator::insolvency)];
    if (m_signal_index) use.signals = m_signal_index->size();
    use.signals_since = m_signals_since;
    if (m_refusals) use.decided_cases = m_refusals->size();
    m_report.sources = source_summary(use);
  }

  const ScanRequest& m_request;
  ScanReport m_report;
  ScanIndex m_index;
  const screening::PartyListScreener* m_lists = nullptr;
  std::unique_ptr<SignalIndex> m_signal_index;
  std::unique_ptr<RefusalIndex> m_refusals;
  std::unique_ptr<registries::CirAdapter> m_cir;
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
