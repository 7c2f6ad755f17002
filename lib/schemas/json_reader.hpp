#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schemas/json.hpp"
#include "util/date.hpp"

namespace bibob::schemas {

// Reads one JSON object of a published schema strictly: a member that is missing or of the
// wrong type is an InputError naming the file and the member's path ("findings[2].severity"),
// never a default that would let a changed file pass for what bibob wrote.
class JsonReader {
 public:
  JsonReader(const Json& node, std::string file, std::string path = "");

  std::string text(const char* key) const;
  bool boolean(const char* key) const;
  std::int64_t integer(const char* key) const;
  double number(const char* key) const;
  Date date(const char* key) const;
  // null or absent: nothing.
  std::optional<std::string> optional_text(const char* key) const;
  std::optional<Date> optional_date(const char* key) const;
  std::vector<std::string> texts(const char* key) const;
  // A list of indexes into a list of `count` elements read before.
  std::vector<std::size_t> indexes(const char* key, std::size_t count) const;

  JsonReader object(const char* key) const;
  std::optional<JsonReader> optional_object(const char* key) const;
  // Whether the member is there and not null (for members added to a schema later).
  bool has(const char* key) const;
  // Calls read(item) for each element of the array member, each with its own path.
  template <typename Read>
  void each(const char* key, Read&& read) const {
    const Json& list = member(key, Json::value_t::array);
    for (std::size_t i = 0; i < list.size(); ++i) read(JsonReader(list[i], m_file, element_path(key, i)));
  }

  // Throws the InputError for this member: "<file>: <path>.<key>: <what>".
  [[noreturn]] void fail(const char* key, const std::string& what) const;

 private:
  const Json& member(const char* key, Json::value_t type) const;
  std::string member_path(const char* key) const;
  std::string element_path(const char* key, std::size_t index) const;

  const Json& m_node;
  std::string m_file;
  std::string m_path;
};

}  // namespace bibob::schemas
