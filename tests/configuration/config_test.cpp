#include <cstdlib>

#include <catch2/catch.hpp>

#include "configuration/config_keys.hpp"
#include "configuration/config_loader.hpp"
#include "support/run_bibob.hpp"
#include "support/temp_dir.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

std::string all_messages(const configuration::ConfigLoad& load) {
  std::string out;
  for (const auto& d : load.diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("the built-in configuration is valid and complete", "[config]") {
  const configuration::ConfigLoad load = configuration::load_config_text(std::nullopt, "");
  INFO(all_messages(load));
  REQUIRE(load.config.has_value());
  const configuration::Config& config = *load.config;
  CHECK(config.decision_types.count("exploitatievergunning_horeca") == 1);
  CHECK(config.decision_types.at("exploitatievergunning_horeca").legal_basis.find("Wet Bibob") != std::string::npos);
  CHECK(config.registries.at("kvk").base_url == "https://api.kvk.nl/api");
  CHECK(config.registries.at("bag").rate_limit_per_second == 50);
  CHECK(config.retention.case_file_years == 5);
  // The anchors in the YAML give the alcohol-law permit the horeca requirements.
  CHECK(config.decision_types.at("alcoholwet_vergunning").required_documents.size() ==
        config.decision_types.at("exploitatievergunning_horeca").required_documents.size());
}

TEST_CASE("a municipality's file is laid over the defaults key by key", "[config]") {
  const configuration::ConfigLoad load = configuration::load_config(source_path("tests/data/config/municipality.yaml"));
  INFO(all_messages(load));
  REQUIRE(load.config.has_value());
  const configuration::Config& config = *load.config;
  CHECK(config.municipality.name == "Wormerland");
  CHECK(config.municipality.department == "Team Bibob, afdeling Vergunningen");  // kept from the defaults
  CHECK(config.registries.at("kvk").base_url == "https://api.kvk.nl/test/api");
  CHECK(config.registries.at("kvk").timeout_ms == 5000);
  CHECK(config.registries.at("kvk").connect_timeout_ms == 3000);  // kept from the defaults
  CHECK(config.decision_types.count("terrasvergunning") == 1);
  CHECK(config.decision_types.count("exploitatievergunning_horeca") == 1);
  CHECK(config.sources.size() == 2);
}

TEST_CASE("the environment overrides a registry address and the database", "[config]") {
  setenv("BIBOB_BAG_BASE_URL", "http://127.0.0.1:9999/bag", 1);
  setenv("BIBOB_DB", "/tmp/bibob-test.db", 1);
  const configuration::ConfigLoad load = configuration::load_config_text(std::nullopt, "");
  unsetenv("BIBOB_BAG_BASE_URL");
  unsetenv("BIBOB_DB");
  REQUIRE(load.config.has_value());
  CHECK(load.config->registries.at("bag").base_url == "http://127.0.0.1:9999/bag");
  CHECK(load.config->database == "/tmp/bibob-test.db");
}

TEST_CASE("unknown keys are errors with file, line, column and a suggestion", "[config]") {
  const configuration::ConfigLoad load = configuration::load_config(source_path("tests/data/config/unknown-key.yaml"));
  CHECK_FALSE(load.config.has_value());
  const std::string file = source_path("tests/data/config/unknown-key.yaml");
  CHECK(all_messages(load) == file + ":5:5: registries.kvk.timeout_msec: unknown key (did you mean \"timeout_ms\"?)\n" +
                                  file + ":7:3: lists.max_age_dayz: unknown key (did you mean \"max_age_days\"?)\n");
}

TEST_CASE("a secret in the configuration file is refused", "[config]") {
  const configuration::ConfigLoad load = configuration::load_config(source_path("tests/data/config/secret.yaml"));
  CHECK_FALSE(load.config.has_value());
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].code == "secret_in_config");
  CHECK(load.diagnostics[0].position.line == 4);
  // The value itself is never repeated in the message.
  CHECK(all_messages(load).find("l7xx") == std::string::npos);
}

TEST_CASE("wrong types and refused values are all reported", "[config]") {
  const configuration::ConfigLoad load = configuration::load_config(source_path("tests/data/config/wrong-types.yaml"));
  const std::string messages = all_messages(load);
  INFO(messages);
  CHECK_FALSE(load.config.has_value());
  CHECK(load.diagnostics.size() == 8);
  CHECK(messages.find(":4:17: registries.bag.timeout_ms: expected a whole number, found \"soon\"") != std::string::npos);
  CHECK(messages.find(":5:14: registries.bag.retries: must not be negative") != std::string::npos);
  CHECK(messages.find(":9:20: retention.case_file_years: expected a whole number, found \"2.5\"") != std::string::npos);
  CHECK(messages.find("when.use_title: \"huurr\" is not one of eigendom, huur, onderhuur, gebruik, erfpacht (did you "
                      "mean \"huur\"?)") != std::string::npos);
  CHECK(messages.find(":15:9: decision_types.exploitatievergunning_horeca.required_documents[1].type: required but "
                      "missing") != std::string::npos);
}

TEST_CASE("every configuration key pattern is unique and described", "[config]") {
  std::vector<std::string> seen;
  for (const auto& key : configuration::config_keys()) {
    CHECK(std::find(seen.begin(), seen.end(), key.pattern) == seen.end());
    CHECK_FALSE(key.description.empty());
    seen.push_back(key.pattern);
  }
}

TEST_CASE("bibob config check reports through the command line", "[config][cli]") {
  const auto ok = run_bibob({"config", "check", source_path("tests/data/config/municipality.yaml")});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("municipality.yaml: valid; 12 decision types, 5 registries") != std::string::npos);

  const auto bad = run_bibob({"config", "check", source_path("tests/data/config/secret.yaml")});
  CHECK(bad.exit_code == 3);
  CHECK(bad.out.find("secret.yaml: invalid, 1 error") != std::string::npos);

  // A broken configuration in force stops a command that needs it, naming the file.
  const auto validate = run_bibob({"--config", source_path("tests/data/config/unknown-key.yaml"), "validate",
                                   source_path("examples/horeca-clean.yaml")});
  CHECK(validate.exit_code == 3);
  CHECK(validate.err.find("bibob: error: invalid configuration:") == 0);
  CHECK(validate.err.find("unknown-key.yaml:5:5: registries.kvk.timeout_msec: unknown key") != std::string::npos);

  const auto via_env = run_bibob({"validate", source_path("examples/horeca-clean.yaml")},
                                 {{"BIBOB_CONFIG", source_path("tests/data/config/unknown-key.yaml")}});
  CHECK(via_env.exit_code == 3);
}

TEST_CASE("a malformed or empty configuration file is refused with its position", "[config]") {
  const configuration::ConfigLoad malformed = configuration::load_config_text(std::string("schema: bibob-config/1\nregistries: {kvk: [\n"), "m.yaml");
  REQUIRE(malformed.diagnostics.size() == 1);
  CHECK(format_diagnostic(malformed.diagnostics[0]).find("m.yaml:3:1: malformed YAML") == 0);
  const configuration::ConfigLoad empty = configuration::load_config_text(std::string(""), "e.yaml");
  REQUIRE(empty.diagnostics.size() == 1);
  CHECK(format_diagnostic(empty.diagnostics[0]) == "e.yaml: the file is empty");
  const configuration::ConfigLoad list = configuration::load_config_text(std::string("- a\n- b\n"), "l.yaml");
  REQUIRE(list.diagnostics.size() == 1);
  CHECK(format_diagnostic(list.diagnostics[0]) == "l.yaml:1:1: expected a mapping of keys at the top level");
}

TEST_CASE("a registry address must be https://, plain http only to this machine", "[config][hostile]") {
  const auto load = configuration::load_config_text("schema: bibob-config/1\nregistries:\n  kvk:\n    base_url: http://api.kvk.nl/api\n"
                                     "  bag:\n    base_url: https://user:secret@bag.example/v2\n",
                                     "municipality.yaml");
  const std::string messages = all_messages(load);
  INFO(messages);
  CHECK_FALSE(load.config.has_value());
  CHECK(messages.find("municipality.yaml:4:15: registries.kvk.base_url: \"http://api.kvk.nl/api\" is plain http:// to "
                      "another machine; keys and personal data go only over https://") != std::string::npos);
  CHECK(messages.find("registries.bag.base_url: \"https://user:secret@bag.example/v2\" holds a user name or password") !=
        std::string::npos);
  for (const char* local : {"http://127.0.0.1:8080/kvk", "http://localhost/kvk", "http://[::1]:9/kvk"}) {
    INFO(local);
    CHECK(configuration::load_config_text("schema: bibob-config/1\nregistries:\n  kvk:\n    base_url: " + std::string(local) + "\n",
                           "local.yaml")
              .config.has_value());
  }
  // The environment layer is held to the same rule; a host hidden behind a user name is no loopback.
  const auto env = run_bibob({"registry", "list"}, {{"BIBOB_KVK_BASE_URL", "http://127.0.0.1@evil.example/kvk"}});
  CHECK(env.exit_code == 3);
  CHECK(env.err == "bibob: error: BIBOB_KVK_BASE_URL: \"http://127.0.0.1@evil.example/kvk\" holds a user name or "
                   "password; a registry's credentials come from the environment only\n");
  const auto plain = run_bibob({"registry", "list"}, {{"BIBOB_BAG_BASE_URL", "http://bag.example/v2"}});
  CHECK(plain.exit_code == 3);
  CHECK(plain.err.find("BIBOB_BAG_BASE_URL: \"http://bag.example/v2\" is plain http:// to another machine") !=
        std::string::npos);
}

TEST_CASE("bibob config check names where a moved scan threshold now lives", "[config]") {
  const TempDir dir;
  const auto file = dir.write("old.yaml", "schema: bibob-config/1\nscan:\n  address_cluster_min: 3\n");
  const auto run = run_bibob({"config", "check", file.string()});
  CHECK(run.exit_code == 3);
  CHECK(run.out.find(file.string() + ":3:3: scan.address_cluster_min: is no longer read: the scan and the checks share "
                     "one threshold, set as checks.address_cluster.params.min_registrations\n") != std::string::npos);
}

