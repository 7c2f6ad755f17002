#include "scan/area_filter.hpp"

#include <charconv>
#include <optional>

#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::scan {
namespace {

std::optional<int> area_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.size() != 4 || error != std::errc() || end != text.data() + text.size() || value < 1000) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

AreaFilter AreaFilter::parse(const std::string& text) {
  AreaFilter filter;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const auto dash = part.find('-');
    const auto from = area_number(part.substr(0, dash));
    const auto to = dash == std::string::npos ? from : area_number(part.substr(dash + 1));
    if (!from || !to || *to < *from) {
      throw UsageError("--area: " + text::quoted(part) +
                       " is not a postcode area (four digits, 1506) or a range of them (1500-1509)");
    }
    filter.m_ranges.emplace_back(*from, *to);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return filter;
}

bool AreaFilter::covers(const std::string& area) const {
  if (m_ranges.empty()) return true;
  const auto number = area_number(area);
  if (!number) return false;
  for (const auto& [from, to] : m_ranges) {
    if (*number >= from && *number <= to) return true;
  }
  return false;
}

std::string AreaFilter::describe() const {
  std::vector<std::string> parts;
  for (const auto& [from, to] : m_ranges) {
    parts.push_back(from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to));
  }
  return text::join(parts, ", ");
}

}  // namespace bibob::scan
