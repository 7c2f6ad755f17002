#pragma once

#include <memory>
#include <string>

#include "cli/context.hpp"
#include "pipeline/screening_session.hpp"

namespace bibob::cli {

// The pipeline for `command` ("screen", "advise"), with every check and each source where the
// options, the environment and the configuration put it: --lists-db (empty: BIBOB_LISTS_DB,
// lists.database, the default) and the registry options already resolved.
std::unique_ptr<pipeline::ScreeningSession> open_screening_session(Context& context, const std::string& lists_db,
                                                                   const registries::GatewayOptions& gateway,
                                                                   const std::string& command,
                                                                   const std::string& purpose = "");

}  // namespace bibob::cli
