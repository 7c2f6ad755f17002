// Feeds arbitrary bytes to the sanctions-list importers as a list file. The first byte picks
// the format (and so the file name the importer sees); the rest is the file. An importer may
// refuse a file with InputError; any crash, hang, leak, undefined behaviour or other exception
// is a bug.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "lists/importers.hpp"
#include "util/errors.hpp"

namespace {

namespace fs = std::filesystem;

struct Format {
  const char* kind;
  const char* file_name;
};

constexpr std::array<Format, 8> k_formats = {{{"ofac", "sdn.csv"},
                                              {"un", "consolidated.xml"},
                                              {"eu", "sanctions.xml"},
                                              {"eu", "sanctions.csv"},
                                              {"uk", "ConList.csv"},
                                              {"nl", "terrorismelijst.csv"},
                                              {"nl", "terrorismelijst.ods"},
                                              {"ftm", "entities.ftm.json"}}};

struct Folder {
  fs::path path = fs::temp_directory_path() / ("bibob-list-fuzz-" + std::to_string(getpid()));
  Folder() { fs::create_directories(path); }
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Folder folder;
  if (size == 0) return 0;
  const Format& format = k_formats[data[0] % k_formats.size()];
  const fs::path file = folder.path / format.file_name;
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  try {
    (void)bibob::lists::import_list(format.kind, {file.string()});
  } catch (const bibob::InputError&) {
    // a refusal that names the file and line: what garbage must get
  }
  return 0;
}
