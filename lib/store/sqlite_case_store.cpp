// Opening the register: the file, its pragmas, the migrations, and the attestation of what an
// older register holds. The store's work is in sqlite_cases, sqlite_screenings, sqlite_signals,
// sqlite_retention and sqlite_audit (.cpp).
#include "store/sqlite_case_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/sqlite_errors.hpp"
#include "store/sqlite_schema.hpp"
#include "util/private_files.hpp"

namespace bibob::store {
namespace {

// The schema from which every case and screening is covered by name in the audit trail.
constexpr int k_coverage_schema = 4;

// Both interfaces open the same file the same way.
std::unique_ptr<SqliteCaseStore> open_sqlite_register(const configuration::Config& config, const AuditActor& actor) {
  return std::make_unique<SqliteCaseStore>(register_path(config), actor,
                                           std::chrono::seconds(config.busy_timeout_seconds));
}

}  // namespace

SqliteCaseStore::SqliteCaseStore(const std::filesystem::path& database, AuditActor actor,
                                 std::chrono::milliseconds busy_timeout)
    : m_path(database), m_actor(std::move(actor)) {
  guarded(m_path, [&] {
    m_database = sqlite_database::open(database, busy_timeout);
    m_database->exec("PRAGMA synchronous=FULL");
    const int before = m_database->execAndGet("PRAGMA user_version").getInt();
    migrate(*m_database, database.string());
    if (before > 0 && before < k_coverage_schema) attest_existing();
  });
}

// A register from before the coverage marks: what it holds is attested as it stands, in one
// record, so that from now on anything added outside bibob shows.
void SqliteCaseStore::attest_existing() {
  SQLite::Transaction transaction(*m_database, SQLite::TransactionBehavior::IMMEDIATE);
  std::vector<std::string> cases;
  SQLite::Statement case_ids(*m_database, "SELECT id FROM cases ORDER BY id");
  while (case_ids.executeStep()) cases.push_back(case_ids.getColumn(0).getString());
  std::vector<CoveredScreening> screenings;
  SQLite::Statement screening_rows(*m_database, "SELECT id, json_sha256 FROM screenings ORDER BY id");
  while (screening_rows.executeStep()) {
    screenings.push_back({screening_rows.getColumn(0).getInt64(), screening_rows.getColumn(1).getString()});
  }
  append("", "write",
         "audit coverage begins: " + std::to_string(cases.size()) + " cases and " + std::to_string(screenings.size()) +
             " screenings registered before are attested as they stand",
         coverage_marks(cases, screenings));
  transaction.commit();
}

SqliteCaseStore::~SqliteCaseStore() = default;

int SqliteCaseStore::schema_version() const { return m_database->execAndGet("PRAGMA user_version").getInt(); }

std::filesystem::path register_path(const configuration::Config& config) {
  if (!config.database.empty()) return config.database;
  return private_files::data_home() / "bibob.db";
}

std::unique_ptr<CaseStore> open_case_store(const configuration::Config& config, const AuditActor& actor) {
  return open_sqlite_register(config, actor);
}

std::unique_ptr<SignalStore> open_signal_store(const configuration::Config& config, const AuditActor& actor) {
  return open_sqlite_register(config, actor);
}

}  // namespace bibob::store
