#include "model/registry_names.hpp"

#include <array>
#include <string_view>

namespace bibob {
namespace {

struct Title {
  std::string_view registry;
  std::string_view article;
  std::string_view name;
};

constexpr std::array<Title, 6> k_titles = {{
    {"kvk", "het", "Handelsregister (KvK)"},
    {"bag", "de", "Basisregistratie Adressen en Gebouwen (BAG)"},
    {"brp", "de", "Basisregistratie Personen (BRP)"},
    {"brk", "de", "Basisregistratie Kadaster (BRK)"},
    {"cir", "het", "Centraal Insolventieregister"},
    {"lists", "de", "sanctie- en terrorismelijsten"},
}};

const Title* find(const std::string& registry) {
  for (const auto& title : k_titles) {
    if (title.registry == registry) return &title;
  }
  return nullptr;
}

}  // namespace

std::string registry_title(const std::string& registry) {
  const Title* title = find(registry);
  return title == nullptr ? registry : std::string(title->name);
}

std::string registry_title_in_sentence(const std::string& registry) {
  const Title* title = find(registry);
  return title == nullptr ? registry : std::string(title->article) + " " + std::string(title->name);
}

}  // namespace bibob
