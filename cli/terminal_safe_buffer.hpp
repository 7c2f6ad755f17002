#pragma once

#include <streambuf>
#include <string>

namespace bibob::cli {

// Text for a person's terminal passes through this buffer: a character that does not display
// as text (an escape sequence's ESC, a bidi override, a zero-width space; see
// util/deceptive_text.hpp) is written as its escape ("\x1b", "\u202e"), so that no name,
// signal or registry answer can move the cursor, recolour the screen or reorder what the
// officer reads. Line breaks and tabs pass; bytes that are not UTF-8 are written as "\xNN".
class TerminalSafeBuffer final : public std::streambuf {
 public:
  explicit TerminalSafeBuffer(std::streambuf& target) : m_target(target) {}
  ~TerminalSafeBuffer() override;
  TerminalSafeBuffer(const TerminalSafeBuffer&) = delete;
  TerminalSafeBuffer& operator=(const TerminalSafeBuffer&) = delete;

 protected:
  int_type overflow(int_type byte) override;
  std::streamsize xsputn(const char* bytes, std::streamsize count) override;
  int sync() override;

 private:
  void put(unsigned char byte);
  void flush_pending_as_bytes();
  void emit(const std::string& text);

  std::streambuf& m_target;
  std::string m_pending;  // the start of a UTF-8 sequence whose other bytes are still to come
  std::size_t m_expected = 0;
};

}  // namespace bibob::cli
