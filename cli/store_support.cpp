#include "cli/store_support.hpp"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "store/screening_integrity.hpp"
#include "util/errors.hpp"
#include "util/input_file.hpp"
#include "util/sha256.hpp"

namespace bibob::cli {

void add_reason_option(CLI::App& app, std::string& reason) {
  app.add_option("--reason", reason, "Why you read or change the case, kept in the audit trail");
}

std::unique_ptr<store::CaseStore> open_register(Context& context, const std::string& command,
                                                const std::string& reason) {
  return store::open_case_store(context.config(), {store::current_os_user(), command, reason});
}

std::unique_ptr<store::SignalStore> open_signal_register(Context& context, const std::string& command,
                                                         const std::string& reason) {
  return store::open_signal_store(context.config(), {store::current_os_user(), command, reason});
}

Date date_option(const std::string& value, const std::string& option) {
  if (value.empty()) return Date::today();
  const auto parsed = Date::parse(value);
  if (!parsed) throw UsageError(option + ": \"" + value + "\" is not a date YYYY-MM-DD");
  return *parsed;
}

int period_days(const std::string& value, const std::string& option) {
  std::string_view digits = value;
  int factor = 1;
  if (digits.ends_with('d')) {
    digits.remove_suffix(1);
  } else if (digits.ends_with('w')) {
    digits.remove_suffix(1);
    factor = 7;
  }
  int number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || number < 0 ||
      number > 3650) {
    throw UsageError(option + ": \"" + value + "\" is not a period such as 14d or 2w");
  }
  return number * factor;
}

std::string file_sha256(const std::string& path) {
  std::ifstream in = input_file::open(path, "file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return sha256_hex(bytes.str());
}

}  // namespace bibob::cli
