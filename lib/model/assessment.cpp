#include "model/assessment.hpp"

#include "model/enum_text.hpp"

namespace bibob {
namespace {

constexpr EnumText<Conclusion> k_conclusions[] = {{Conclusion::geen_gevaar, "geen_gevaar"},
                                                  {Conclusion::mindere_mate, "mindere_mate"},
                                                  {Conclusion::ernstig_gevaar, "ernstig_gevaar"},
                                                  {Conclusion::twijfel, "twijfel"},
                                                  {Conclusion::vermoeden, "vermoeden"}};
constexpr EnumText<Procedure> k_procedures[] = {{Procedure::none, "geen"},
                                                {Procedure::aanvullen, "aanvullen"},
                                                {Procedure::buiten_behandeling, "buiten_behandeling"}};

}  // namespace

std::string_view to_string(Conclusion conclusion) { return text_of(k_conclusions, conclusion); }
std::optional<Conclusion> parse_conclusion(std::string_view text) { return value_of(k_conclusions, text); }
std::string_view to_string(Procedure procedure) { return text_of(k_procedures, procedure); }
std::optional<Procedure> parse_procedure(std::string_view text) { return value_of(k_procedures, text); }

}  // namespace bibob
