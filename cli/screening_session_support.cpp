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
  return std::make_unique<pipeline::ScreeningSession>(context.config(), checks::check_list(), options);
}

}  // namespace bibob::cli
