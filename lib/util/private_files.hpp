#pragma once

#include <filesystem>
#include <string_view>

// Bibob data is secret by law (art. 28 Wet Bibob): everything bibob creates is readable by
// its owner only.
namespace bibob::private_files {

// Creates the folder and its missing parents with mode 0700.
void ensure_directory(const std::filesystem::path& folder);

// Creates an empty file with mode 0600 when it does not exist (so that a database opened on
// it afterwards is private from the first byte), and its folder with ensure_directory.
void ensure_file(const std::filesystem::path& file);

// Writes the bytes to a temporary file beside the target (mode 0600), then renames it over
// the target: readers see the old file or the whole new one, never half of it.
void write_atomically(const std::filesystem::path& file, std::string_view bytes);

// The folder for data that lasts ($XDG_DATA_HOME/bibob or ~/.local/share/bibob) and for data
// that may be rebuilt ($XDG_CACHE_HOME/bibob or ~/.cache/bibob).
std::filesystem::path data_home();
std::filesystem::path cache_home();

}  // namespace bibob::private_files
