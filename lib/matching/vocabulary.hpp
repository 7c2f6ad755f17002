#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

// The words that name rules treat specially, all in normalised form (lower-case ASCII).
namespace bibob::matching::vocabulary {

// Particles of person names: van, der, 't, al, bin, ibn, ... They weigh little and a
// particle only ever aligns with another particle.
bool is_particle(std::string_view word);
// The letters of the longest particle: no longer word is one.
std::size_t longest_particle();

// Patronymics and similar middle names (Vladimirovich, Yurievna): a missing one costs little.
bool is_patronymic(std::string_view word);

// Words that say what a business does or is, not which one it is: bank, trading, group,
// holding, international. They never make a match on their own.
bool is_generic(std::string_view word);

// Every generic word, as canonical_generic() writes it.
std::vector<std::string_view> generic_word_list();

// A generic word that marks a sibling when only one name has it ("X Holding" is the parent
// of "X"): missing it costs as much as a distinctive word.
bool is_sibling_marker(std::string_view word);

// Little words inside organisation names: of, the, and, en, de, la.
bool is_stopword(std::string_view word);

// Country and region names used inside organisation names ("Bank Melli Iran"): distinctive,
// but lighter than the name itself.
bool is_geographic(std::string_view word);

// Legal forms after normalisation; single letters are joined first (B.V. -> bv).
// Families group the forms that mean the same thing in different countries.
enum class LegalFamily : std::uint8_t {
  none,
  private_limited,   // bv, ltd, llc, gmbh, sarl, ooo, srl, sro
  public_limited,    // nv, plc, ag, sa, spa, pjsc, oao, jsc
  corporation,       // inc, corp, co, company
  partnership,       // vof, cv, lp, llp, kg, maatschap
  sole_trader,       // eenmanszaak
  foundation,        // stichting, foundation
  association,       // vereniging, association
  cooperative,       // cooperatie, ua, wa, ba
};

// The family of one normalised word, or none when it is no legal form.
LegalFamily legal_family(std::string_view word);
std::string_view to_string(LegalFamily family);

}  // namespace bibob::matching::vocabulary

namespace bibob::matching::vocabulary {

// The one spelling a generic word is compared in ("groep", "grupo" -> "group").
std::string_view canonical_generic(std::string_view word);

}  // namespace bibob::matching::vocabulary
