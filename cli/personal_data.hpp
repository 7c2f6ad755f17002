#pragma once

#include <string>

namespace bibob::cli {

// Personal data out of a line meant for a log: runs of nine digits (BSN, RSIN) become
// "*********", and the names after "surname=", "prefix=", "name=" or in a BRP name search
// become "[naam]". What stays says which registry was asked what kind of question.
std::string redact_personal_data(const std::string& line);

}  // namespace bibob::cli
