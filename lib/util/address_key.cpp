#include "util/address_key.hpp"

namespace bibob {

std::string address_key(std::string_view postcode, std::string_view number) {
  std::string key;
  for (char c : postcode) {
    if (c != ' ') key += c;
  }
  key += ' ';
  key += number;
  return key;
}

}  // namespace bibob
