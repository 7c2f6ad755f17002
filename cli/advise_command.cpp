#include <unistd.h>

#include <fstream>
#include <ostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "casefile/validation.hpp"
#include "cli/command.hpp"
#include "cli/gateway_options.hpp"
#include "cli/screening_output.hpp"
#include "cli/screening_session_support.hpp"
#include "cli/store_support.hpp"
#include "cli/output_paths.hpp"
#include "schemas/screening_json.hpp"
#include "util/clock.hpp"
#include "util/sha256.hpp"
#include "rendering/document_data.hpp"
#include "rendering/renderer.hpp"
#include "util/private_files.hpp"
#include "util/text.hpp"
#include "yamlio/load.hpp"

namespace bibob::cli {
namespace {

std::string os_user() {
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
  return "";
}

class AdviseCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("input", m_input, "A case file (screened first) or a screening (bibob-screening/1 JSON)")->required();
    app.add_option("--template,-t", m_template, "The document: 'bibob templates list' lists them")->required();
    app.add_option("--format", m_format, "md, html, docx or pdf")->check(CLI::IsMember({"md", "html", "docx", "pdf"}));
    app.add_option("--out,-o", m_out, "Write the document to this file (owner-only); md and html may go to stdout");
    app.add_option("--redact-for", m_redact_for, "A version for this party (its id): only its own data");
    app.add_option("--author", m_author, "Who drafts the document (default: the login name)");
    app.add_option("--signer", m_signer, "Who signs a letter, \"Name, function\" (default: municipality.signer)");
    app.add_option("--weighing", m_weighing, "A text file with the weighing of interests and proportionality");
    app.add_option("--lists-db", m_lists_db, "Sanctions list store, when a case file is screened first");
    app.add_flag("--store", m_store, "Record the document (path, template, SHA-256) with its case in the case register");
    add_reason_option(app, m_reason);
    m_gateway.add_to(app);
  }

  ExitCode run(Context& context) override {
    // Only a document for the format option: --format is the global option for data output.
    if (m_format.empty()) m_format = "md";
    const auto format = rendering::parse_format(m_format);
    if ((format == rendering::DocumentFormat::docx || format == rendering::DocumentFormat::pdf) && m_out.empty()) {
      throw UsageError("--format " + m_format + " needs --out FILE");
    }
    if (m_store && m_out.empty()) throw UsageError("--store records a document file: it needs --out FILE");
    const configuration::Config& config = context.config();
    const Date today = Date::today();
    OutputPaths()
        .input(m_input, m_input.ends_with(".json") ? "the screening" : "the case file")
        .input(m_weighing, "the weighing text (--weighing)")
        .databases(context, m_lists_db, m_gateway.resolve().cache_database)
        .output(m_out, "--out")
        .check();
    const ScreeningReport screening = load_screening(context, config, today);

    rendering::DocumentOptions options;
    options.today = today;
    options.author = m_author.empty() ? os_user() : m_author;
    options.redact_for = m_redact_for;
    options.signer = m_signer;
    if (!m_weighing.empty()) options.weighing = yamlio::read_text_file(m_weighing, 1024 * 1024, "weighing text");
    const auto data = rendering::document_data(screening, config, options);

    const rendering::TemplateStore store(config.template_dir.empty() ? std::nullopt
                                                                     : std::optional<std::filesystem::path>(config.template_dir));
    // A letter goes to an address: without one there is nothing to send, and nothing is written.
    if (!data["adres_bekend"].get<bool>() && rendering::writes_an_address(store, m_template)) {
      const std::string addressee = m_redact_for.empty() ? screening.screened_case->applicant : m_redact_for;
      throw InputError(m_input + ": the letter " + m_template + " goes to party \"" + addressee + "\" (" +
                       data["aanvrager"]["naam"].get<std::string>() +
                       "), which has no address in the case file; add "
                       "its address (street, number, postcode, city) and screen again");
    }
    const std::string markdown = rendering::render_markdown(store, m_template, data);
    if (!m_redact_for.empty()) {
      // The last guard: a redacted version that still names anyone else is never written.
      for (const auto& name : rendering::names_to_withhold(screening, m_redact_for)) {
        if (!name.empty() && markdown.find(name) != std::string::npos) {
          throw Error(ExitCode::internal, "the version for " + m_redact_for + " still names another party; not written");
        }
      }
    }
    const std::string case_id = screening.screened_case->id;
    const std::string title = case_id + " " + m_template;
    const std::string document = rendering::convert(markdown, title, store, format, config.reference_docx);
    std::unique_ptr<store::CaseStore> register_;
    if (m_store) {
      register_ = open_register(context, "advise", m_reason);
      if (!register_->current_state(case_id)) {
        throw InputError("case " + case_id + " is not in the case register; register it first with 'bibob case import' "
                         "or 'bibob screen --store'");
      }
    }
    if (m_out.empty()) {
      context.document_out() << document;
    } else {
      private_files::write_atomically(m_out, document);
      context.err() << "bibob: wrote " << m_out << '\n';
      if (register_) {
        // The register keeps which document was made from the case, and the audit trail that it was.
        register_->add_document(case_id, {std::filesystem::absolute(m_out).string(), m_template, sha256_hex(document),
                                          clock::utc_now_iso()});
      }
    }
    // A document on a screening that could not consult every source is incomplete, as the
    // screening was (exit 4); the document lists what was not verified.
    if (screening.exit_code == ExitCode::incomplete) {
      context.err() << "bibob: not every source could be consulted; the document lists what was not verified\n";
      return ExitCode::incomplete;
    }
    return ExitCode::ok;
  }

 private:
  ScreeningReport load_screening(Context& context, const configuration::Config& config, const Date& today) {
    if (m_input.ends_with(".json")) {
      const std::string text = yamlio::read_text_file(m_input, 64 * 1024 * 1024, "screening");
      const schemas::Json screening = schemas::Json::parse(text, nullptr, false);
      if (screening.is_discarded() || !screening.is_object() ||
          screening.value("schema", "") != std::string(k_screening_schema)) {
        throw InputError(m_input + ": not a screening (JSON with schema " + k_screening_schema + ")");
      }
      return schemas::read_screening(screening, m_input);
    }
    const auto session = open_screening_session(context, m_lists_db, m_gateway.resolve(), "advise");
    const auto screening = session->screen(casefile::validate_case_file(m_input, config, today), today);
    if (!screening.validation.valid()) {
      std::ostringstream errors;
      print_screening(screening, errors);
      throw InputError(m_input + ": invalid case file, no document written\n" + errors.str());
    }
    return report_of(screening);
  }

  std::string m_input;
  std::string m_template;
  std::string m_format;
  std::string m_out;
  std::string m_redact_for;
  std::string m_author;
  std::string m_weighing;
  std::string m_signer;
  std::string m_lists_db;
  bool m_store = false;
  std::string m_reason;
  GatewayOptions m_gateway;
};

}  // namespace

std::unique_ptr<Command> make_advise_command() { return std::make_unique<AdviseCommand>(); }

}  // namespace bibob::cli
