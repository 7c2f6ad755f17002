#include "cli/context.hpp"

#include <cstdlib>

#include "checks/check_config.hpp"
#include "configuration/config_loader.hpp"

namespace bibob::cli {

Context::Context(GlobalOptions& options, std::ostream& out, std::ostream& err)
    : m_options(options),
      m_out(out),
      m_safe_out_buffer(*out.rdbuf()),
      m_safe_err_buffer(*err.rdbuf()),
      m_safe_out(&m_safe_out_buffer),
      m_safe_err(&m_safe_err_buffer) {}

std::optional<std::string> Context::config_file() const {
  if (m_options.config_file) return m_options.config_file;
  if (const char* file = std::getenv("BIBOB_CONFIG"); file != nullptr && *file != '\0') return std::string(file);
  return std::nullopt;
}

const configuration::Config& Context::config() {
  if (!m_config) m_config = configuration::require_config(config_file(), checks::validate_check_config);
  return *m_config;
}

}  // namespace bibob::cli
