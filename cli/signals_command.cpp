#include <filesystem>
#include <fstream>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command_group.hpp"
#include "cli/json_output.hpp"
#include "lists/csv_reader.hpp"
#include "cli/gateway_options.hpp"
#include "cli/store_support.hpp"
#include "model/signal.hpp"
#include "signals/subject_linker.hpp"
#include "util/text.hpp"
#include "util/input_file.hpp"

namespace bibob::cli {
namespace {

// The columns of an import file, as an enforcement system exports them.
const std::vector<std::string> k_columns = {"subject_kind", "postcode",    "number",        "kvk",
                                            "name",         "birth_date",  "observed_on",   "category",
                                            "observation",  "reporter_role", "anonymous",   "source_grade",
                                            "information_grade"};

Json signal_json(const Signal& s) {
  return Json{{"id", s.id},
              {"subject", s.subject_text()},
              {"subject_kind", s.subject_kind},
              {"observed_on", s.observed_on.iso()},
              {"category", s.category},
              {"observation", s.observation},
              {"reporter_role", s.reporter_role},
              {"anonymous", s.anonymous},
              {"source_grade", s.source_grade},
              {"information_grade", s.information_grade},
              {"linked_id", s.linked_id},
              {"link_status", s.link_status},
              {"retracted", s.retracted},
              {"retract_reason", s.retract_reason}};
}

// What the subject was linked to, for the listing; empty for a person.
std::string link_text(const Signal& s) {
  const std::string registry = s.subject_kind == "address" ? "BAG" : "KvK";
  if (s.link_status == "declared") return "  (confirmed in the KvK)";
  if (s.link_status == "linked") return "  (" + registry + " " + s.linked_id + ")";
  if (s.link_status == "not_found") return "  (not found in the " + registry + ")";
  if (s.link_status == "ambiguous") return "  (several KvK registrations under this name)";
  if (s.link_status == "not_verified") return "  (" + registry + " not consulted)";
  return "";
}

void print(Context& context, const Signal& s) {
  if (context.json()) {
    context.out() << signal_json(s).dump() << '\n';
    return;
  }
  context.out() << s.id << "  " << s.observed_on.iso() << "  " << s.category << "  " << s.subject_text()
                << link_text(s) << "  [" << s.source_grade << s.information_grade << "]"
                << (s.retracted ? "  RETRACTED: " + s.retract_reason : "") << "\n    " << s.observation << " ("
                << s.reporter_role << ")\n";
}

// Links every subject through the registries (cache, snapshot, --offline as for screening).
// Signals are kept whether or not a registry answered; the exit code says when one did not.
ExitCode link_subjects(Context& context, const GatewayOptions& options, std::vector<Signal>& rows) {
  const registries::RegistryGateway gateway(context.config(), options.resolve());
  const signals::SubjectLinker linker(gateway);
  long not_verified = 0;
  for (auto& signal : rows) {
    linker.link(signal);
    if (signal.link_status == "not_verified") ++not_verified;
  }
  if (not_verified == 0) return ExitCode::ok;
  context.err() << "bibob: warning: " << not_verified
                << (not_verified == 1 ? " subject was" : " subjects were")
                << " not linked: the registry could not be consulted (kept as not_verified)\n";
  return ExitCode::incomplete;
}

class SignalsAdd final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--subject-kind", m_signal.subject_kind, "address, company or person")->required();
    app.add_option("--postcode", m_signal.postcode, "address: postcode 1234 AB");
    app.add_option("--number", m_signal.number, "address: house number");
    app.add_option("--kvk", m_signal.kvk, "company: KvK number");
    app.add_option("--name", m_signal.name, "company or person: name");
    app.add_option("--birth-date", m_birth_date, "person: date of birth YYYY-MM-DD");
    app.add_option("--observed-on", m_observed_on, "when it was observed, YYYY-MM-DD")->required();
    app.add_option("--category", m_signal.category, "a category of the taxonomy (signals.categories)")->required();
    app.add_option("--observation", m_signal.observation, "what was observed")->required();
    app.add_option("--reporter-role", m_signal.reporter_role, "the reporter's role (boa, wijkteam, ...)")->required();
    app.add_flag("--anonymous", m_signal.anonymous, "an anonymous report: only the role is kept");
    app.add_option("--source-grade", m_signal.source_grade, "A, B, C or X")->required();
    app.add_option("--information-grade", m_signal.information_grade, "1, 2, 3 or 4")->required();
    add_reason_option(app, m_reason);
    m_gateway.add_to(app);
  }

  ExitCode run(Context& context) override {
    const auto observed = Date::parse(m_observed_on);
    if (!observed) throw UsageError("--observed-on: \"" + m_observed_on + "\" is not a date YYYY-MM-DD");
    m_signal.observed_on = *observed;
    if (!m_birth_date.empty()) {
      m_signal.birth_date = Date::parse(m_birth_date);
      if (!m_signal.birth_date) throw UsageError("--birth-date: \"" + m_birth_date + "\" is not a date YYYY-MM-DD");
    }
    const auto problems = signal_problems(m_signal, context.config().signal_categories);
    if (!problems.empty()) throw InputError("signal not added: " + text::join(problems, "; "));
    std::vector<Signal> rows = {m_signal};
    const ExitCode linked = link_subjects(context, m_gateway, rows);
    auto register_ = open_signal_register(context, "signals add", m_reason);
    context.out() << register_->add_signals(rows, "signal added").front() << " added" << link_text(rows.front()) << '\n';
    return linked;
  }

 private:
  Signal m_signal;
  std::string m_birth_date;
  std::string m_observed_on;
  std::string m_reason;
  GatewayOptions m_gateway;
};

class SignalsImport final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("file", m_file, "CSV with a header row: " + text::join(k_columns, ","))->required();
    add_reason_option(app, m_reason);
    m_gateway.add_to(app);
  }

  // Every row is checked before anything is stored: a file with one bad row imports nothing.
  ExitCode run(Context& context) override {
    std::ifstream in = input_file::open(m_file, "signals file");
    lists::CsvReader reader(in, m_file, ',', lists::CsvReader::Oversized::report);
    const auto header = reader.next();
    if (!header || *header != k_columns) {
      throw InputError(m_file + ":1: the header must be " + text::join(k_columns, ","));
    }
    std::vector<Signal> rows;
    std::vector<std::string> errors;
    while (auto record = reader.next()) {
      const std::string where = m_file + ":" + std::to_string(reader.line());
      if (reader.problem()) {
        errors.push_back(where + ": " + *reader.problem());
        continue;
      }
      if (record->size() != k_columns.size()) {
        errors.push_back(where + ": " + std::to_string(record->size()) + " columns, expected " +
                         std::to_string(k_columns.size()));
        continue;
      }
      const auto& r = *record;
      Signal signal;
      signal.subject_kind = r[0];
      signal.postcode = r[1];
      signal.number = r[2];
      signal.kvk = r[3];
      signal.name = r[4];
      signal.birth_date = Date::parse(r[5]);
      signal.category = r[7];
      signal.observation = r[8];
      signal.reporter_role = r[9];
      signal.anonymous = r[10] == "true" || r[10] == "ja";
      signal.source_grade = r[11];
      signal.information_grade = r[12];
      std::vector<std::string> problems;
      if (const auto observed = Date::parse(r[6])) {
        signal.observed_on = *observed;
      } else {
        problems.push_back("observed_on " + text::quoted(r[6]) + " is not a date YYYY-MM-DD");
      }
      if (!r[5].empty() && !signal.birth_date) problems.push_back("birth_date " + text::quoted(r[5]) + " is not a date");
      const auto more = signal_problems(signal, context.config().signal_categories);
      problems.insert(problems.end(), more.begin(), more.end());
      for (const auto& problem : problems) errors.push_back(where + ": " + problem);
      rows.push_back(std::move(signal));
    }
    if (!errors.empty()) {
      for (const auto& error : errors) context.out() << error << '\n';
      context.out() << m_file << ": nothing imported, " << errors.size() << (errors.size() == 1 ? " error\n" : " errors\n");
      return ExitCode::invalid_input;
    }
    const ExitCode linked = link_subjects(context, m_gateway, rows);
    auto register_ = open_signal_register(context, "signals import", m_reason);
    const auto ids = register_->add_signals(rows, "signals imported from " + std::filesystem::path(m_file).filename().string());
    context.out() << m_file << ": " << ids.size() << " signals imported\n";
    return linked;
  }

 private:
  std::string m_file;
  std::string m_reason;
  GatewayOptions m_gateway;
};

class SignalsList final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_flag("--all", m_all, "Also the retracted signals");
    add_reason_option(app, m_reason);
  }
  ExitCode run(Context& context) override {
    auto register_ = open_signal_register(context, "signals list", m_reason);
    for (const auto& signal : register_->read_signals(m_all, "listed")) print(context, signal);
    return ExitCode::ok;
  }

 private:
  bool m_all = false;
  std::string m_reason;
};

class SignalsShow final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("id", m_id, "The signal, SIG-N")->required();
    add_reason_option(app, m_reason);
  }
  ExitCode run(Context& context) override {
    const auto signal = open_signal_register(context, "signals show", m_reason)->read_signal(m_id);
    if (!signal) throw InputError("no signal " + m_id);
    print(context, *signal);
    return ExitCode::ok;
  }

 private:
  std::string m_id;
  std::string m_reason;
};

class SignalsRetract final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("id", m_id, "The signal, SIG-N")->required();
    app.add_option("--reason", m_reason, "Why it is retracted (kept with the signal and in the audit trail)")->required();
  }
  ExitCode run(Context& context) override {
    if (!open_signal_register(context, "signals retract", m_reason)->retract_signal(m_id, m_reason)) {
      throw InputError("no signal " + m_id);
    }
    context.out() << m_id << " retracted\n";
    return ExitCode::ok;
  }

 private:
  std::string m_id;
  std::string m_reason;
};

class SignalsCommand final : public CommandGroup {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    add(app, "add", "Record a signal about an address, a company or a person", std::make_unique<SignalsAdd>());
    add(app, "import", "Import signals from CSV (an enforcement system's export); one bad row imports nothing",
        std::make_unique<SignalsImport>());
    add(app, "list", "List the signals", std::make_unique<SignalsList>());
    add(app, "show", "Show one signal", std::make_unique<SignalsShow>());
    add(app, "retract", "Retract a signal (kept, marked, with the reason)", std::make_unique<SignalsRetract>());
  }
};

}  // namespace

std::unique_ptr<Command> make_signals_command() { return std::make_unique<SignalsCommand>(); }

}  // namespace bibob::cli
