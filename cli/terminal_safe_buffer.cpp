#include "cli/terminal_safe_buffer.hpp"

#include <cstdio>
#include <optional>

#include "util/deceptive_text.hpp"

namespace bibob::cli {
namespace {

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;  // never the first byte of a sequence
}

// The code point of a complete sequence, or nothing when it is overlong, a surrogate or too large.
std::optional<char32_t> decode(const std::string& bytes) {
  const auto lead = static_cast<unsigned char>(bytes[0]);
  char32_t c = bytes.size() == 1 ? char32_t{lead} : char32_t{lead} & (char32_t{0x7F} >> bytes.size());
  for (std::size_t i = 1; i < bytes.size(); ++i) c = (c << 6) | (static_cast<unsigned char>(bytes[i]) & 0x3F);
  static constexpr char32_t k_smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < k_smallest[bytes.size()] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
  return c;
}

std::string escaped_byte(unsigned char byte) {
  char out[8];
  std::snprintf(out, sizeof out, "\\x%02x", byte);
  return out;
}

std::string escaped_code_point(char32_t c) {
  char out[16];
  std::snprintf(out, sizeof out, c > 0xFFFF ? "\\U%08x" : "\\u%04x", static_cast<unsigned>(c));
  return out;
}

}  // namespace

TerminalSafeBuffer::~TerminalSafeBuffer() { flush_pending_as_bytes(); }

void TerminalSafeBuffer::emit(const std::string& text) {
  m_target.sputn(text.data(), static_cast<std::streamsize>(text.size()));
}

void TerminalSafeBuffer::flush_pending_as_bytes() {
  for (const char byte : m_pending) emit(escaped_byte(static_cast<unsigned char>(byte)));
  m_pending.clear();
  m_expected = 0;
}

void TerminalSafeBuffer::put(unsigned char byte) {
  if (!m_pending.empty()) {
    if ((byte & 0xC0) != 0x80) {
      flush_pending_as_bytes();  // a sequence cut short; the byte begins something else
    } else {
      m_pending.push_back(static_cast<char>(byte));
      if (m_pending.size() < m_expected) return;
      const auto code_point = decode(m_pending);
      if (!code_point) {
        flush_pending_as_bytes();
      } else {
        emit(deceptive_text::displays_as_text(*code_point, deceptive_text::LineBreaks::allowed)
                 ? m_pending
                 : escaped_code_point(*code_point));
        m_pending.clear();
        m_expected = 0;
      }
      return;
    }
  }
  const std::size_t length = sequence_length(byte);
  if (length == 0) {
    emit(escaped_byte(byte));
  } else if (length == 1) {
    const bool shown = (byte >= 0x20 && byte < 0x7F) || byte == '\n' || byte == '\t';
    if (shown) {
      m_target.sputc(static_cast<char>(byte));
    } else {
      emit(escaped_byte(byte));
    }
  } else {
    m_pending.push_back(static_cast<char>(byte));
    m_expected = length;
  }
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type byte) {
  if (traits_type::eq_int_type(byte, traits_type::eof())) return traits_type::not_eof(byte);
  put(static_cast<unsigned char>(traits_type::to_char_type(byte)));
  return byte;
}

std::streamsize TerminalSafeBuffer::xsputn(const char* bytes, std::streamsize count) {
  for (std::streamsize i = 0; i < count; ++i) put(static_cast<unsigned char>(bytes[i]));
  return count;
}

int TerminalSafeBuffer::sync() { return m_target.pubsync(); }

}  // namespace bibob::cli
