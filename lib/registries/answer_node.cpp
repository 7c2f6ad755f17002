#include "registries/answer_node.hpp"

namespace bibob::registries {
namespace {

const char* kind_of(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "a list";
    case nlohmann::json::value_t::string: return "text";
    case nlohmann::json::value_t::boolean: return "true or false";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::null: return "null";
    default: return "something else";
  }
}

std::optional<Date> compact_or_iso(const std::string& text) {
  if (text.size() == 8 && text.find_first_not_of("0123456789") == std::string::npos) {
    return Date::parse(text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2));
  }
  return Date::parse(text);
}

}  // namespace

AnswerNode::AnswerNode(const Json& json, std::string path) : m_json(&json), m_path(std::move(path)) {}

std::string AnswerNode::child_path(std::string_view key) const {
  return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

void AnswerNode::malformed(std::string_view key, const std::string& problem) const {
  const std::string where = key.empty() ? (m_path.empty() ? std::string("the answer") : m_path) : child_path(key);
  throw MalformedAnswer(where + ": " + problem);
}

void AnswerNode::require_object() const {
  if (!m_json->is_object()) malformed("", std::string("expected an object, found ") + kind_of(*m_json));
}

const AnswerNode::Json* AnswerNode::member(std::string_view key) const {
  require_object();
  const auto it = m_json->find(key);
  return it == m_json->end() || it->is_null() ? nullptr : &*it;
}

bool AnswerNode::has(std::string_view key) const { return member(key) != nullptr; }

std::string AnswerNode::text(std::string_view key) const {
  const Json* value = member(key);
  if (value == nullptr) return {};
  if (value->is_string()) return value->get<std::string>();
  malformed(key, std::string("expected text, found ") + kind_of(*value));
}

std::string AnswerNode::number_text(std::string_view key) const {
  const Json* value = member(key);
  if (value != nullptr && value->is_number_integer()) return std::to_string(*integer(key));
  return text(key);
}

std::string AnswerNode::required_text(std::string_view key) const {
  std::string value = text(key);
  if (value.empty()) malformed(key, "required but missing");
  return value;
}

std::optional<long long> AnswerNode::integer(std::string_view key) const {
  const Json* value = member(key);
  if (value == nullptr) return std::nullopt;
  if (value->is_number_integer()) {
    if (value->is_number_unsigned() && value->get<unsigned long long>() > 0x7FFFFFFFFFFFFFFFULL) {
      malformed(key, "an integer too large to be one");
    }
    return value->get<long long>();
  }
  malformed(key, std::string("expected an integer, found ") + kind_of(*value));
}

std::optional<bool> AnswerNode::boolean(std::string_view key) const {
  const Json* value = member(key);
  if (value == nullptr) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>();
  malformed(key, std::string("expected true or false, found ") + kind_of(*value));
}

std::optional<Date> AnswerNode::date(std::string_view key) const {
  const std::string value = text(key);
  if (value.empty()) return std::nullopt;
  auto date = compact_or_iso(value);
  if (!date) malformed(key, "\"" + value.substr(0, 20) + "\" is not a date");
  return date;
}

std::optional<AnswerNode> AnswerNode::object(std::string_view key) const {
  const Json* value = member(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_object()) malformed(key, std::string("expected an object, found ") + kind_of(*value));
  return AnswerNode(*value, child_path(key));
}

AnswerNode AnswerNode::required_object(std::string_view key) const {
  auto value = object(key);
  if (!value) malformed(key, "required but missing");
  return *value;
}

std::vector<AnswerNode> AnswerNode::array(std::string_view key) const {
  const Json* value = member(key);
  std::vector<AnswerNode> out;
  if (value == nullptr) return out;
  if (!value->is_array()) malformed(key, std::string("expected a list, found ") + kind_of(*value));
  const std::string path = child_path(key);
  out.reserve(value->size());
  for (std::size_t i = 0; i < value->size(); ++i) out.emplace_back((*value)[i], path + "[" + std::to_string(i) + "]");
  return out;
}

std::vector<AnswerNode> AnswerNode::required_array(std::string_view key) const {
  if (!has(key)) malformed(key, "required but missing");
  return array(key);
}

std::vector<std::string> AnswerNode::texts(std::string_view key) const {
  std::vector<std::string> out;
  for (const AnswerNode& item : array(key)) {
    if (item.json().is_string()) {
      out.push_back(item.json().get<std::string>());
    } else if (item.json().is_number_integer()) {
      out.push_back(std::to_string(item.json().get<long long>()));
    } else {
      item.malformed("", std::string("expected text, found ") + kind_of(item.json()));
    }
  }
  return out;
}

std::vector<AnswerNode> AnswerNode::hal_list(std::string_view key) const {
  const auto links = object("_links");
  const auto embedded = object("_embedded");
  if (!links && !embedded) malformed("", "neither _links nor _embedded: not a HAL collection");
  if (!embedded) return {};
  return embedded->required_array(key);
}

}  // namespace bibob::registries
