#pragma once

#include <memory>
#include <string>

#include "cli/context.hpp"
#include "cli/json_output.hpp"
#include "store/case_store.hpp"
#include "store/signal_store.hpp"
#include "util/date.hpp"

namespace CLI {
class App;
}

// What the `case`, `audit`, `purge` and `signals` commands (and `screen --store`) share: opening the
// register for an audited actor, and reading dates and periods from the command line.
namespace bibob::cli {

// --reason TEXT: why the officer reads or changes the case, kept in the audit record.
void add_reason_option(CLI::App& app, std::string& reason);

// The register at store.database / BIBOB_DB / the default, stamped with the OS user, the
// command ("case show") and the reason.
std::unique_ptr<store::CaseStore> open_register(Context& context, const std::string& command,
                                                const std::string& reason);
// The same register, for its signals alone.
std::unique_ptr<store::SignalStore> open_signal_register(Context& context, const std::string& command,
                                                         const std::string& reason);

// A date option (YYYY-MM-DD); empty means today (BIBOB_TODAY when set).
Date date_option(const std::string& value, const std::string& option);

// "14d", "2w" or "14" as a number of days; UsageError otherwise.
int period_days(const std::string& value, const std::string& option);

// SHA-256 of a file's bytes (an archive); InputError when it cannot be read.
std::string file_sha256(const std::string& path);

}  // namespace bibob::cli
