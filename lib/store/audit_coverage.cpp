#include "store/audit_coverage.hpp"

#include <charconv>

namespace bibob::store {
namespace {

constexpr std::string_view k_open = "[covers ";

// A case id as it stands in a mark: "]" and "%" written as %5D and %25, so that any id reads back.
std::string escaped(std::string_view id) {
  std::string out;
  for (const char c : id) {
    if (c == '%') {
      out += "%25";
    } else if (c == ']') {
      out += "%5D";
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescaped(std::string_view id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id.substr(i, 3) == "%25") {
      out += '%';
      i += 2;
    } else if (id.substr(i, 3) == "%5D") {
      out += ']';
      i += 2;
    } else {
      out += id[i];
    }
  }
  return out;
}

}  // namespace

std::string coverage_marks(const std::vector<std::string>& case_ids, const std::vector<CoveredScreening>& screenings) {
  std::string out;
  for (const auto& id : case_ids) out += " [covers case " + escaped(id) + "]";
  for (const auto& screening : screenings) {
    out += " [covers screening " + std::to_string(screening.id) + " sha256 " + screening.sha256 + "]";
  }
  return out;
}

std::string neutralise_coverage_marks(std::string_view what) {
  std::string out(what);
  for (auto at = out.find(k_open); at != std::string::npos; at = out.find(k_open, at + 1)) out[at] = '(';
  return out;
}

void Coverage::add(std::string_view what) {
  for (auto at = what.find(k_open); at != std::string_view::npos; at = what.find(k_open, at + 1)) {
    const auto end = what.find(']', at);
    if (end == std::string_view::npos) return;
    const std::string_view mark = what.substr(at + k_open.size(), end - at - k_open.size());
    if (mark.starts_with("case ")) {
      cases.insert(unescaped(mark.substr(5)));
    } else if (mark.starts_with("screening ")) {
      const std::string_view rest = mark.substr(10);
      const auto space = rest.find(" sha256 ");
      std::int64_t id = 0;
      const auto [ptr, error] = std::from_chars(rest.data(), rest.data() + std::min(space, rest.size()), id);
      if (space == std::string_view::npos || error != std::errc() || ptr != rest.data() + space) continue;
      screenings[id] = std::string(rest.substr(space + 8));
    }
  }
}

void Coverage::add(const Coverage& other) {
  cases.insert(other.cases.begin(), other.cases.end());
  for (const auto& [id, sha] : other.screenings) screenings[id] = sha;
}

Coverage coverage_of(const std::vector<AuditRecord>& records) {
  Coverage coverage;
  for (const auto& record : records) coverage.add(record.what);
  return coverage;
}

}  // namespace bibob::store
