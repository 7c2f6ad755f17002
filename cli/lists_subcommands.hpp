#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/command.hpp"

// The subcommands of `bibob lists`; each gets the --lists-db value the group parsed.
namespace bibob::cli {

using ListStoreOption = std::optional<std::string>;

std::unique_ptr<Command> make_lists_import_command(const ListStoreOption& store);
std::unique_ptr<Command> make_lists_status_command(const ListStoreOption& store);
std::unique_ptr<Command> make_lists_screen_command(const ListStoreOption& store);
std::unique_ptr<Command> make_lists_review_command(const ListStoreOption& store);

}  // namespace bibob::cli
