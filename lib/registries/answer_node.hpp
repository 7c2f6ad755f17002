#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/date.hpp"

namespace bibob::registries {

// A registry answer that is not what its contract promises: a member the adapter needs is
// missing, or a member has the wrong type. Thrown while reading, caught by the adapter, and
// turned into a malformed_response failure: such an answer is never a fact and never cached.
class MalformedAnswer : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One node of a JSON registry answer, read strictly and with its path for the message: a
// member that is absent (or null) reads as nothing, a member of the wrong type is a
// MalformedAnswer ("_embedded.adressen[0].huisnummer: expected an integer, found text").
class AnswerNode {
 public:
  using Json = nlohmann::json;

  explicit AnswerNode(const Json& json, std::string path = {});

  const Json& json() const { return *m_json; }
  const std::string& path() const { return m_path; }
  bool has(std::string_view key) const;

  // Text. Absent: empty.
  std::string text(std::string_view key) const;
  // Text or an integer written as text, where the contract has a number (house numbers).
  std::string number_text(std::string_view key) const;
  // Text that must be there and not be empty.
  std::string required_text(std::string_view key) const;
  std::optional<long long> integer(std::string_view key) const;
  std::optional<bool> boolean(std::string_view key) const;
  // A date written "20170710" (KvK) or "2017-07-10"; text that is no date is malformed.
  std::optional<Date> date(std::string_view key) const;

  std::optional<AnswerNode> object(std::string_view key) const;
  AnswerNode required_object(std::string_view key) const;
  // The elements of a list; absent: none.
  std::vector<AnswerNode> array(std::string_view key) const;
  std::vector<AnswerNode> required_array(std::string_view key) const;
  // A list of text (or integers written as text).
  std::vector<std::string> texts(std::string_view key) const;

  // The list `key` of a HAL collection (`{"_links": ..., "_embedded": {key: [...]}}`). An
  // empty collection may leave `_embedded` out, but a HAL answer always carries `_links` or
  // `_embedded`: an answer with neither, such as `{}`, is no collection at all.
  std::vector<AnswerNode> hal_list(std::string_view key) const;

  [[noreturn]] void malformed(std::string_view key, const std::string& problem) const;

 private:
  const Json* member(std::string_view key) const;
  std::string child_path(std::string_view key) const;
  void require_object() const;

  const Json* m_json;
  std::string m_path;
};

}  // namespace bibob::registries
