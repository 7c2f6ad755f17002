#include "store/audit_record.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "util/sha256.hpp"

namespace bibob::store {

std::string canonical_form(const AuditRecord& record) {
  const nlohmann::json fields = nlohmann::json::array({record.seq, record.at, record.os_user, record.command,
                                                       record.case_id, record.action, record.what, record.reason,
                                                       record.prev_hash});
  return fields.dump();
}

std::string record_hash(const AuditRecord& record) { return sha256_hex(canonical_form(record)); }

std::string audit_base_statement(const AuditBase& base) {
  return "audit records up to " + std::to_string(base.seq) + " removed, the chain continues from " + base.hash;
}

ChainCheck verify_chain(const std::vector<AuditRecord>& records, const std::optional<AuditBase>& base) {
  ChainCheck check;
  check.records = static_cast<std::int64_t>(records.size());
  std::string previous = base ? base->hash : k_genesis_hash;
  std::int64_t expected = base ? base->seq + 1 : 1;
  for (const auto& record : records) {
    const std::string at = "record " + std::to_string(record.seq);
    if (record_hash(record) != record.hash) {
      check.problem = at + ": its content does not match its hash (edited, or moved from elsewhere in the log)";
    } else if (record.seq != expected) {
      check.problem = at + ": expected record " + std::to_string(expected) + " here (a record was " +
                      (record.seq > expected ? "deleted" : "inserted") + ")";
    } else if (record.prev_hash != previous) {
      check.problem = at + ": does not follow on the record before it (a record was deleted, inserted or reordered)";
    }
    if (!check.problem.empty()) {
      check.intact = false;
      check.first_bad = record.seq;
      return check;
    }
    previous = record.hash;
    ++expected;
  }
  // A base nobody recorded setting means the oldest records were cut away by hand.
  if (base && std::none_of(records.begin(), records.end(), [&](const AuditRecord& record) {
        return record.action == "purge" && record.what.find(audit_base_statement(*base)) != std::string::npos;
      })) {
    check.intact = false;
    check.first_bad = base->seq;
    check.problem = "the chain starts after record " + std::to_string(base->seq) +
                    ", but no kept purge record says that retention removed the records before it";
  }
  return check;
}

std::string current_os_user() {
  if (const passwd* entry = getpwuid(geteuid()); entry != nullptr && entry->pw_name != nullptr) return entry->pw_name;
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
  return "uid " + std::to_string(geteuid());
}

}  // namespace bibob::store
