// Feeds arbitrary bytes to the sanctions-list importers as a list file. The first byte picks
// the format (and so the file name the importer sees); the rest is the file. An importer may
// refuse a file with InputError; any crash, hang, leak, undefined behaviour or other exception
// is a bug.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz/scratch_folder.hpp"
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bibob::fuzzing::ScratchFolder folder("bibob-list-fuzz");
  if (size == 0) return 0;
  const Format& format = k_formats[data[0] % k_formats.size()];
  const fs::path file = folder.path / format.file_name;
  bibob::fuzzing::write_input(file, data + 1, size - 1);
  try {
    (void)bibob::lists::import_list(format.kind, {file.string()});
  } catch (const bibob::InputError&) {
    // a refusal that names the file and line: what garbage must get
  }
  return 0;
}
