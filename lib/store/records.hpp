#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/decided_case.hpp"
#include "store/case_state.hpp"
#include "store/deadlines.hpp"
#include "util/date.hpp"

namespace bibob::store {

inline constexpr const char* k_decision_kinds[] = {"verleend", "verleend_met_voorschriften", "geweigerd", "ingetrokken",
                                                   "buiten_behandeling"};
inline constexpr const char* k_danger_conclusions[] = {"geen", "mindere_mate", "ernstig_gevaar"};

struct CaseRecord {
  std::string id;
  std::string decision_type;
  std::string municipality;
  CaseState state = CaseState::intake;
  std::optional<Date> received_on;
  std::string created_at;  // UTC, ISO 8601
  std::string updated_at;
  std::string case_file;   // the YAML text as received; empty for a case opened with `case new`
  std::string case_file_sha256;
};

struct PartyRecord {
  std::string party_id;
  std::string kind;  // person | organisation
  std::string name;
};

struct StateChange {
  std::string from;  // empty for the first state
  std::string to;
  Date on;
  std::string at;
  std::string note;
};

struct FindingRecord {
  std::string check;
  std::string theme;
  std::string severity;
  std::string status;
  std::string statement;
  std::string sources_json;  // the finding's sources, as in the screening JSON
};

struct ScreeningRecord {
  std::int64_t id = 0;
  Date screened_on;
  std::string proposed;  // the proposed conclusion, never a decision
  int exit_code = 0;
  std::string json;      // the bibob-screening/1 object
  std::string json_sha256;
  std::string stored_at;
  std::vector<FindingRecord> findings;
};

struct DecisionRecord {
  std::string kind;  // one of k_decision_kinds
  Date decided_on;
  std::string grounds;
  std::string danger = "geen";  // one of k_danger_conclusions
  bool report_to_register = false;  // a danger conclusion goes to the Bibob-register
  std::string recorded_at;
};

struct DocumentRecord {
  std::string path;
  std::string template_name;
  std::string sha256;
  std::string created_at;
};

struct NoteRecord {
  std::string author;
  std::string written_at;
  std::string text;
};

// Everything the register holds about one case: what `case show` prints and `case export` writes.
struct CaseBundle {
  CaseRecord header;
  std::vector<PartyRecord> parties;
  std::vector<StateChange> history;
  std::vector<Deadline> deadlines;
  std::vector<ScreeningRecord> screenings;
  std::vector<DecisionRecord> decisions;
  std::vector<DocumentRecord> documents;
  std::vector<NoteRecord> notes;
};

struct DueDeadline {
  std::string case_id;
  Deadline deadline;
};

// What retention removes, per kind of data: everything before its cutoff day.
struct RetentionCutoffs {
  Date cases_decided_before;      // cases whose newest decision lies before it
  Date signals_observed_before;   // signals observed before it
  Date audit_written_before;      // audit records written before it (a prefix of the chain)
};

// What a purge removed (or would remove): kinds and counts, never the data.
struct PurgeCounts {
  long cases = 0;
  long parties = 0;
  long screenings = 0;
  long findings = 0;
  long decisions = 0;
  long documents = 0;
  long notes = 0;
  long deadlines = 0;
  long signals = 0;
  long audit_records = 0;
  std::string describe() const;
};

}  // namespace bibob::store
