#include <filesystem>
#include <fstream>
#include <ostream>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/command_group.hpp"
#include "cli/store_support.hpp"
#include "store/case_bundle_json.hpp"
#include "store/case_store.hpp"
#include "util/clock.hpp"
#include "util/errors.hpp"
#include "util/private_files.hpp"
#include "util/input_file.hpp"

namespace bibob::cli {
namespace {

constexpr const char* k_anchor_schema = "bibob-audit-anchor/1";

class AuditShowCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--case", m_case, "Only the records of this case");
    add_reason_option(app, m_reason);
  }

  ExitCode run(Context& context) override {
    auto register_ = open_register(context, "audit show", m_reason);
    const auto records = register_->audit_records(m_case.empty() ? std::nullopt : std::optional(m_case));
    // Reading the trail of a case is itself a read of case data.
    register_->append_audit(m_case, "read", "audit trail shown (" + std::to_string(records.size()) + " records)");
    for (const auto& record : records) {
      if (context.json()) {
        context.out() << store::audit_json(record).dump() << '\n';
        continue;
      }
      context.out() << record.seq << "  " << record.at << "  " << record.os_user << "  " << record.command << "  "
                    << (record.case_id.empty() ? "-" : record.case_id) << "  " << record.action << "  " << record.what
                    << (record.reason.empty() ? "" : "  (reason: " + record.reason + ")") << '\n';
    }
    return ExitCode::ok;
  }

 private:
  std::string m_case, m_reason;
};

// Exit 0 when the chain is intact (and holds the anchored record), 1 when it is broken.
class AuditVerifyCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--anchor", m_anchor, "Also check the chain head written earlier by 'bibob audit anchor'");
  }

  ExitCode run(Context& context) override {
    // Opening a register that is not there would make an empty one and call it intact.
    const auto path = store::register_path(context.config());
    if (!std::filesystem::exists(path)) {
      throw InputError(path.string() + ": no case register here; nothing to verify (store.database or BIBOB_DB names it)");
    }
    auto register_ = open_register(context, "audit verify", "");
    const auto records = register_->audit_records(std::nullopt);
    const auto base = register_->audit_base();
    auto check = store::verify_chain(records, base);
    if (check.intact && !m_anchor.empty()) check_anchor(records, base, check);
    // The chain may be whole and still not cover what the register holds.
    const auto uncovered = register_->integrity_problems();
    std::size_t first_also = 0;  // the uncovered not already named as the problem
    if (check.intact && !uncovered.empty()) {
      check.intact = false;
      check.problem = uncovered.front();
      first_also = 1;
    }
    if (context.json()) {
      context.out() << Json{{"schema", "bibob-audit-verify/1"}, {"intact", check.intact}, {"records", check.records},
                            {"first_bad", check.first_bad ? Json(*check.first_bad) : Json(nullptr)},
                            {"continues_after", base ? Json(base->seq) : Json(nullptr)},
                            {"problem", check.problem}, {"uncovered", uncovered}}.dump()
                    << '\n';
    } else if (check.intact) {
      context.out() << "audit trail intact: " << check.records << " records"
                    << (base ? " (continuing after record " + std::to_string(base->seq) + ", removed by retention)" : "")
                    << (m_anchor.empty() ? "" : ", anchor " + m_anchor + " matches")
                    << "; every case and screening is covered\n";
    } else {
      context.out() << "audit trail BROKEN at " << check.problem << '\n';
      for (std::size_t i = first_also; i < uncovered.size(); ++i) context.out() << "  also: " << uncovered[i] << '\n';
    }
    return check.intact ? ExitCode::ok : ExitCode::attention;
  }

 private:
  void check_anchor(const std::vector<store::AuditRecord>& records, const std::optional<store::AuditBase>& base,
                    store::ChainCheck& check) const {
    nlohmann::json anchor;
    try {
      anchor = nlohmann::json::parse(input_file::read(m_anchor, 1024 * 1024, "anchor file"));
    } catch (const nlohmann::json::exception& e) {
      throw InputError(m_anchor + ": not an anchor file: " + e.what());
    }
    if (anchor.value("schema", "") != k_anchor_schema) throw InputError(m_anchor + ": schema is not " + std::string(k_anchor_schema));
    const auto seq = anchor.value("seq", std::int64_t{0});
    const std::string hash = anchor.value("hash", "");
    if (base && seq <= base->seq) {
      if (seq == base->seq && hash == base->hash) return;
      throw InputError(m_anchor + ": anchors record " + std::to_string(seq) + ", which retention has removed (the chain " +
                       "now continues after record " + std::to_string(base->seq) + "); write a new anchor");
    }
    for (const auto& record : records) {
      if (record.seq == seq) {
        if (record.hash == hash) return;
        check.intact = false;
        check.first_bad = seq;
        check.problem = "record " + std::to_string(seq) + ": its hash differs from the anchor in " + m_anchor;
        return;
      }
    }
    check.intact = false;
    check.first_bad = seq;
    check.problem = "record " + std::to_string(seq) + ": anchored in " + m_anchor +
                    " but no longer in the log (records were removed from the end)";
  }

  std::string m_anchor;
};

class AuditAnchorCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("file", m_file, "The file to write the chain head to, outside the database")->required();
  }

  ExitCode run(Context& context) override {
    auto register_ = open_register(context, "audit anchor", "");
    const auto records = register_->audit_records(std::nullopt);
    if (records.empty()) throw InputError("the audit trail is empty: nothing to anchor");
    const auto& head = records.back();
    const Json anchor = {{"schema", k_anchor_schema}, {"database", register_->location()}, {"seq", head.seq},
                         {"hash", head.hash}, {"written_at", clock::utc_now_iso()}};
    private_files::write_atomically(m_file, anchor.dump(2) + "\n");
    if (!context.options().quiet) context.out() << "anchored record " << head.seq << " (" << head.hash << ") in " << m_file << '\n';
    return ExitCode::ok;
  }

 private:
  std::string m_file;
};

class AuditCommand final : public CommandGroup {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    add(app, "show", "Show the audit trail, of every case or one (--case ID)", std::make_unique<AuditShowCommand>());
    add(app, "verify", "Check the hash chain; name the first record edited, deleted, inserted or moved",
        std::make_unique<AuditVerifyCommand>());
    add(app, "anchor", "Write the chain head to a file outside the database, for verify --anchor",
        std::make_unique<AuditAnchorCommand>());
  }
};

}  // namespace

std::unique_ptr<Command> make_audit_command() { return std::make_unique<AuditCommand>(); }

}  // namespace bibob::cli
