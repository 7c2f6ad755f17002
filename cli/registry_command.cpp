#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/gateway_options.hpp"
#include "cli/json_output.hpp"
#include "registries/bag_adapter.hpp"
#include "registries/brk_adapter.hpp"
#include "registries/brp_adapter.hpp"
#include "registries/cir_adapter.hpp"
#include "registries/http_client.hpp"
#include "registries/kvk_adapter.hpp"
#include "schemas/registry_json.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {


const std::vector<std::string> k_lookup_kinds = {"kvk", "kvk-officers", "bag", "brp", "brk", "cir"};

// A lookup's records as JSON, whatever their type.
struct LookupResult {
  std::string status;  // found | not_found | failed
  std::optional<Failure> failure;
  Json records = Json::array();
  std::vector<Provenance> provenance;
};

template <typename T>
LookupResult to_result(const Lookup<T>& lookup) {
  LookupResult result;
  result.status = lookup.found() ? "found" : lookup.failed() ? "failed" : "not_found";
  result.failure = lookup.failure;
  for (const auto& record : lookup.records) result.records.push_back(schemas::to_json(record));
  result.provenance = lookup.provenance;
  return result;
}

// Prints JSON as indented "key: value" lines, for people.
void print_flat(std::ostream& out, const Json& value, const std::string& indent) {
  for (const auto& [key, item] : value.items()) {
    if (item.is_null() || (item.is_string() && item.get<std::string>().empty()) || (item.is_array() && item.empty())) {
      continue;
    }
    if (item.is_object()) {
      out << indent << key << ":\n";
      print_flat(out, item, indent + "  ");
    } else if (item.is_array() && item.front().is_object()) {
      for (const auto& element : item) {
        out << indent << key << ":\n";
        print_flat(out, element, indent + "  ");
      }
    } else if (item.is_array()) {
      std::vector<std::string> parts;
      for (const auto& element : item) parts.push_back(element.is_string() ? element.get<std::string>() : element.dump());
      out << indent << key << ": " << text::join(parts, ", ") << '\n';
    } else {
      out << indent << key << ": " << (item.is_string() ? item.get<std::string>() : item.dump()) << '\n';
    }
  }
}

class RegistryCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_list = app.add_subcommand("list", "List the configured registries: address, key, cache and snapshot");
    m_check = app.add_subcommand("check", "Check that each registry answers (says so when offline)");
    m_lookup = app.add_subcommand("lookup", "Ask one registry and print the facts with their provenance");
    m_lookup->add_option("registry", m_registry, "kvk | kvk-officers | bag | brp | brk | cir")
        ->required()
        ->check(CLI::IsMember(k_lookup_kinds));
    m_lookup->add_option("keys", m_keys,
                         "kvk KVK | kvk-officers KVK | bag POSTCODE NUMBER [LETTER [SUFFIX]] | brp BSN | "
                         "brk POSTCODE NUMBER | cir KVK");
    m_lookup->add_option("--name", m_name, "kvk: search by name; cir: search an undertaking by name");
    m_lookup->add_option("--postcode", m_postcode, "kvk: search by postcode (with --number)");
    m_lookup->add_option("--number", m_number, "kvk: the house number with --postcode");
    m_lookup->add_option("--surname", m_surname, "brp, cir: a person's family name (brp with --birth-date)");
    m_lookup->add_option("--prefix", m_prefix, "brp, cir: the prefix of the family name (van, de, ...)");
    m_lookup->add_option("--birth-date", m_birth_date, "brp, cir: the date of birth, YYYY-MM-DD");
    m_lookup->add_option("--publication", m_publication, "cir: a publication reference (getCase)");
    m_gateway_options.add_to(*m_lookup);
    m_gateway_options_check.add_to(*m_check);
    m_snapshot = app.add_subcommand("snapshot", "Write the newest cached answers as a snapshot folder");
    m_snapshot->add_option("folder", m_snapshot_folder, "The folder to write")->required();
    m_snapshot->add_option("--cache-db", m_snapshot_cache, "Registry cache database (else BIBOB_CACHE_DB)");
  }

  ExitCode run(Context& context) override {
    if (m_list->parsed()) return list(context);
    if (m_check->parsed()) return check(context);
    if (m_snapshot->parsed()) return snapshot(context);
    return lookup(context);
  }

 private:
  ExitCode list(Context& context) {
    const configuration::Config& config = context.config();
    registries::GatewayOptions options;
    options.cache_database = registries::default_cache_path();
    options.snapshot_folder = registries::default_snapshot_folder();
    const registries::RegistryGateway gateway(config, options);
    for (const auto& [name, settings] : config.registries) {
      const auto cached = gateway.cache()->last_retrieved(name);
      const auto bundled = gateway.snapshot() ? gateway.snapshot()->taken_at(name) : std::nullopt;
      if (context.json()) {
        context.out() << Json{{"registry", name},
                              {"enabled", settings.enabled},
                              {"base_url", settings.base_url},
                              {"api_key_env", settings.api_key_env},
                              {"key_set", gateway.has_credentials(name)},
                              {"cache_last_retrieved", cached ? Json(*cached) : Json(nullptr)},
                              {"snapshot_taken_at", bundled ? Json(*bundled) : Json(nullptr)}}
                             .dump()
                      << '\n';
        continue;
      }
      context.out() << name << (settings.enabled ? "" : " (switched off)") << "\n  address:  " << settings.base_url
                    << "\n  key:      " << settings.api_key_env << (gateway.has_credentials(name) ? " (set)" : " (not set)")
                    << "\n  cache:    " << (cached ? "last answer " + *cached : std::string("empty"))
                    << "\n  snapshot: " << (bundled ? "answers of " + *bundled : std::string("none")) << '\n';
    }
    return ExitCode::ok;
  }

  ExitCode check(Context& context) {
    const configuration::Config& config = context.config();
    const auto options = m_gateway_options_check.resolve();
    ExitCode worst = ExitCode::ok;
    for (const auto& [name, settings] : config.registries) {
      std::string state;
      if (!settings.enabled) {
        state = "switched off";
      } else if (options.mode == registries::FetchMode::offline) {
        state = "not checked: offline";
      } else {
        // Any HTTP answer at the base address shows the registry can be reached; no retries.
        registries::HttpSettings http;
        http.connect_timeout = std::chrono::milliseconds(settings.connect_timeout_ms);
        http.timeout = std::chrono::milliseconds(settings.timeout_ms);
        http.retries = 0;
        const auto outcome = registries::HttpClient(http).send({"GET", settings.base_url, {}, "", true});
        if (outcome.response) {
          state = "reachable (HTTP " + std::to_string(outcome.response->status) + ")";
        } else {
          state = "NOT reachable: " + std::string(to_string(outcome.failure->kind)) + ", " +
                  outcome.failure->message;
          worst = ExitCode::incomplete;
        }
      }
      if (context.json()) {
        context.out() << Json{{"registry", name}, {"base_url", settings.base_url}, {"state", state}}.dump() << '\n';
      } else {
        context.out() << name << ": " << state << '\n';
      }
    }
    return worst;
  }

  ExitCode snapshot(Context& context) {
    const registries::ResponseCache cache(m_snapshot_cache.empty() ? registries::default_cache_path()
                                                                   : std::filesystem::path(m_snapshot_cache));
    const auto answers = cache.newest_answers();
    registries::Snapshot::write(m_snapshot_folder, answers);
    context.out() << m_snapshot_folder << ": snapshot of " << answers.size() << " answers written\n";
    return ExitCode::ok;
  }

  std::string key(std::size_t index, const char* what) const {
    if (index >= m_keys.size()) throw UsageError("registry lookup " + m_registry + ": " + what + " is missing");
    return m_keys[index];
  }

  std::optional<Date> birth_date() const {
    if (m_birth_date.empty()) return std::nullopt;
    auto date = Date::parse(m_birth_date);
    if (!date) throw UsageError("--birth-date: \"" + m_birth_date + "\" is not a date YYYY-MM-DD");
    return date;
  }

  LookupResult ask(const registries::RegistryGateway& gateway) const {
    if (m_registry == "kvk") {
      registries::KvkAdapter kvk(gateway);
      if (!m_name.empty() || !m_postcode.empty()) return to_result(kvk.search({"", m_name, m_postcode, m_number}));
      return to_result(kvk.basisprofiel(key(0, "the KvK number")));
    }
    if (m_registry == "kvk-officers") return to_result(registries::KvkAdapter(gateway).officers(key(0, "the KvK number")));
    if (m_registry == "bag") {
      return to_result(registries::BagAdapter(gateway).address(key(0, "the postcode"), key(1, "the house number"),
                                                               m_keys.size() > 2 ? m_keys[2] : "",
                                                               m_keys.size() > 3 ? m_keys[3] : ""));
    }
    if (m_registry == "brp") {
      registries::BrpAdapter brp(gateway);
      if (!m_surname.empty()) {
        const auto date = birth_date();
        if (!date) throw UsageError("registry lookup brp --surname needs --birth-date");
        return to_result(brp.by_name_and_birth_date(m_surname, *date, m_prefix));
      }
      return to_result(brp.by_bsn(key(0, "the BSN")));
    }
    if (m_registry == "brk") {
      return to_result(registries::BrkAdapter(gateway).rights_at(key(0, "the postcode"), key(1, "the house number")));
    }
    registries::CirAdapter cir(gateway);
    if (!m_publication.empty()) return to_result(cir.get_case(m_publication));
    if (!m_surname.empty()) return to_result(cir.search_person(m_surname, m_prefix, birth_date()));
    if (!m_name.empty()) return to_result(cir.search_undertaking("", m_name));
    return to_result(cir.search_undertaking(key(0, "the KvK number")));
  }

  ExitCode lookup(Context& context) {
    const registries::RegistryGateway gateway(context.config(), m_gateway_options.resolve());
    const LookupResult result = ask(gateway);
    if (context.json()) {
      Json provenance = Json::array();
      for (const auto& p : result.provenance) provenance.push_back(schemas::to_json(p));
      context.out() << Json{{"schema", "bibob-registry-lookup/1"},
                            {"registry", m_registry},
                            {"status", result.status},
                            {"failure", result.failure ? schemas::to_json(*result.failure) : Json(nullptr)},
                            {"records", result.records},
                            {"provenance", provenance}}
                           .dump()
                    << '\n';
    } else {
      if (result.failure) {
        context.out() << m_registry << ": NOT VERIFIED: " << to_string(result.failure->kind) << ", "
                      << result.failure->message << '\n';
      } else if (result.records.empty()) {
        context.out() << m_registry << ": not found\n";
      }
      for (const auto& record : result.records) {
        context.out() << m_registry << ":\n";
        print_flat(context.out(), record, "  ");
      }
      for (const auto& p : result.provenance) {
        context.out() << "source: " << p.registry << " " << p.request << ", HTTP " << p.status << ", retrieved "
                      << p.retrieved_at << " (" << p.source << "), ref " << p.reference() << '\n';
      }
    }
    if (!result.failure) return result.status == "found" ? ExitCode::ok : ExitCode::attention;
    return result.failure->kind == FailureKind::rejected_request ? ExitCode::invalid_input
                                                                               : ExitCode::incomplete;
  }

  CLI::App* m_list = nullptr;
  CLI::App* m_check = nullptr;
  CLI::App* m_lookup = nullptr;
  CLI::App* m_snapshot = nullptr;
  std::string m_registry;
  std::vector<std::string> m_keys;
  std::string m_name, m_postcode, m_number, m_surname, m_prefix, m_birth_date, m_publication;
  GatewayOptions m_gateway_options;
  GatewayOptions m_gateway_options_check;
  std::string m_snapshot_folder;
  std::string m_snapshot_cache;
};

}  // namespace

std::unique_ptr<Command> make_registry_command() { return std::make_unique<RegistryCommand>(); }

}  // namespace bibob::cli
