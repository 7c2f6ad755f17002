#pragma once

#include <string>

namespace bibob {

// A source's Dutch name as documents list it: "Handelsregister (KvK)"; an unknown one as given.
std::string registry_title(const std::string& registry);

// The same with its article, as statements write it: "het Handelsregister (KvK)".
std::string registry_title_in_sentence(const std::string& registry);

}  // namespace bibob
