#include "registries/answer_reading.hpp"

#include <cctype>

namespace bibob::registries::reading {

std::optional<Json> parse_json(const RawAnswer& answer, Failure& failure) {
  const std::string& type = answer.content_type;
  if (!type.empty() && type.find("json") == std::string::npos) {
    failure = Failure{FailureKind::malformed_response, "expected JSON, the registry answered " + type, answer.status, 0};
    return std::nullopt;
  }
  Json json = Json::parse(answer.body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    failure = Failure{FailureKind::malformed_response, "the answer is not a JSON object", answer.status, 0};
    return std::nullopt;
  }
  return json;
}

const Json* member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(std::string(key));
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string text(const Json& object, std::string_view key) {
  const Json* value = member(object, key);
  if (value == nullptr) return {};
  if (value->is_string()) return value->get<std::string>();
  if (value->is_number_integer()) return std::to_string(value->get<long long>());
  return {};
}

int integer(const Json& object, std::string_view key, int fallback) {
  const Json* value = member(object, key);
  if (value != nullptr && value->is_number_integer()) return value->get<int>();
  if (value != nullptr && value->is_string()) {
    try {
      return std::stoi(value->get<std::string>());
    } catch (const std::exception&) {
      return fallback;
    }
  }
  return fallback;
}

const Json& array(const Json& object, std::string_view key) {
  static const Json empty = Json::array();
  const Json* value = member(object, key);
  return value != nullptr && value->is_array() ? *value : empty;
}

std::optional<Date> compact_or_iso_date(const std::string& text) {
  if (text.size() == 8) return Date::parse(text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2));
  return Date::parse(text);
}

std::string written_postcode(const std::string& postcode) {
  std::string compact;
  for (char c : postcode) {
    if (c != ' ') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (compact.size() == 6) return compact.substr(0, 4) + " " + compact.substr(4);
  return postcode;
}

Failure failure_for_status(const RawAnswer& answer, std::string detail) {
  const long status = answer.status;
  FailureKind kind = FailureKind::malformed_response;
  if (status == 400 || status == 422) kind = FailureKind::rejected_request;
  if (status == 401 || status == 403) kind = FailureKind::rejected_credentials;
  if (status == 404) kind = FailureKind::not_found;
  if (status == 429) kind = FailureKind::rate_limited;
  if (status >= 500) kind = FailureKind::server_error;
  std::string message = "the registry answered " + std::to_string(status);
  if (!detail.empty()) message += ": " + detail;
  return Failure{kind, message, status, 0};
}

}  // namespace bibob::registries::reading
