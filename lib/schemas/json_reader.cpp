#include "schemas/json_reader.hpp"

#include <cmath>

#include "util/errors.hpp"

namespace bibob::schemas {
namespace {

const char* type_name(Json::value_t type) {
  switch (type) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::string: return "a text";
    case Json::value_t::boolean: return "true or false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "a whole number";
    case Json::value_t::number_float: return "a number";
    default: return "a value";
  }
}

bool has_type(const Json& value, Json::value_t type) {
  if (type == Json::value_t::number_float) return value.is_number();
  if (type == Json::value_t::number_integer) return value.is_number_integer();
  return value.type() == type;
}

}  // namespace

JsonReader::JsonReader(const Json& node, std::string file, std::string path)
    : m_node(node), m_file(std::move(file)), m_path(std::move(path)) {
  if (!m_node.is_object()) {
    throw InputError(m_file + ": " + (m_path.empty() ? std::string("the document") : m_path) + ": expected an object");
  }
}

std::string JsonReader::member_path(const char* key) const { return m_path.empty() ? key : m_path + "." + key; }

std::string JsonReader::element_path(const char* key, std::size_t index) const {
  return member_path(key) + "[" + std::to_string(index) + "]";
}

void JsonReader::fail(const char* key, const std::string& what) const {
  throw InputError(m_file + ": " + member_path(key) + ": " + what);
}

const Json& JsonReader::member(const char* key, Json::value_t type) const {
  const auto found = m_node.find(key);
  if (found == m_node.end()) fail(key, "required but missing");
  if (!has_type(*found, type)) fail(key, std::string("expected ") + type_name(type));
  return *found;
}

std::string JsonReader::text(const char* key) const { return member(key, Json::value_t::string).get<std::string>(); }

bool JsonReader::boolean(const char* key) const { return member(key, Json::value_t::boolean).get<bool>(); }

std::int64_t JsonReader::integer(const char* key) const {
  return member(key, Json::value_t::number_integer).get<std::int64_t>();
}

double JsonReader::number(const char* key) const {
  const double value = member(key, Json::value_t::number_float).get<double>();
  if (!std::isfinite(value)) fail(key, "expected a finite number");
  return value;
}

Date JsonReader::date(const char* key) const {
  const std::string value = text(key);
  const auto parsed = Date::parse(value);
  if (!parsed) fail(key, "expected a date (YYYY-MM-DD), found \"" + value.substr(0, 40) + "\"");
  return *parsed;
}

std::optional<std::string> JsonReader::optional_text(const char* key) const {
  const auto found = m_node.find(key);
  if (found == m_node.end() || found->is_null()) return std::nullopt;
  return text(key);
}

std::optional<Date> JsonReader::optional_date(const char* key) const {
  if (!optional_text(key)) return std::nullopt;
  return date(key);
}

std::vector<std::string> JsonReader::texts(const char* key) const {
  const Json& list = member(key, Json::value_t::array);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string()) throw InputError(m_file + ": " + element_path(key, i) + ": expected a text");
    out.push_back(list[i].get<std::string>());
  }
  return out;
}

std::vector<std::size_t> JsonReader::indexes(const char* key, std::size_t count) const {
  const Json& list = member(key, Json::value_t::array);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_number_unsigned() || list[i].get<std::size_t>() >= count) {
      throw InputError(m_file + ": " + element_path(key, i) + ": expected the index of one of " + std::to_string(count));
    }
    out.push_back(list[i].get<std::size_t>());
  }
  return out;
}

JsonReader JsonReader::object(const char* key) const {
  return JsonReader(member(key, Json::value_t::object), m_file, member_path(key));
}

bool JsonReader::has(const char* key) const {
  const auto found = m_node.find(key);
  return found != m_node.end() && !found->is_null();
}

std::optional<JsonReader> JsonReader::optional_object(const char* key) const {
  const auto found = m_node.find(key);
  if (found == m_node.end() || found->is_null()) return std::nullopt;
  return object(key);
}

}  // namespace bibob::schemas
