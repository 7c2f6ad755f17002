#include "model/signal.hpp"

#include <algorithm>
#include <tuple>

#include "util/deceptive_text.hpp"
#include "util/identifiers.hpp"
#include "util/text.hpp"

namespace bibob {
namespace {

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

std::string Signal::subject_text() const {
  if (subject_kind == "address") return "adres " + postcode + " " + number;
  if (subject_kind == "company") return "onderneming " + name + (kvk.empty() ? "" : " (KvK " + kvk + ")");
  return "persoon " + name + (birth_date ? " (geboren " + birth_date->dutch() + ")" : "");
}

std::vector<std::string> signal_problems(const Signal& signal, const std::vector<std::string>& categories) {
  std::vector<std::string> problems;
  if (!contains(k_subject_kinds, signal.subject_kind)) {
    problems.push_back("subject_kind " + text::quoted(signal.subject_kind) + " is not address, company or person");
  } else if (signal.subject_kind == "address" &&
             (!identifiers::is_valid_postcode(signal.postcode) || signal.number.empty())) {
    problems.push_back("an address needs a postcode of the form 1234 AB and a house number");
  } else if (signal.subject_kind == "company" && signal.kvk.empty() && signal.name.empty()) {
    problems.push_back("a company needs a KvK number or a name");
  } else if (signal.subject_kind == "company" && !signal.kvk.empty() && !identifiers::is_valid_kvk_number(signal.kvk)) {
    problems.push_back(text::quoted(signal.kvk) + " is not a KvK number of 8 digits");
  } else if (signal.subject_kind == "person" && (signal.name.empty() || !signal.birth_date)) {
    problems.push_back("a person needs a name and a date of birth");
  }
  if (!contains(categories, signal.category)) {
    problems.push_back("category " + text::quoted(signal.category) + " is not in the taxonomy (signals.categories)" +
                       text::did_you_mean(signal.category, categories));
  }
  using deceptive_text::LineBreaks;
  const std::tuple<const char*, const std::string*, LineBreaks, bool> texts[] = {
      {"name", &signal.name, LineBreaks::refused, true},
      {"number", &signal.number, LineBreaks::refused, false},
      {"observation", &signal.observation, LineBreaks::allowed, false},
      {"reporter_role", &signal.reporter_role, LineBreaks::refused, false},
  };
  for (const auto& [field, value, line_breaks, is_name] : texts) {
    if (auto refusal = deceptive_text::refusal(*value, line_breaks, is_name)) {
      problems.push_back(std::string(field) + ": " + *refusal);
    }
  }
  if (signal.observation.empty()) problems.push_back("the observation is empty");
  if (signal.reporter_role.empty()) problems.push_back("the reporter's role is missing");
  if (!contains(k_source_grades, signal.source_grade)) problems.push_back("source grade must be A, B, C or X");
  if (!contains(k_information_grades, signal.information_grade)) {
    problems.push_back("information grade must be 1, 2, 3 or 4");
  }
  return problems;
}

}  // namespace bibob
