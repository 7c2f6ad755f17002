#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bibob::lists {

// SHA-256 (OpenSSL EVP) over the bytes of the files in order, as lower-case hex.
// Throws InputError naming a file that cannot be read.
std::string content_hash(const std::vector<std::string>& files);

// Larger than any list a publisher issues (the EU's XML is about 30 MB).
inline constexpr std::size_t k_max_list_file_bytes = std::size_t{1} << 30;

// The whole file, or InputError naming it (util/input_file.hpp: ordinary files only, bounded).
std::string read_file(const std::string& file);

}  // namespace bibob::lists
