#pragma once

#include <string_view>

namespace bibob::embedded {

// The bytes of a file that was compiled into the binary (see cmake/EmbedFiles.cmake),
// by its path relative to the source tree; empty when no such file was embedded.
std::string_view file(std::string_view path);

}  // namespace bibob::embedded
