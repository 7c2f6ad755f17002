#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace bibob {

// The bytes of a file in one read, or nothing when it cannot be read. Files of megabytes (the
// list index, registry answers, documents) are read so, never a character at a time.
std::optional<std::string> read_whole_file(const std::filesystem::path& file);

}  // namespace bibob
