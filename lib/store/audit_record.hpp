#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bibob::store {

// One record of the audit log. Each carries the SHA-256 of the canonical form of the record
// before it, so that a record edited, deleted, inserted or moved breaks the chain.
struct AuditRecord {
  std::int64_t seq = 0;   // 1, 2, 3, ... without gaps
  std::string at;         // UTC, ISO 8601
  std::string os_user;
  std::string command;    // "case show", "purge", ...
  std::string case_id;    // empty when the action is not about one case
  std::string action;     // read | write | export | generate | purge | import
  std::string what;       // what was read or changed; never personal data
  std::string reason;     // why, where the officer gave --reason
  std::string prev_hash;  // hash of the record before; k_genesis_hash for the first
  std::string hash;       // hash of this record's canonical form
};

// Who is acting, stamped on every audit record a store writes.
struct AuditActor {
  std::string os_user;
  std::string command;
  std::string reason;
};

inline constexpr const char* k_genesis_hash = "0000000000000000000000000000000000000000000000000000000000000000";

// The canonical form the hash covers: every field but the hash, as a JSON array.
std::string canonical_form(const AuditRecord& record);
std::string record_hash(const AuditRecord& record);

// Where the kept chain begins once retention has removed its oldest records: the last
// removed record's number and hash. The purge that moved it says so in its own record.
struct AuditBase {
  std::int64_t seq = 0;
  std::string hash;
};

// The words a purge's audit record uses for the base it set; verify looks for them.
std::string audit_base_statement(const AuditBase& base);

struct ChainCheck {
  bool intact = true;
  std::int64_t records = 0;
  std::optional<std::int64_t> first_bad;  // the seq (or position) of the first record that fails
  std::string problem;
};

// Checks records in stored order: numbering, each link to the record before, each hash;
// with a base, that the chain continues from it and that a kept purge record set it.
ChainCheck verify_chain(const std::vector<AuditRecord>& records, const std::optional<AuditBase>& base = std::nullopt);

// The user the process runs as, from the password database (else $USER).
std::string current_os_user();

}  // namespace bibob::store
