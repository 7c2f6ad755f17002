#include "model/assessment.hpp"

#include "model/enum_text.hpp"

namespace bibob {
namespace {

constexpr EnumText<Conclusion> k_conclusions[] = {{Conclusion::geen_gevaar, "geen_gevaar"},
                                                  {Conclusion::mindere_mate, "mindere_mate"},
                                                  {Conclusion::ernstig_gevaar, "ernstig_gevaar"},
                                                  {Conclusion::twijfel, "twijfel"}};

}  // namespace

std::string_view to_string(Conclusion conclusion) { return text_of(k_conclusions, conclusion); }
std::optional<Conclusion> parse_conclusion(std::string_view text) { return value_of(k_conclusions, text); }

}  // namespace bibob
