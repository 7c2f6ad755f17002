#include "store/deadlines.hpp"

#include <chrono>

namespace bibob::store {

Date term_end(const Date& start, int days, const configuration::DeadlineSettings& settings) {
  Date end = start.plus_days(days);
  if (!settings.skip_weekends) return end;
  const std::chrono::weekday day{end.days()};
  if (day == std::chrono::Saturday) return end.plus_days(2);
  if (day == std::chrono::Sunday) return end.plus_days(1);
  return end;
}

std::optional<std::string> deadline_kind_of(CaseState state) {
  switch (state) {
    case CaseState::herstelverzuim: return "herstel";
    case CaseState::lbb_advies: return "lbb_advies";
    case CaseState::zienswijze: return "zienswijze";
    default: return std::nullopt;
  }
}

std::vector<Deadline> deadlines_on_entering(CaseState state, const Date& on, const configuration::DeadlineSettings& settings) {
  switch (state) {
    case CaseState::herstelverzuim:
      return {{"herstel", on, term_end(on, settings.herstel_days, settings), std::nullopt, std::nullopt}};
    case CaseState::lbb_advies: {
      const int weeks = settings.lbb_weeks;
      const int longest = settings.lbb_weeks + settings.lbb_extension_weeks;
      return {{"lbb_advies", on, term_end(on, 7 * weeks, settings), term_end(on, 7 * longest, settings), std::nullopt}};
    }
    case CaseState::zienswijze:
      return {{"zienswijze", on, term_end(on, settings.zienswijze_days, settings), std::nullopt, std::nullopt}};
    default: return {};
  }
}

}  // namespace bibob::store
