#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "screening/list_screening.hpp"

namespace bibob::cli {

// The imported sanctions and terrorism lists, loaded once, screening a case's parties with
// the reviewer decisions applied. Read-only after loading: safe from several threads.
std::unique_ptr<screening::PartyListScreener> open_list_screener(const std::optional<std::string>& store_option,
                                                                 Context& context);

}  // namespace bibob::cli
