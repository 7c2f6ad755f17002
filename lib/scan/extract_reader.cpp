#include "scan/extract_reader.hpp"

#include <algorithm>
#include <cctype>

#include <utf8proc.h>

#include "lists/csv_reader.hpp"
#include "util/errors.hpp"
#include "util/identifiers.hpp"
#include "util/input_file.hpp"
#include "util/text.hpp"

namespace bibob::scan {
namespace {

bool valid_utf8(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t codepoint = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
    if (length <= 0 || codepoint == 0) return false;
    i += static_cast<std::size_t>(length);
  }
  return true;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

bool all_digits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

}  // namespace

const std::vector<ExtractColumn>& extract_columns() {
  static const std::vector<ExtractColumn> columns = {
      {"kvk", true, "KvK number, 8 digits"},
      {"name", true, "the establishment's (trade) name"},
      {"legal_form", true, "legal form: eenmanszaak, B.V., V.O.F., ..."},
      {"registered_on", true, "date of registration, YYYY-MM-DD"},
      {"sbi", true, "main SBI activity code, 2 to 5 digits"},
      {"street", true, "street of the establishment's address"},
      {"number", true, "house number, digits"},
      {"postcode", true, "postcode, 1234 AB (or 1234AB)"},
      {"city", true, "place"},
      {"suffix", false, "house number addition (A, bis, 2hg)"},
      {"deregistered_on", false, "date the establishment was deregistered, YYYY-MM-DD; empty while registered"},
      {"officers", false, "officers, ';'-separated, each name|birth date YYYY-MM-DD[|in office since YYYY-MM-DD]"},
  };
  return columns;
}

std::optional<std::string> normalise_postcode(const std::string& text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (compact.size() != 6) return std::nullopt;
  const std::string written = compact.substr(0, 4) + " " + compact.substr(4);
  if (!identifiers::is_valid_postcode(written)) return std::nullopt;
  return written;
}

std::vector<ExtractOfficer> parse_officers(const std::string& text, std::vector<std::string>& problems) {
  std::vector<ExtractOfficer> officers;
  if (trim(text).empty()) return officers;
  const auto entries = split(text, ';');
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string where = "officers, officer " + std::to_string(i + 1) + ": ";
    const auto parts = split(entries[i], '|');
    if (parts.size() < 2 || parts.size() > 3) {
      problems.push_back(where + "expected name|birth date[|since], found " + std::to_string(parts.size()) +
                         (parts.size() == 1 ? " part" : " parts"));
      continue;
    }
    ExtractOfficer officer;
    officer.name = trim(parts[0]);
    if (officer.name.empty()) problems.push_back(where + "the name is empty");
    // Never the birth date itself in a message: officers' personal data stays out of logs.
    if (const auto birth = Date::parse(trim(parts[1]))) {
      officer.birth_date = *birth;
    } else {
      problems.push_back(where + "the birth date is not a date YYYY-MM-DD");
    }
    if (parts.size() == 3 && !trim(parts[2]).empty()) {
      officer.since = Date::parse(trim(parts[2]));
      if (!officer.since) problems.push_back(where + "the date in office since is not a date YYYY-MM-DD");
    }
    officers.push_back(std::move(officer));
  }
  return officers;
}

ExtractReader::ExtractReader(const std::filesystem::path& file)
    : m_label(file.string()), m_in(input_file::open(file, "register extract")) {
  m_reader = std::make_unique<lists::CsvReader>(m_in, m_label, ',', lists::CsvReader::Oversized::report);
  const auto header = m_reader->next();
  if (!header) throw InputError(m_label + ": empty; the first line must name the columns");
  for (std::size_t i = 0; i < header->size(); ++i) {
    const std::string name = trim((*header)[i]);
    if (name.empty()) continue;
    if (!m_columns.emplace(name, i).second) {
      throw InputError(m_label + ":" + std::to_string(m_reader->line()) + ": column " + name + " is named twice");
    }
  }
  m_width = header->size();
  std::vector<std::string> missing;
  std::vector<std::string> all;
  for (const auto& column : extract_columns()) {
    all.push_back(column.name);
    if (column.required && m_columns.count(column.name) == 0) missing.push_back(column.name);
  }
  if (!missing.empty()) {
    std::vector<std::string> found;
    for (const auto& [name, position] : m_columns) found.push_back(name);
    std::string hint;
    if (missing.size() == 1) hint = text::did_you_mean(missing.front(), found);
    throw InputError(m_label + ":" + std::to_string(m_reader->line()) + ": " +
                     (missing.size() == 1 ? "column " : "columns ") + text::join(missing, ", ") + " missing" + hint +
                     "; the header must name " + text::join(all, ",") + " (the last three may be left out)");
  }
}

ExtractReader::~ExtractReader() = default;

std::string ExtractReader::field(const std::vector<std::string>& record, const std::string& column) const {
  const auto it = m_columns.find(column);
  if (it == m_columns.end() || it->second >= record.size()) return {};
  return trim(record[it->second]);
}

std::optional<ExtractLine> ExtractReader::next() {
  const auto record = m_reader->next();
  if (!record) return std::nullopt;
  const std::string where = m_label + ":" + std::to_string(m_reader->line()) + ": ";
  ExtractLine line;
  if (const auto& problem = m_reader->problem()) {
    line.problems.push_back(where + *problem);
    return line;
  }
  if (record->size() != m_width) {
    line.problems.push_back(where + std::to_string(record->size()) + " fields, the header has " +
                            std::to_string(m_width));
    return line;
  }
  for (const auto& value : *record) {
    if (!valid_utf8(value)) {
      line.problems.push_back(where + "not UTF-8 text");
      return line;
    }
  }
  Establishment e;
  e.line = m_reader->line();
  std::vector<std::string> problems;
  e.kvk = field(*record, "kvk");
  if (!identifiers::is_valid_kvk_number(e.kvk))
    problems.push_back("kvk: " + text::quoted(e.kvk) + " is not a KvK number of 8 digits");
  e.name = field(*record, "name");
  if (e.name.empty()) problems.push_back("name: empty");
  e.legal_form = field(*record, "legal_form");
  const std::string registered = field(*record, "registered_on");
  if (const auto date = Date::parse(registered)) {
    e.registered_on = *date;
  } else {
    problems.push_back("registered_on: " + text::quoted(registered) + " is not a date YYYY-MM-DD");
  }
  const std::string deregistered = field(*record, "deregistered_on");
  if (!deregistered.empty()) {
    e.deregistered_on = Date::parse(deregistered);
    if (!e.deregistered_on)
      problems.push_back("deregistered_on: " + text::quoted(deregistered) + " is not a date YYYY-MM-DD");
  }
  e.sbi = field(*record, "sbi");
  if (!identifiers::is_valid_sbi_code(e.sbi))
    problems.push_back("sbi: " + text::quoted(e.sbi) + " is not an SBI code of 2 to 5 digits");
  e.street = field(*record, "street");
  e.number = field(*record, "number");
  if (!all_digits(e.number) || e.number.size() > 5 || e.number[0] == '0') {
    problems.push_back("number: " + text::quoted(e.number) +
                       " is not a house number (digits; the addition goes in suffix)");
  }
  e.suffix = field(*record, "suffix");
  const std::string postcode = field(*record, "postcode");
  if (const auto written = normalise_postcode(postcode)) {
    e.postcode = *written;
  } else {
    problems.push_back("postcode: " + text::quoted(postcode) + " is not a Dutch postcode 1234 AB");
  }
  e.city = field(*record, "city");
  std::vector<std::string> officer_problems;
  e.officers = parse_officers(field(*record, "officers"), officer_problems);
  problems.insert(problems.end(), officer_problems.begin(), officer_problems.end());
  for (const auto& problem : problems) line.problems.push_back(where + problem);
  if (problems.empty()) line.establishment = std::move(e);
  return line;
}

}  // namespace bibob::scan
