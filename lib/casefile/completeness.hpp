#pragma once

#include <string>
#include <vector>

#include "casefile/case_file.hpp"
#include "configuration/config.hpp"

namespace bibob {

// An answer or document the decision type requires and the case file does not hold.
struct MissingItem {
  enum class Kind { answer, document };
  Kind kind = Kind::answer;
  std::string path;           // the key path it concerns, e.g. "parties[0].kvk" or "financing.items[1].evidence"
  std::string question;       // as the request for missing information asks for it (Dutch)
  std::string document_type;  // for documents
};

// Compares a case file with what its decision type requires (config: required_items and
// required_documents), in the order the configuration lists them.
std::vector<MissingItem> find_missing_items(const CaseFile& file, const DecisionType& type);

}  // namespace bibob
