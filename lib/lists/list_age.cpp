#include "lists/list_age.hpp"

#include <algorithm>
#include <optional>

#include "util/date.hpp"

namespace bibob::lists {
namespace {

std::optional<Date> list_date(const ListInfo& info) { return Date::parse(list_date_text(info).substr(0, 10)); }

}  // namespace

std::string list_date_text(const ListInfo& info) {
  return info.published.empty() ? info.imported_at.substr(0, 10) : info.published;
}

long list_age_days(const ListInfo& info) {
  const auto date = list_date(info);
  if (!date) return 0;
  return std::max(0L, date->days_until(Date::today()));
}

bool list_dated_after_today(const ListInfo& info) {
  const auto date = list_date(info);
  return date && *date > Date::today();
}

std::string describe_list_age(const ListInfo& info) {
  if (list_dated_after_today(info)) return "dated after today";
  const long age = list_age_days(info);
  return std::to_string(age) + (age == 1 ? " day" : " days") + " old";
}

}  // namespace bibob::lists
