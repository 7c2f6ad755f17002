#pragma once

#include <chrono>
#include <string>

namespace bibob::clock {

// Now, in UTC, as ISO 8601 with seconds: "2026-11-28T12:45:00Z".
std::string utc_now_iso();

// An ISO 8601 UTC timestamp from seconds since the epoch.
std::string utc_iso(std::chrono::sys_seconds when);

std::chrono::sys_seconds now_seconds();

}  // namespace bibob::clock
