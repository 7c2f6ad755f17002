#pragma once

#include <memory>

#include "cli/command.hpp"

// The subcommands of `bibob case`, one factory each; case_command.cpp lists them.
namespace bibob::cli {

std::unique_ptr<Command> make_case_init_command();
std::unique_ptr<Command> make_case_new_command();
std::unique_ptr<Command> make_case_import_command();
std::unique_ptr<Command> make_case_list_command();
std::unique_ptr<Command> make_case_show_command();
std::unique_ptr<Command> make_case_status_command();
std::unique_ptr<Command> make_case_history_command();
std::unique_ptr<Command> make_case_set_command();
std::unique_ptr<Command> make_case_due_command();
std::unique_ptr<Command> make_case_export_command();

}  // namespace bibob::cli
