// Feeds arbitrary bytes to the registry adapters as the answer to their question, served
// through the offline snapshot exactly as a live answer would be. The first byte picks the
// question and whether it came with 200 or 404; the rest is the body. Any crash, hang, leak,
// undefined behaviour or escaping exception is a bug: garbage must become a failed lookup.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "configuration/config_loader.hpp"
#include "fuzz/scratch_folder.hpp"
#include "registries/bag_adapter.hpp"
#include "registries/brk_adapter.hpp"
#include "registries/brp_adapter.hpp"
#include "registries/cir_adapter.hpp"
#include "registries/kvk_adapter.hpp"

namespace {

namespace fs = std::filesystem;
using namespace bibob;
using namespace bibob::registries;

struct Question {
  std::string registry;
  std::string content_type;
  std::function<std::optional<Failure>(const RegistryGateway&)> ask;  // the failure, if the lookup failed
};

template <typename T>
std::optional<Failure> failure_of(const Lookup<T>& lookup) {
  return lookup.failure;
}

const std::vector<Question>& questions() {
  static const std::vector<Question> all = {
      {"kvk", "application/hal+json",
       [](const RegistryGateway& g) { return failure_of(KvkAdapter(g).basisprofiel("90002547")); }},
      {"kvk", "application/json",
       [](const RegistryGateway& g) {
         return failure_of(KvkAdapter(g).search({"", "", "1506CH", "12"}));
       }},
      {"kvk", "application/json",
       [](const RegistryGateway& g) { return failure_of(KvkAdapter(g).officers("90002547")); }},
      {"bag", "application/hal+json",
       [](const RegistryGateway& g) { return failure_of(BagAdapter(g).address("1506CH", "12")); }},
      {"brk", "application/hal+json",
       [](const RegistryGateway& g) { return failure_of(BrkAdapter(g).rights_at("1506CH", "12")); }},
      {"brp", "application/json",
       [](const RegistryGateway& g) { return failure_of(BrpAdapter(g).by_bsn("999990020")); }},
      {"brp", "application/json",
       [](const RegistryGateway& g) {
         return failure_of(BrpAdapter(g).by_name_and_birth_date("Berg", *Date::parse("1979-04-02"), "van der"));
       }},
      {"cir", "text/xml",
       [](const RegistryGateway& g) { return failure_of(CirAdapter(g).search_undertaking("69599076")); }},
      {"cir", "text/xml",
       [](const RegistryGateway& g) {
         return failure_of(CirAdapter(g).search_person("Berg", "van der", Date::parse("1979-04-02")));
       }},
      {"cir", "text/xml",
       [](const RegistryGateway& g) { return failure_of(CirAdapter(g).get_case("01.hlm.25.311.F.1300.1.25")); }},
  };
  return all;
}

constexpr std::array<long, 2> k_statuses = {200, 404};

// One snapshot per status, each answering every question from its own file; the request keys
// are learnt from the failures of a gateway that has no snapshot, so they stay the adapters' own.
struct Snapshots {
  bibob::fuzzing::ScratchFolder folder{"bibob-registry-fuzz"};
  std::vector<std::unique_ptr<RegistryGateway>> gateways;  // per status
  std::vector<std::vector<fs::path>> bodies;               // per status, per question

  Snapshots() {
    static const configuration::Config config = *configuration::load_config_text(std::nullopt, "").config;
    const RegistryGateway bare(config, {FetchMode::offline, std::nullopt, std::nullopt});
    std::vector<std::string> keys;
    for (const auto& question : questions()) {
      const auto failure = question.ask(bare);
      keys.push_back(failure ? failure->request.substr(question.registry.size() + 1) : "");
    }
    for (std::size_t s = 0; s < k_statuses.size(); ++s) {
      const fs::path snapshot = folder.path / std::to_string(k_statuses[s]);
      fs::create_directories(snapshot);
      bodies.emplace_back();
      for (std::size_t q = 0; q < questions().size(); ++q) {
        bodies.back().push_back(snapshot / ("body-" + std::to_string(q)));
        std::ofstream(bodies.back().back()) << "";
      }
      std::ofstream manifest(snapshot / "manifest.yaml");
      manifest << "schema: bibob-snapshot/1\nresponses:\n";
      for (std::size_t q = 0; q < questions().size(); ++q) {
        manifest << "  - registry: " << questions()[q].registry << "\n    request: \"" << keys[q]
                 << "\"\n    status: " << k_statuses[s] << "\n    content_type: \"" << questions()[q].content_type
                 << "\"\n    retrieved_at: 2026-11-20T09:00:00Z\n    file: body-" << q << "\n";
      }
      manifest.close();
      gateways.push_back(
          std::make_unique<RegistryGateway>(config, GatewayOptions{FetchMode::offline, std::nullopt, snapshot}));
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Snapshots snapshots;
  if (size == 0) return 0;
  const std::size_t question = data[0] % questions().size();
  const std::size_t status = (data[0] / questions().size()) % k_statuses.size();
  bibob::fuzzing::write_input(snapshots.bodies[status][question], data + 1, size - 1);
  (void)questions()[question].ask(*snapshots.gateways[status]);
  return 0;
}
