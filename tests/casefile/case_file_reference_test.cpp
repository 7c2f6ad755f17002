// docs/case-file.md is the reference of the case file: every key the parser accepts and every
// value of its closed sets is named there, so that the page cannot fall behind the code.
#include <regex>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "model/vocabulary.hpp"
#include "support/run_bibob.hpp"

using namespace bibob;
using namespace bibob::testing;

namespace {

// The keys of every allow_only({...}) list and key table in the parser's source.
std::set<std::string> parser_keys() {
  const std::string source = file_text(source_path("lib/casefile/parser.cpp"));
  std::set<std::string> keys;
  const std::regex list(R"((allow_only\(\{|_keys = \{)([^}]*)\})");
  const std::regex quoted("\"([a-z_0-9]+)\"");
  for (auto it = std::sregex_iterator(source.begin(), source.end(), list); it != std::sregex_iterator(); ++it) {
    const std::string inside = (*it)[2];
    for (auto key = std::sregex_iterator(inside.begin(), inside.end(), quoted); key != std::sregex_iterator(); ++key) {
      keys.insert((*key)[1]);
    }
  }
  return keys;
}

}  // namespace

TEST_CASE("docs/case-file.md names every key the case-file parser accepts", "[casefile][docs]") {
  const std::string reference = file_text(source_path("docs/case-file.md"));
  const auto keys = parser_keys();
  CHECK(keys.size() > 60);  // the parser's lists were found
  for (const auto& key : keys) {
    INFO("key " << key);
    CHECK(reference.find("`" + key + "`") != std::string::npos);
  }
}

TEST_CASE("docs/case-file.md names every value of the case file's closed sets", "[casefile][docs]") {
  const std::string reference = file_text(source_path("docs/case-file.md"));
  for (const auto* values :
       {&vocabulary::k_authorities, &vocabulary::k_trajectories, &vocabulary::k_triggers, &vocabulary::k_party_kinds,
        &vocabulary::k_legal_forms, &vocabulary::k_relation_types, &vocabulary::k_financing_kinds,
        &vocabulary::k_payment_channels, &vocabulary::k_use_titles, &vocabulary::k_antecedent_types,
        &vocabulary::k_offence_kinds, &vocabulary::k_disposals, &vocabulary::k_insolvency_kinds,
        &vocabulary::k_requesters, &vocabulary::k_request_answers}) {
    for (const auto& value : *values) {
      INFO("value " << value);
      CHECK(reference.find("`" + value + "`") != std::string::npos);
    }
  }
}
