#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "configuration/config.hpp"
#include "model/signal.hpp"
#include "store/audit_record.hpp"

namespace bibob::store {

// The signals register: soft information kept beside the cases, in the same register and
// audited like them (every method appends an audit record, stamped with the actor, in the
// same transaction). Its own interface, because what reads or records signals needs nothing
// else of the register. Signals are added whole (all or none), retracted (kept, marked)
// rather than deleted; retention removes them with the cases (CaseStore::purge).
// Errors as for CaseStore.
class SignalStore {
 public:
  virtual ~SignalStore() = default;

  // The ids given to the signals, in order ("SIG-12"); `what` says where they came from.
  virtual std::vector<std::string> add_signals(const std::vector<Signal>& signals, const std::string& what) = 0;
  virtual std::vector<Signal> read_signals(bool include_retracted, const std::string& why) = 0;
  virtual std::optional<Signal> read_signal(const std::string& id) = 0;
  // False when there is no such signal.
  virtual bool retract_signal(const std::string& id, const std::string& reason) = 0;
};

// Opens (creating or migrating) the register for the actor, for its signals
// (the file is register_path(config), store/case_store.hpp).
std::unique_ptr<SignalStore> open_signal_store(const configuration::Config& config, const AuditActor& actor);

}  // namespace bibob::store
