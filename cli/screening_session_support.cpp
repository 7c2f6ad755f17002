#include "cli/screening_session_support.hpp"

#include "checks/check_registry.hpp"
#include "cli/lists_support.hpp"

namespace bibob::cli {

std::unique_ptr<pipeline::ScreeningSession> open_screening_session(Context& context, const std::string& lists_db,
                                                                   const registries::GatewayOptions& gateway,
                                                                   const std::string& command,
                                                                   const std::string& purpose) {
  pipeline::SessionOptions options;
  options.gateway = gateway;
  options.list_store = list_store_path(lists_db.empty() ? std::nullopt : std::optional(lists_db), context);
  options.command = command;
  if (!purpose.empty()) options.purpose = purpose;
  auto session = std::make_unique<pipeline::ScreeningSession>(context.config(), checks::check_list(), options);
  // A stale list is used, and said so: once here, and in every screening as not verified.
  const int max_age = context.config().list_max_age_days;
  for (const auto& [list, age] : session->lists().list_ages()) {
    if (age > max_age) {
      context.err() << "bibob: warning: list " << list << " is " << age << " days old (lists.max_age_days " << max_age
                    << "); who was listed since is not found: import a newer version\n";
    }
  }
  return session;
}

}  // namespace bibob::cli
