#include "schemas/json.hpp"

namespace bibob::schemas {

Json to_json(const Diagnostic& d) {
  return Json{{"severity", d.severity == DiagnosticLevel::invalid ? "invalid" : "attention"},
              {"file", d.position.file},
              {"line", d.position.line},
              {"column", d.position.column},
              {"path", d.path},
              {"code", d.code},
              {"message", d.message}};
}

Json to_json(const std::vector<Diagnostic>& diagnostics) {
  Json list = Json::array();
  for (const auto& d : diagnostics) list.push_back(to_json(d));
  return list;
}

}  // namespace bibob::schemas
