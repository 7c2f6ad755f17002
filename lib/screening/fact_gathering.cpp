#include "screening/fact_gathering.hpp"

#include <functional>
#include <mutex>
#include <set>
#include <sstream>

#include "matching/normalise.hpp"
#include "matching/vocabulary.hpp"
#include "registries/bag_adapter.hpp"
#include "registries/brk_adapter.hpp"
#include "registries/brp_adapter.hpp"
#include "registries/cir_adapter.hpp"
#include "registries/kvk_adapter.hpp"
#include "util/address_key.hpp"
#include "util/bounded_parallel.hpp"

namespace bibob::screening {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string address_key(const Address& address) { return bibob::address_key(address.postcode, address.number); }

std::pair<std::string, std::string> split_surname(const std::string& full_name) {
  std::istringstream words(full_name);
  std::vector<std::string> tokens;
  for (std::string word; words >> word;) tokens.push_back(word);
  if (tokens.empty()) return {"", ""};
  const std::string surname = tokens.back();
  std::string prefix;
  for (std::size_t i = tokens.size() - 1; i-- > 0;) {
    if (!matching::vocabulary::is_particle(matching::normalise(tokens[i]))) break;
    prefix = lower(tokens[i]) + (prefix.empty() ? "" : " ") + prefix;
  }
  return {surname, prefix};
}

RegistryFacts gather_registry_facts(const CaseFile& file, const registries::RegistryGateway& gateway,
                                    std::size_t max_parallel, const std::set<std::string>& used) {
  RegistryFacts facts;
  // A registry no check reads is not asked: asking the population register for nothing is
  // processing personal data without a purpose.
  const bool ask_brp = used.contains("brp");
  const bool ask_cir = used.contains("cir");
  const bool ask_bag = used.contains("bag");
  std::mutex mutex;
  std::vector<std::function<void()>> tasks;
  const registries::KvkAdapter kvk(gateway);
  const registries::BrpAdapter brp(gateway);
  const registries::CirAdapter cir(gateway);

  auto searchable = [](const std::optional<Address>& address) {
    return address && address->country == "NL" && !address->postcode.empty() && !address->number.empty();
  };
  std::set<std::string> addresses;
  auto add_address_search = [&](const Address& address) {
    const std::string key = address_key(address);
    if (!addresses.insert(key).second) return;
    tasks.emplace_back([&, address, key] {
      auto lookup = kvk.search({"", "", address.postcode, address.number});
      std::lock_guard lock(mutex);
      facts.registrations_at.emplace(key, std::move(lookup));
    });
  };

  for (const auto& party : file.parties) {
    if (!party.is_person() && !party.kvk.empty()) {
      tasks.emplace_back([&, kvk_number = party.kvk] {
        auto profile = kvk.basisprofiel(kvk_number);
        std::lock_guard lock(mutex);
        facts.companies.emplace(kvk_number, std::move(profile));
      });
      tasks.emplace_back([&, kvk_number = party.kvk] {
        auto officers = kvk.officers(kvk_number);
        std::lock_guard lock(mutex);
        facts.officers.emplace(kvk_number, std::move(officers));
      });
      if (ask_cir) {
        tasks.emplace_back([&, id = party.id, kvk_number = party.kvk] {
          auto insolvencies = cir.search_undertaking(kvk_number);
          std::lock_guard lock(mutex);
          facts.insolvencies.emplace(id, std::move(insolvencies));
        });
      }
    }
    if (ask_brp && party.is_person() && !party.bsn.empty()) {
      tasks.emplace_back([&, bsn = party.bsn] {
        auto person = brp.by_bsn(bsn);
        std::lock_guard lock(mutex);
        facts.persons.emplace(bsn, std::move(person));
      });
    }
    if (ask_cir && party.is_person() && party.birth_date && !party.person_name.family.empty()) {
      tasks.emplace_back([&, id = party.id, name = party.person_name, birth = party.birth_date] {
        auto insolvencies = cir.search_person(name.family, name.prefix, birth);
        std::lock_guard lock(mutex);
        facts.insolvencies.emplace(id, std::move(insolvencies));
      });
    }
  }
  // Declared other positions: their companies' activities and insolvencies count too.
  std::set<std::string> positions;
  for (const auto& party : file.parties) {
    if (!party.kvk.empty()) positions.insert(party.kvk);  // asked about above already
  }
  for (const auto& party : file.parties) {
    for (const auto& position : party.other_positions) {
      if (position.kvk.empty() || !positions.insert(position.kvk).second) continue;
      tasks.emplace_back([&, kvk_number = position.kvk] {
        auto profile = kvk.basisprofiel(kvk_number);
        std::lock_guard lock(mutex);
        facts.companies.emplace(kvk_number, std::move(profile));
      });
      if (!ask_cir) continue;
      tasks.emplace_back([&, key = "position:" + position.kvk, kvk_number = position.kvk] {
        auto insolvencies = cir.search_undertaking(kvk_number);
        std::lock_guard lock(mutex);
        facts.insolvencies.emplace(key, std::move(insolvencies));
      });
    }
  }
  if (file.premises && searchable(file.premises->address)) {
    const Address address = *file.premises->address;
    if (ask_bag) {
      tasks.emplace_back([&, address] {
        auto lookup = registries::BagAdapter(gateway).address(address.postcode, address.number, "", address.suffix);
        std::lock_guard lock(mutex);
        facts.premises = std::move(lookup);
      });
    }
    tasks.emplace_back([&, address] {
      auto lookup = registries::BrkAdapter(gateway).rights_at(address.postcode, address.number, "", address.suffix);
      std::lock_guard lock(mutex);
      facts.premises_rights = std::move(lookup);
    });
    add_address_search(address);
  }
  if (const Party* applicant = file.applicant_party(); applicant != nullptr && searchable(applicant->address)) {
    add_address_search(*applicant->address);
  }
  run_bounded(tasks.size(), max_parallel, [&](std::size_t i) { tasks[i](); });

  // Officers the KvK names whom the case file does not: their insolvencies too.
  std::vector<Officer> extra;
  for (const auto& [company, lookup] : facts.officers) {
    for (const auto& officer : lookup.records) {
      if (officer.birth_date) extra.push_back(officer);
    }
  }
  std::vector<std::function<void()>> second;
  for (const auto& officer : extra) {
    if (!ask_cir) break;
    const std::string key = "officer:" + officer.name;
    if (facts.insolvencies.count(key) != 0) continue;
    second.emplace_back([&, officer, key] {
      const auto [surname, prefix] = split_surname(officer.name);
      auto lookup = cir.search_person(surname, prefix, officer.birth_date);
      std::lock_guard lock(mutex);
      facts.insolvencies.emplace(key, std::move(lookup));
    });
  }
  run_bounded(second.size(), max_parallel, [&](std::size_t i) { second[i](); });
  return facts;
}

}  // namespace bibob::screening
