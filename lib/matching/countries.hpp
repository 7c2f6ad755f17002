#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bibob::matching {

// The ISO 3166-1 alpha-2 code (upper case) for a country as lists write it: a code ("ru",
// "RU"), an English name ("Democratic Republic of the Congo"), or a nationality
// ("Palestinian", "Syrian"). Nothing when unknown.
std::optional<std::string> country_code(std::string_view text);

}  // namespace bibob::matching
