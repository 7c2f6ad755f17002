#include "lists/csv_reader.hpp"

#include "util/errors.hpp"

namespace bibob::lists {

CsvReader::CsvReader(std::istream& in, std::string file, char delimiter, Oversized oversized)
    : m_in(in), m_file(std::move(file)), m_delimiter(delimiter), m_oversized(oversized) {}

std::optional<std::vector<std::string>> CsvReader::next() {
  if (!m_started) {
    m_started = true;
    if (m_in.peek() == 0xEF) {
      char bom[3];
      m_in.read(bom, 3);
      if (!(bom[0] == '\xEF' && bom[1] == '\xBB' && bom[2] == '\xBF')) {
        m_in.clear();
        m_in.seekg(0);
      }
    }
  }
  int c = m_in.get();
  // Blank lines between records are skipped.
  while (c == '\n' || c == '\r') {
    if (c == '\n') ++m_line;
    c = m_in.get();
  }
  if (c == std::char_traits<char>::eof()) return std::nullopt;
  m_record_line = m_line;
  m_problem.reset();
  std::vector<std::string> fields(1);
  // Past a limit the rest of the record is read but not kept.
  auto append = [&](char ch) {
    if (fields.back().size() < k_max_field_bytes) {
      fields.back() += ch;
    } else if (!m_problem) {
      m_problem = "field " + std::to_string(fields.size()) + " is longer than " +
                  std::to_string(k_max_field_bytes / 1024) + " KiB";
    }
  };
  bool quoted = false;
  bool field_was_quoted = false;
  while (c != std::char_traits<char>::eof()) {
    const char ch = static_cast<char>(c);
    if (quoted) {
      if (ch == '"') {
        if (m_in.peek() == '"') {
          append('"');
          m_in.get();
        } else {
          quoted = false;
        }
      } else {
        if (ch == '\n') ++m_line;
        append(ch);
      }
    } else if (ch == '"' && (fields.back().empty() || field_was_quoted)) {
      quoted = true;
      field_was_quoted = true;
    } else if (ch == m_delimiter) {
      if (fields.size() < k_max_fields) {
        fields.emplace_back();
      } else if (!m_problem) {
        m_problem = "more than " + std::to_string(k_max_fields) + " fields";
      }
      field_was_quoted = false;
    } else if (ch == '\n') {
      ++m_line;
      break;
    } else if (ch != '\r') {
      append(ch);
    }
    c = m_in.get();
  }
  if (quoted) {
    throw InputError(m_file + ":" + std::to_string(m_record_line) + ": a quoted field is never closed");
  }
  if (m_problem && m_oversized == Oversized::refuse) {
    throw InputError(m_file + ":" + std::to_string(m_record_line) + ": " + *m_problem);
  }
  return fields;
}

}  // namespace bibob::lists
