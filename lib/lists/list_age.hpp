#pragma once

#include <string>

#include "lists/list_store.hpp"

// How old a list is, as of today (BIBOB_TODAY when set): what every hit and status states.
namespace bibob::lists {

// The date a list's age counts from: its publication, else the day it was imported (YYYY-MM-DD).
std::string list_date_text(const ListInfo& info);

// Whole days since a list was published (or, without a date, imported); never below zero,
// so that a list dated after today (a clock, or an earlier BIBOB_TODAY) does not read as
// fresh from the future.
long list_age_days(const ListInfo& info);

// Whether a list is dated after today: its hits rest on a list the screening date did not have.
bool list_dated_after_today(const ListInfo& info);

// "2 days old", or "dated after today" for such a list.
std::string describe_list_age(const ListInfo& info);

}  // namespace bibob::lists
