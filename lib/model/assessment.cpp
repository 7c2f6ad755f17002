#include "model/assessment.hpp"

namespace bibob {

std::string_view to_string(Conclusion conclusion) {
  switch (conclusion) {
    case Conclusion::geen_gevaar: return "geen_gevaar";
    case Conclusion::mindere_mate: return "mindere_mate";
    case Conclusion::ernstig_gevaar: return "ernstig_gevaar";
    case Conclusion::twijfel: return "twijfel";
  }
  return "geen_gevaar";
}

}  // namespace bibob
