#include "lists/content_hash.hpp"

#include <array>
#include <fstream>
#include <memory>

#include <openssl/evp.h>

#include "util/errors.hpp"
#include "util/input_file.hpp"

namespace bibob::lists {

std::string read_file(const std::string& file) { return input_file::read(file, k_max_list_file_bytes, "list file"); }

namespace {

std::string hex(const unsigned char* bytes, unsigned int length) {
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += k_hex[bytes[i] >> 4];
    out += k_hex[bytes[i] & 15];
  }
  return out;
}

}  // namespace

std::string content_hash(const std::vector<std::string>& files) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw Error(ExitCode::internal, "SHA-256 is not available");
  }
  std::array<char, 1 << 16> buffer{};
  for (const auto& file : files) {
    std::ifstream in = input_file::open(file, "list file");
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      const std::streamsize got = in.gcount();
      if (got > 0) EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(got));
    }
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(context.get(), digest.data(), &length);
  return hex(digest.data(), length);
}

}  // namespace bibob::lists
