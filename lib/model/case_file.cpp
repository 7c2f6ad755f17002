#include "model/case_file.hpp"

namespace bibob {

std::string PersonName::full() const {
  std::string out = given;
  for (const std::string* part : {&prefix, &family}) {
    if (part->empty()) continue;
    if (!out.empty()) out += ' ';
    out += *part;
  }
  return out;
}

std::string Party::display_name() const { return is_person() ? person_name.full() : organisation_name; }

const Party* CaseFile::find_party(const std::string& id) const {
  for (const auto& party : parties) {
    if (party.id == id) return &party;
  }
  return nullptr;
}

std::optional<std::size_t> CaseFile::party_index(const std::string& id) const {
  for (std::size_t i = 0; i < parties.size(); ++i) {
    if (parties[i].id == id) return i;
  }
  return std::nullopt;
}

}  // namespace bibob
