#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <istream>
#include <string>
#include <string_view>

// The files a user names as input: case files, list files, extracts, a weighing text. Only
// an ordinary file is read. A FIFO would block for ever, /dev/zero or /dev/urandom never end,
// and a file that grows while it is read outruns any size checked beforehand: each is refused
// or cut off at its limit, with a message that names the file (InputError, exit 3).
namespace bibob::input_file {

// InputError unless `path` names a regular file (after links) that can be opened: "no such
// file", "is a folder", "is not an ordinary file (a FIFO)". Nothing is opened that could block.
void require_regular_file(const std::filesystem::path& path, std::string_view what);

// The whole file, at most max_bytes: it is opened without blocking, checked to be a regular
// file on the descriptor that is read (no swap between check and read), and read up to one
// byte past the limit, so that no file makes bibob read more than max_bytes + 1.
std::string read(const std::filesystem::path& path, std::size_t max_bytes, std::string_view what);

// A stream on a regular file, for readers that go line by line and bound their records.
std::ifstream open(const std::filesystem::path& path, std::string_view what);

enum class Line { read, end, too_long };

// The next line of a stream (without its line break), at most max_bytes of it: a longer line
// is skipped to its end and gives Line::too_long, so no line takes more memory than that.
Line read_line(std::istream& in, std::string& line, std::size_t max_bytes);

}  // namespace bibob::input_file
