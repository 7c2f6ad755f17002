#pragma once

#include <string>
#include <string_view>

namespace bibob {

// One key per building: "1506 CH" and "12" as "1506CH 12". The letter and suffix do not count,
// so the units of one building share a key; the screening's address cluster, the area scan
// and the matching of signals and earlier decisions all compare addresses by it.
std::string address_key(std::string_view postcode, std::string_view number);

}  // namespace bibob
