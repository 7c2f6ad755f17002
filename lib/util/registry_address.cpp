#include "util/registry_address.hpp"

#include "util/text.hpp"

namespace bibob::registry_address {

std::optional<std::string> problem(std::string_view url) {
  const std::string lower = text::ascii_lower(url);
  const bool https = lower.starts_with("https://");
  const bool http = lower.starts_with("http://");
  if (!https && !http) return "is not an https:// address";
  const std::string_view rest = std::string_view(lower).substr(https ? 8 : 7);
  const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  if (authority.find('@') != std::string_view::npos) {
    return "holds a user name or password; a registry's credentials come from the environment only";
  }
  std::string_view host = authority;
  if (host.starts_with("[")) {
    host = host.substr(0, host.find(']') == std::string_view::npos ? host.size() : host.find(']') + 1);
  } else {
    host = host.substr(0, host.find(':'));
  }
  if (host.empty()) return "names no host";
  if (https) return std::nullopt;
  if (host == "127.0.0.1" || host == "localhost" || host == "[::1]") return std::nullopt;
  return "is plain http:// to another machine; keys and personal data go only over https:// (http:// only to "
         "127.0.0.1 or localhost)";
}

}  // namespace bibob::registry_address
