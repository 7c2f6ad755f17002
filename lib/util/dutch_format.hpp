#pragma once

#include <string>
#include <string_view>

// Numbers as Dutch letters write them: a decimal comma, a point between thousands.
namespace bibob::text {

// "€ 180.000", "€ 12,63", "-€ 50": an amount in a statement or a letter.
std::string bedrag(double amount);

// "95", "12,63", "12,5", "1.250": at most `max_places` decimals, trailing zeros dropped.
std::string getal(double value, int max_places = 2);

// "40%", "12,5%".
std::string percentage(double value);

// "1506 CH" for "1506CH" or "1506 ch"; anything that is not a Dutch postcode as it is.
std::string postcode(std::string_view text);

}  // namespace bibob::text
