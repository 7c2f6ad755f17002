#pragma once

#include <string>
#include <vector>

#include "matching/corroboration.hpp"

namespace bibob::matching {

// What is known of a name to screen, from text: kind "person" or "organisation", a date of
// birth YYYY, YYYY-MM or YYYY-MM-DD, ISO 3166 country codes (or names). A value that is none
// of these is a UsageError (a command-line option), or an InputError naming `where` (a file
// and line) when `where` is given; empty values say nothing.
QueryFacts query_facts(const std::string& kind, const std::string& birth_date, const std::vector<std::string>& countries,
                       const std::string& where = "");

}  // namespace bibob::matching
