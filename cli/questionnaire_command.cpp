#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/output_paths.hpp"
#include "rendering/questionnaire_data.hpp"
#include "rendering/renderer.hpp"
#include "rendering/template_store.hpp"
#include "util/errors.hpp"
#include "util/private_files.hpp"

namespace bibob::cli {
namespace {

// `bibob questionnaire TYPE`: the Bibob questionnaire to send an applicant, with the questions
// and documents the municipality's configuration requires for that decision type.
class QuestionnaireCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("decision_type", m_decision_type, "The decision type, as in the configuration")->required();
    app.add_option("--format", m_format, "md, html, docx or pdf")->check(CLI::IsMember({"md", "html", "docx", "pdf"}));
    app.add_option("--out,-o", m_out, "Write it to this file; md and html may go to standard output");
  }

  ExitCode run(Context& context) override {
    if (m_format.empty()) m_format = "md";
    const auto format = rendering::parse_format(m_format);
    if ((format == rendering::DocumentFormat::docx || format == rendering::DocumentFormat::pdf) && m_out.empty()) {
      throw UsageError("--format " + m_format + " needs --out FILE");
    }
    OutputPaths().output(m_out, "--out").check();
    const configuration::Config& config = context.config();
    const auto data = rendering::questionnaire_data(config, m_decision_type, Date::today());
    const rendering::TemplateStore store(config.template_dir.empty()
                                             ? std::nullopt
                                             : std::optional<std::filesystem::path>(config.template_dir));
    const std::string markdown = rendering::render_markdown(store, "vragenformulier", data);
    const std::string document =
        rendering::convert(markdown, "Bibob-vragenformulier " + m_decision_type, store, format, config.reference_docx);
    if (m_out.empty()) {
      context.document_out() << document;
    } else {
      private_files::write_atomically(m_out, document);
      context.err() << "bibob: wrote " << m_out << '\n';
    }
    return ExitCode::ok;
  }

 private:
  std::string m_decision_type, m_format, m_out;
};

}  // namespace

std::unique_ptr<Command> make_questionnaire_command() { return std::make_unique<QuestionnaireCommand>(); }

}  // namespace bibob::cli
