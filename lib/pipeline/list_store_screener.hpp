#pragma once

#include <memory>
#include <string>

#include "configuration/config.hpp"
#include "screening/list_screening.hpp"

namespace bibob::pipeline {

// The sanctions and terrorism lists imported into the list store at `path`, loaded once,
// screening a case's parties with the reviewer decisions applied; no lists when nothing was
// imported there yet. Read-only after loading: safe from several threads.
std::unique_ptr<screening::PartyListScreener> open_list_screener(const std::string& path, const configuration::Config& config);

}  // namespace bibob::pipeline
