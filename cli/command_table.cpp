#include "cli/command.hpp"

namespace bibob::cli {

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      {"validate", "Check case files: structure, identifiers, references, consistency, completeness",
       "bibob validate examples/horeca-clean.yaml", make_validate_command},
      {"config", "Check or show the configuration", "bibob config check my-municipality.yaml", make_config_command},
      {"registry", "List, check and query the registries (KvK, BAG, BRP, BRK, insolvency register)",
       "bibob registry lookup --offline kvk 90002547", make_registry_command},
      {"help", "Show the help of a subcommand", "bibob help validate", make_help_command},
      {"man", "Print the man page (roff)", "bibob man > bibob.1", make_man_command},
      {"completion", "Print a shell completion script", "source <(bibob completion bash)", make_completion_command},
  };
  return table;
}

}  // namespace bibob::cli
