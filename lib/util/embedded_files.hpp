#pragma once

#include <string_view>
#include <vector>

namespace bibob::embedded {

// The bytes of a file that was compiled into the binary (see cmake/EmbedFiles.cmake),
// by its path relative to the source tree; empty when no such file was embedded.
std::string_view file(std::string_view path);

// The paths of every embedded file.
std::vector<std::string_view> files();

}  // namespace bibob::embedded
