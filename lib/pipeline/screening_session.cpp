#include "pipeline/screening_session.hpp"

#include <filesystem>
#include <utility>

#include "pipeline/list_store_screener.hpp"
#include "store/audit_record.hpp"
#include "store/case_store.hpp"
#include "store/signal_store.hpp"

namespace bibob::pipeline {

ScreeningSession::ScreeningSession(const configuration::Config& config, screening::CheckList checks, SessionOptions options)
    : m_config(config),
      m_checks(std::move(checks)),
      m_gateway(config, options.gateway),
      m_lists(open_list_screener(options.list_store, config)) {
  if (!std::filesystem::exists(store::register_path(config))) return;
  const store::AuditActor reader{store::current_os_user(), options.command, ""};
  m_history.emplace(store::open_case_store(config, reader)->decided_cases(options.purpose));
  m_signals = store::open_signal_store(config, reader)->read_signals(false, options.purpose);
}

ScreeningSession::~ScreeningSession() = default;

Screening ScreeningSession::screen(Validation validation, const Date& today) const {
  const screening::ScreeningSources sources{m_lists.get(), m_history ? &*m_history : nullptr,
                                            m_signals ? &*m_signals : nullptr};
  return screening::screen_case(std::move(validation), m_config, m_checks, m_gateway, sources, today);
}

}  // namespace bibob::pipeline
