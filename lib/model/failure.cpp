#include "model/failure.hpp"

namespace bibob {

std::string_view to_string(FailureKind kind) {
  switch (kind) {
    case FailureKind::unreachable: return "unreachable";
    case FailureKind::timeout: return "timeout";
    case FailureKind::rate_limited: return "rate_limited";
    case FailureKind::rejected_credentials: return "rejected_credentials";
    case FailureKind::not_found: return "not_found";
    case FailureKind::rejected_request: return "rejected_request";
    case FailureKind::server_error: return "server_error";
    case FailureKind::malformed_response: return "malformed_response";
    case FailureKind::not_configured: return "not_configured";
    case FailureKind::offline: return "offline";
  }
  return "unreachable";
}

}  // namespace bibob
