#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bibob::lists {

// SHA-256 (OpenSSL EVP) over the bytes of the files in order, as lower-case hex.
// Throws InputError naming a file that cannot be read.
std::string content_hash(const std::vector<std::string>& files);

// The whole file, or InputError naming it.
std::string read_file(const std::string& file);

}  // namespace bibob::lists
