#include <algorithm>
#include <ostream>

#include <CLI/CLI.hpp>

#include "casefile/validation.hpp"
#include "cli/command.hpp"
#include "cli/json_output.hpp"
#include "schemas/validation_json.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

void print_text(const Validation& validation, bool quiet, std::ostream& out) {
  std::size_t invalid = 0;
  for (const auto& d : validation.diagnostics) invalid += d.severity == DiagnosticLevel::invalid ? 1 : 0;
  if (!validation.valid()) {
    for (const auto& d : validation.diagnostics) {
      if (d.severity == DiagnosticLevel::invalid) out << format_diagnostic(d) << '\n';
    }
    out << validation.file << ": invalid, " << invalid << (invalid == 1 ? " error" : " errors")
        << "; nothing was screened\n";
    return;
  }
  const CaseFile& file = *validation.case_file;
  const std::size_t attention = validation.diagnostics.size();
  if (!quiet) {
    const schemas::CaseSummary summary = schemas::summarise(file);
    const Party* applicant = file.applicant_party();
    out << validation.file << ": valid case " << file.header.id << " (" << file.header.decision_type << ", "
        << file.header.municipality << ")\n";
    if (applicant != nullptr) {
      out << "  applicant:  " << applicant->display_name();
      if (!applicant->kvk.empty()) out << ", KvK " << applicant->kvk;
      out << '\n';
    }
    out << "  parties:    " << file.parties.size() << " (" << summary.persons << (summary.persons == 1 ? " person, " : " persons, ")
        << summary.organisations << (summary.organisations == 1 ? " organisation), " : " organisations), ") << file.relations.size() << " relations\n";
    out << "  financing:  " << file.financing.items.size() << " items, " << text::euros(summary.financing_sum);
    if (file.financing.total_investment_eur) {
      out << " of a declared " << text::euros(*file.financing.total_investment_eur);
    }
    out << "\n  documents:  " << file.documents.size() << '\n';
  }
  if (attention == 0) {
    if (!quiet) out << "  nothing needs attention\n";
    return;
  }
  if (!quiet) out << "  needs attention (" << attention << "):\n";
  for (const auto& d : validation.diagnostics) out << (quiet ? "" : "    ") << format_diagnostic(d) << '\n';
}

// A file that cannot be read at all is reported like any other invalid file, so that the
// other files of the same call are still validated.
Validation validate_or_report(const std::string& file, const configuration::Config& config, const Date& today) {
  try {
    return casefile::validate_case_file(file, config, today);
  } catch (const InputError& e) {
    Validation validation;
    validation.file = file;
    std::string message = e.what();
    if (message.starts_with(file + ": ")) message.erase(0, file.size() + 2);
    validation.diagnostics.push_back({DiagnosticLevel::invalid, {file, 0, 0}, "", message, "unreadable"});
    return validation;
  }
}

class ValidateCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("files", m_files, "Case files (YAML, schema bibob-case/1)")->required();
  }

  ExitCode run(Context& context) override {
    const configuration::Config& config = context.config();
    const Date today = Date::today();
    ExitCode worst = ExitCode::ok;
    for (const auto& file : m_files) {
      const Validation validation = validate_or_report(file, config, today);
      if (context.json()) {
        context.out() << schemas::validation_json(validation).dump() << '\n';
      } else {
        print_text(validation, context.options().quiet, context.out());
      }
      worst = std::max(worst, validation.exit_code());
    }
    return worst;
  }

 private:
  std::vector<std::string> m_files;
};

}  // namespace

std::unique_ptr<Command> make_validate_command() { return std::make_unique<ValidateCommand>(); }

}  // namespace bibob::cli
