#include "cli/command.hpp"

namespace bibob::cli {

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      {"validate", "Check case files: structure, identifiers, references, consistency, completeness",
       "bibob validate examples/horeca-clean.yaml", make_validate_command},
      {"screen", "Screen a case: registries, lists and checks, weighed into a proposed conclusion",
       "bibob screen --offline examples/horeca-cash-abroad.yaml", make_screen_command},
      {"advise", "Write an advice document (report, advice, letters, LBB form) from a case or a screening",
       "bibob advise --offline examples/horeca-cash-abroad.yaml -t rapportage-eigen-onderzoek --format pdf -o r.pdf",
       make_advise_command},
      {"questionnaire", "Write the Bibob questionnaire to send an applicant, with what the decision type requires",
       "bibob questionnaire exploitatievergunning_horeca --format pdf -o vragenformulier.pdf",
       make_questionnaire_command},
      {"signals", "The signals register (zachte informatie): add, import, list, show, retract",
       "bibob signals import handhaving-export.csv", make_signals_command},
      {"scan", "Area scan: indicators per establishment of a register extract, ranked, with an HTML report",
       "bibob scan examples/establishments.csv --area 1500-1509 --out-html scan.html", make_scan_command},
      {"templates", "List, explain and check the document templates", "bibob templates check my-templates/",
       make_templates_command},
      {"checks", "List the integrity checks, or explain one", "bibob checks explain young_company",
       make_checks_command},
      {"assessment", "How the proposed conclusion is reasoned per legal ground", "bibob assessment explain b",
       make_assessment_command},
      {"config", "Check or show the configuration", "bibob config check my-municipality.yaml", make_config_command},
      {"registry", "List, check and query the registries (KvK, BAG, BRP, BRK, insolvency register)",
       "bibob registry lookup --offline kvk 90002547", make_registry_command},
      {"lists", "Sanctions and terrorism lists: import, status, screen, review",
       "bibob lists screen \"Jan de Vries\" --kind person --birth-date 1970-01-01", make_lists_command},
      {"names", "Compare two names as screening does, with the explanation",
       "bibob names compare \"J.P. van der Berg\" \"Johannes Petrus van den Berg\"", make_names_command},
      {"case", "The case register: cases, their state and terms, decisions, export and import",
       "bibob case set BIB-2026-0042 --state lbb_advies --reason \"advies LBB gevraagd\"", make_case_command},
      {"audit", "The audit trail of every read and change of case data: show, verify, anchor",
       "bibob audit verify --anchor /mnt/worm/bibob-anchor.json", make_audit_command},
      {"purge", "Remove cases whose retention period has passed (one audit record of what kind and how much)",
       "bibob purge --dry-run", make_purge_command},
      {"help", "Show the help of a subcommand", "bibob help validate", make_help_command},
      {"man", "Print the man page (roff)", "bibob man > bibob.1", make_man_command},
      {"completion", "Print a shell completion script", "source <(bibob completion bash)", make_completion_command},
  };
  return table;
}

}  // namespace bibob::cli
