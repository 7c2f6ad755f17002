#include "lists/importers.hpp"

#include "lists/content_hash.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace bibob::lists {

const std::vector<std::string>& list_kinds() {
  static const std::vector<std::string> kinds = {"ofac", "un", "eu", "uk", "nl", "ftm"};
  return kinds;
}

ListImport import_list(std::string_view kind, const std::vector<std::string>& paths) {
  if (paths.empty()) throw UsageError("no list file given");
  ListImport result;
  if (kind == "ofac") {
    result = import_ofac(paths);
  } else if (kind == "un") {
    result = import_un(paths);
  } else if (kind == "eu") {
    result = import_eu(paths);
  } else if (kind == "uk") {
    result = import_uk(paths);
  } else if (kind == "nl") {
    result = import_nl(paths);
  } else if (kind == "ftm") {
    result = import_ftm(paths);
  } else {
    throw UsageError("unknown list kind " + text::quoted(kind) + "; one of " + text::join(list_kinds(), ", ") +
                     text::did_you_mean(kind, list_kinds()));
  }
  result.list = std::string(kind);
  result.content_hash = content_hash(result.files);
  return result;
}

}  // namespace bibob::lists
