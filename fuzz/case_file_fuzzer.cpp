// Feeds arbitrary bytes to the case-file parser and validator: any crash, hang, leak or
// undefined behaviour is a bug, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "casefile/validation.hpp"
#include "configuration/config_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bibob::configuration::Config config = *bibob::configuration::load_config_text(std::nullopt, "").config;
  static const bibob::Date today = *bibob::Date::parse("2026-11-28");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto validation = bibob::casefile::validate_case_text(text, "fuzz.yaml", config, today);
  (void)validation;
  return 0;
}
