#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bibob::registry_address {

// Why a registry's base address may not be used, or nothing. Keys and personal data travel
// to it, so it must be https://; plain http:// is allowed only to this machine (127.0.0.1,
// localhost, [::1]: test servers and local proxies). An address that holds a user name or
// password ("https://user:pw@host") is refused too: credentials come from the environment.
std::optional<std::string> problem(std::string_view url);

}  // namespace bibob::registry_address
