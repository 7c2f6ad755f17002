#include <algorithm>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/case_subcommands.hpp"
#include "cli/store_support.hpp"
#include "store/case_bundle_json.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::cli {
namespace {

std::string state_name(store::CaseState state) { return std::string(store::to_string(state)); }

store::CaseBundle read_or_fail(store::CaseStore& register_, const std::string& id, const std::string& what) {
  auto bundle = register_.read_case(id, what);
  if (!bundle) throw InputError("case " + id + " is not in the register; 'bibob case list' lists the cases");
  return std::move(*bundle);
}

std::string describe_deadline(const store::Deadline& deadline, const Date& today) {
  std::string line = deadline.kind + " due " + deadline.due_on.iso();
  if (deadline.latest_on) line += " (extendable to " + deadline.latest_on->iso() + ")";
  if (deadline.met_on) return line + ", ended " + deadline.met_on->iso();
  const long days = today.days_until(deadline.due_on);
  if (days < 0) return line + ", passed " + std::to_string(-days) + " days ago";
  return line + ", in " + std::to_string(days) + " days";
}

class CaseListCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--state", m_state, "Only cases in this state")->check(CLI::IsMember(store::case_state_names()));
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    auto register_ = open_register(context, "case list", m_reason);
    Json cases = Json::array();
    for (const auto& record : register_->list_cases()) {
      if (!m_state.empty() && state_name(record.state) != m_state) continue;
      if (context.json()) {
        cases.push_back({{"id", record.id}, {"state", state_name(record.state)},
                         {"decision_type", record.decision_type}, {"municipality", record.municipality},
                         {"received_on", record.received_on ? Json(record.received_on->iso()) : Json(nullptr)},
                         {"updated_at", record.updated_at}});
      } else {
        context.out() << record.id << "  " << state_name(record.state) << "  " << record.decision_type << "  "
                      << record.municipality
                      << (record.received_on ? "  received " + record.received_on->iso() : std::string()) << '\n';
      }
    }
    if (context.json()) context.out() << Json{{"schema", "bibob-case-list/1"}, {"cases", cases}}.dump() << '\n';
    return ExitCode::ok;
  }

 private:
  std::string m_state;
  std::string m_reason;
};

class CaseShowCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_id, "The case id")->required();
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    auto register_ = open_register(context, "case show", m_reason);
    const auto bundle = read_or_fail(*register_, m_id, "case shown");
    if (context.json()) {
      context.out() << store::bundle_json(bundle).dump() << '\n';
      return ExitCode::ok;
    }
    const auto& h = bundle.header;
    std::ostream& out = context.out();
    out << "Case " << h.id << " (" << h.decision_type << ", " << h.municipality << ")\n";
    out << "  state:      " << state_name(h.state) << '\n';
    if (h.received_on) out << "  received:   " << h.received_on->iso() << '\n';
    out << "  case file:  "
        << (h.case_file.empty() ? std::string("none yet") : "sha256 " + h.case_file_sha256.substr(0, 16)) << '\n';
    out << "  parties:    " << bundle.parties.size() << '\n';
    for (const auto& party : bundle.parties) out << "    " << party.party_id << "  " << party.kind << "  " << party.name << '\n';
    const Date today = Date::today();
    for (const auto& deadline : bundle.deadlines) out << "  term:       " << describe_deadline(deadline, today) << '\n';
    for (const auto& screening : bundle.screenings) {
      out << "  screening:  " << screening.id << " on " << screening.screened_on.iso() << ", proposed "
          << screening.proposed << ", " << screening.findings.size() << " findings, exit " << screening.exit_code
          << '\n';
    }
    for (const auto& decision : bundle.decisions) {
      out << "  decision:   " << decision.kind << " on " << decision.decided_on.iso() << ", danger " << decision.danger
          << (decision.report_to_register ? " (report to the Bibob-register)" : "") << '\n'
          << "              " << decision.grounds << '\n';
    }
    for (const auto& document : bundle.documents) {
      out << "  document:   " << document.template_name << "  " << document.path << "  sha256 "
          << document.sha256.substr(0, 16) << '\n';
    }
    for (const auto& note : bundle.notes) out << "  note:       " << note.written_at << " " << note.author << ": " << note.text << '\n';
    return ExitCode::ok;
  }

 private:
  std::string m_id;
  std::string m_reason;
};

class CaseStatusCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_id, "The case id")->required();
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    auto register_ = open_register(context, "case status", m_reason);
    const auto bundle = read_or_fail(*register_, m_id, "status shown");
    std::vector<std::string> next;
    for (auto state : store::next_states(bundle.header.state)) next.push_back(state_name(state));
    const Date today = Date::today();
    std::vector<std::string> terms;
    for (const auto& deadline : bundle.deadlines) {
      if (!deadline.met_on) terms.push_back(describe_deadline(deadline, today));
    }
    const std::string since = bundle.history.empty() ? std::string() : bundle.history.back().on.iso();
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-case-status/1"}, {"id", m_id},
                            {"state", state_name(bundle.header.state)}, {"since", since},
                            {"may_move_to", next}, {"running_terms", terms},
                            {"decided", !bundle.decisions.empty()}}.dump()
                    << '\n';
      return ExitCode::ok;
    }
    context.out() << m_id << ": " << state_name(bundle.header.state) << (since.empty() ? "" : " since " + since)
                  << "\n  may move to: " << (next.empty() ? std::string("nothing (closed)") : text::join(next, ", "))
                  << '\n';
    for (const auto& term : terms) context.out() << "  term: " << term << '\n';
    return ExitCode::ok;
  }

 private:
  std::string m_id;
  std::string m_reason;
};

class CaseHistoryCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("case", m_id, "The case id")->required();
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    auto register_ = open_register(context, "case history", m_reason);
    const auto bundle = read_or_fail(*register_, m_id, "history shown");
    // (when recorded, what): stable order by the time each was written
    std::vector<std::pair<std::string, std::string>> events;
    for (const auto& step : bundle.history) {
      events.emplace_back(step.at, step.on.iso() + "  " + (step.from.empty() ? "" : step.from + " -> ") + step.to +
                                       (step.note.empty() ? "" : "  (" + step.note + ")"));
    }
    for (const auto& screening : bundle.screenings) {
      events.emplace_back(screening.stored_at, screening.screened_on.iso() + "  screening " +
                                                   std::to_string(screening.id) + ": proposed " + screening.proposed);
    }
    for (const auto& decision : bundle.decisions) {
      events.emplace_back(decision.recorded_at, decision.decided_on.iso() + "  decision " + decision.kind +
                                                    ", danger " + decision.danger);
    }
    for (const auto& note : bundle.notes) {
      events.emplace_back(note.written_at,
                          note.written_at.substr(0, 10) + "  note by " + note.author + ": " + note.text);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    if (context.json()) {
      Json list = Json::array();
      for (const auto& [at, what] : events) list.push_back({{"at", at}, {"event", what}});
      context.out() << Json{{"schema", "bibob-case-history/1"}, {"id", m_id}, {"events", list}}.dump() << '\n';
      return ExitCode::ok;
    }
    for (const auto& event : events) context.out() << event.second << '\n';
    return ExitCode::ok;
  }

 private:
  std::string m_id;
  std::string m_reason;
};

// Exit 1 when a term has passed: someone must act.
class CaseDueCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--within", m_within, "Terms due within this period (14d, 2w), and every passed one");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    const int days = period_days(m_within, "--within");
    auto register_ = open_register(context, "case due", m_reason);
    const Date today = Date::today();
    const Date horizon = today.plus_days(days);
    bool passed = false;
    int shown = 0;
    Json list = Json::array();
    for (const auto& due : register_->open_deadlines()) {
      if (due.deadline.due_on > horizon) continue;
      const long left = today.days_until(due.deadline.due_on);
      passed = passed || left < 0;
      ++shown;
      if (context.json()) {
        list.push_back({{"case", due.case_id}, {"kind", due.deadline.kind}, {"due_on", due.deadline.due_on.iso()},
                        {"latest_on", due.deadline.latest_on ? Json(due.deadline.latest_on->iso()) : Json(nullptr)},
                        {"days_left", left}, {"passed", left < 0}});
      } else {
        context.out() << due.deadline.due_on.iso() << "  " << due.case_id << "  " << due.deadline.kind << "  "
                      << (left < 0 ? "PASSED " + std::to_string(-left) + " days ago"
                                   : "in " + std::to_string(left) + " days")
                      << (due.deadline.latest_on ? ", extendable to " + due.deadline.latest_on->iso() : "") << '\n';
      }
    }
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-case-due/1"}, {"today", today.iso()}, {"within_days", days},
                            {"deadlines", list}}.dump()
                    << '\n';
    } else if (shown == 0 && !context.options().quiet) {
      context.out() << "no terms due within " << days << " days, none passed\n";
    }
    return passed ? ExitCode::attention : ExitCode::ok;
  }

 private:
  std::string m_within = "14d";
  std::string m_reason;
};

}  // namespace

std::unique_ptr<Command> make_case_list_command() { return std::make_unique<CaseListCommand>(); }
std::unique_ptr<Command> make_case_show_command() { return std::make_unique<CaseShowCommand>(); }
std::unique_ptr<Command> make_case_status_command() { return std::make_unique<CaseStatusCommand>(); }
std::unique_ptr<Command> make_case_history_command() { return std::make_unique<CaseHistoryCommand>(); }
std::unique_ptr<Command> make_case_due_command() { return std::make_unique<CaseDueCommand>(); }

}  // namespace bibob::cli
