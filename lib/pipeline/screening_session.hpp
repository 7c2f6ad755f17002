#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "casefile/validation.hpp"
#include "configuration/config.hpp"
#include "registries/registry_gateway.hpp"
#include "screening/decision_history.hpp"
#include "screening/list_screening.hpp"
#include "screening/screening.hpp"
#include "model/signal.hpp"
#include "model/decided_case.hpp"
#include "util/date.hpp"

// The pipeline: case -> registry lookups -> checks -> assessment, with every source it reads
// opened once. The command line resolves where the sources are; the pipeline does the work.
namespace bibob::pipeline {

// Where a session finds what it reads.
struct SessionOptions {
  registries::GatewayOptions gateway;
  std::string list_store;  // the sanctions list store (nothing imported there: no lists)
  std::string command;     // who reads the case register, for its audit records ("screen")
  std::string purpose = "to compare with the case being screened";  // why, for the same records
};

// One or many screenings under one configuration and one list of checks: the registry
// gateway, the sanctions lists and, when a case register is in use (its file exists; a
// session never creates one), the municipality's earlier decisions and its signals. Safe to
// screen from several threads.
class ScreeningSession {
 public:
  ScreeningSession(const configuration::Config& config, screening::CheckList checks, SessionOptions options);
  ~ScreeningSession();
  ScreeningSession(const ScreeningSession&) = delete;
  ScreeningSession& operator=(const ScreeningSession&) = delete;

  // Screens a validated case file as of `today`; an invalid one gives only its validation.
  Screening screen(Validation validation, const Date& today) const;

  const configuration::Config& config() const { return m_config; }
  const registries::RegistryGateway& gateway() const { return m_gateway; }
  const screening::PartyListScreener& lists() const { return *m_lists; }
  // Null when no case register is in use.
  const screening::DecidedCaseIndex* decided_cases() const { return m_history ? &m_history->index() : nullptr; }
  const std::vector<Signal>* signals() const { return m_signals ? &*m_signals : nullptr; }

 private:
  const configuration::Config& m_config;
  screening::CheckList m_checks;
  registries::RegistryGateway m_gateway;
  std::unique_ptr<screening::PartyListScreener> m_lists;
  std::optional<screening::DecisionHistory> m_history;
  std::optional<std::vector<Signal>> m_signals;
};

}  // namespace bibob::pipeline
