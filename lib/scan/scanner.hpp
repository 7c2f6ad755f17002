#pragma once

#include <filesystem>
#include <functional>
#include <vector>

#include "registries/registry_gateway.hpp"
#include "scan/area_filter.hpp"
#include "scan/scan_result.hpp"
#include "scan/scan_settings.hpp"
#include "screening/decided_case_index.hpp"
#include "screening/list_screening.hpp"
#include "model/signal.hpp"
#include "model/decided_case.hpp"

namespace bibob::scan {

// What the scan joins the extract with. Each may be absent: the report then says that the
// source was not in use or that its indicator could not be verified, never a clean result.
struct ScanSources {
  const screening::PartyListScreener* lists = nullptr;         // the imported sanctions lists
  const registries::RegistryGateway* registry = nullptr;       // insolvencies; offline: cache and snapshot only
  const std::vector<Signal>* signals = nullptr;       // the signals register
  const screening::DecidedCaseIndex* decisions = nullptr;  // the case register's decided cases
};

struct ScanRequest {
  std::filesystem::path extract;
  AreaFilter area;
  Date today;
  ScanSettings settings;
};

// Called for every establishment scored, in the order of the extract, as soon as it is scored.
using ScanVisitor = std::function<void(const EstablishmentResult&)>;

// Scans the extract in two passes. The first reads every line and keeps only counts per
// address and per officer (an InputError lists every bad line; nothing is scored then); the
// second scores each registered establishment in the area, hands it to the visitor and keeps
// the first settings.top of the ranking and the counts per area and sector. Memory grows
// with the number of addresses and officers, not with the length of the extract.
ScanReport run_scan(const ScanRequest& request, const ScanSources& sources, const ScanVisitor& visit);

}  // namespace bibob::scan
