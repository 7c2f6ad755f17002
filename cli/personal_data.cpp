#include "cli/personal_data.hpp"

#include <cctype>

namespace bibob::cli {
namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string without_bsn(const std::string& line) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t run = 0;
    while (i + run < line.size() && digit(line[i + run])) ++run;
    if (run == 9 && (i == 0 || !digit(line[i - 1]))) {
      out += "*********";
    } else {
      out += line.substr(i, run == 0 ? 1 : run);
    }
    i += run == 0 ? 1 : run;
  }
  return out;
}

}  // namespace

std::string redact_personal_data(const std::string& line) {
  std::string out = without_bsn(line);
  for (const char* key : {"surname=", "prefix=", "name="}) {
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + 1)) {
      const std::size_t start = at + std::char_traits<char>::length(key);
      std::size_t end = out.find(" dateOfBirth=", start);
      for (const char* next : {" surname=", " prefix=", " commercialRegisterID="}) {
        const std::size_t other = out.find(next, start);
        if (other != std::string::npos && (end == std::string::npos || other < end)) end = other;
      }
      out.replace(start, (end == std::string::npos ? out.size() : end) - start, "[naam]");
    }
  }
  const std::string search = "ZoekMetGeslachtsnaamEnGeboortedatum ";
  if (const auto at = out.find(search); at != std::string::npos) {
    const std::size_t start = at + search.size();
    const std::size_t date = out.find_last_of(' ');
    out.replace(start, (date > start ? date : out.size()) - start, "[naam]");
  }
  return out;
}

}  // namespace bibob::cli
