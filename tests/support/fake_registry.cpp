#include "support/fake_registry.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include "registries/registry_request.hpp"
#include "support/run_bibob.hpp"

namespace bibob::testing {
namespace {

using Json = nlohmann::json;

std::string slurp(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

const char* local_name(const pugi::xml_node& node) {
  const char* name = node.name();
  const char* colon = std::strrchr(name, ':');
  return colon != nullptr ? colon + 1 : name;
}

pugi::xml_node find_local(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node child : node.children()) {
    if (std::strcmp(local_name(child), name) == 0) return child;
    if (pugi::xml_node found = find_local(child, name)) return found;
  }
  return {};
}

std::string soap_envelope(const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope "
         "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" +
         inner + "</soap:Body></soap:Envelope>";
}

// Each registry's own "nothing found" answer.
void not_found_answer(const std::string& registry, const std::string& key, httplib::Response& response) {
  if (registry == "kvk") {
    response.status = 404;
    response.set_content(R"({"fout":[{"code":"IPD0005","omschrijving":"Het KVK-nummer is niet gevonden."}]})",
                         "application/json");
  } else if (registry == "bag") {
    response.set_content(R"({"_links":{"self":{"href":"https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressenuitgebreid"}}})",
                         "application/hal+json");
  } else if (registry == "brp") {
    const std::string type = key.find("ZoekMet") != std::string::npos ? "ZoekMetGeslachtsnaamEnGeboortedatum"
                                                                        : "RaadpleegMetBurgerservicenummer";
    response.set_content(Json{{"type", type}, {"personen", Json::array()}}.dump(), "application/json");
  } else if (registry == "brk") {
    response.set_content(R"({"_embedded":{"kadastraalOnroerendeZaken":[]}})", "application/hal+json");
  } else {
    const std::string operation = key.substr(0, key.find(' '));
    response.set_content(
        soap_envelope("<" + operation + "Response xmlns=\"http://www.rechtspraak.nl/namespaces/cir01\"><" + operation +
                      "Result><publicatieLijst xmlns=\"http://www.rechtspraak.nl/namespaces/inspubber01\" "
                      "extractiedatum=\"2026-11-28T00:00:00\"><exceptie errorcode=\"1\">Geen resultaten "
                      "gevonden</exceptie></publicatieLijst></" +
                      operation + "Result></" + operation + "Response>"),
        "text/xml; charset=utf-8");
  }
}

// Each registry's own error body for a status.
void error_answer(const std::string& registry, int status, const std::string& title, httplib::Response& response) {
  response.status = status;
  if (registry == "kvk") {
    response.set_content(Json{{"fout", {{{"code", "IPD" + std::to_string(status)}, {"omschrijving", title}}}}}.dump(),
                         "application/json");
  } else if (registry == "cir") {
    response.set_content(soap_envelope("<soap:Fault><faultcode>soap:Server</faultcode><faultstring>" + title +
                                       "</faultstring></soap:Fault>"),
                         "text/xml; charset=utf-8");
  } else {
    response.set_content(Json{{"type", "https://developer.kadaster.nl/fouten/" + std::to_string(status)},
                              {"title", title},
                              {"status", status},
                              {"code", status == 401 ? "authentication" : status == 429 ? "tooManyRequests" : "serverError"}}
                             .dump(),
                         "application/problem+json");
  }
}

}  // namespace

FakeRegistry::FakeRegistry(const std::string& snapshot_folder) : m_server(std::make_unique<httplib::Server>()) {
  const std::string folder = snapshot_folder.empty() ? source_path("snapshot") : snapshot_folder;
  const YAML::Node manifest = YAML::LoadFile(folder + "/manifest.yaml");
  for (const auto& entry : manifest["responses"]) {
    m_answers[{entry["registry"].as<std::string>(), entry["request"].as<std::string>()}] =
        Answer{entry["status"].as<int>(), entry["content_type"].as<std::string>(""),
               slurp(folder + "/" + entry["file"].as<std::string>())};
  }
  for (const char* registry : {"kvk", "bag", "brp", "brk", "cir"}) {
    const std::string name = registry;
    const std::string pattern = "/" + name + "(/.*)?";
    auto handler = [this, name](const httplib::Request& request, httplib::Response& response) {
      handle(name, request, response);
    };
    m_server->Get(pattern, handler);
    m_server->Post(pattern, handler);
  }
  // Idle keep-alive connections hold a worker each until they time out: enough workers, and a
  // short wait, so that a slow (sanitizer) build never queues requests behind idle clients.
  m_server->new_task_queue = [] { return new httplib::ThreadPool(32); };
  m_server->set_keep_alive_timeout(1);
  m_port = m_server->bind_to_any_port("127.0.0.1");
  m_thread = std::thread([this] { m_server->listen_after_bind(); });
  while (!m_server->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

FakeRegistry::~FakeRegistry() {
  m_stopping = true;
  m_server->stop();
  if (m_thread.joinable()) m_thread.join();
}

std::string FakeRegistry::base_url(const std::string& registry) const {
  return "http://127.0.0.1:" + std::to_string(m_port) + "/" + registry;
}

std::map<std::string, std::string> FakeRegistry::environment() const {
  std::map<std::string, std::string> env;
  for (const char* registry : {"kvk", "bag", "brp", "brk", "cir"}) {
    std::string upper = registry;
    for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
    env["BIBOB_" + upper + "_BASE_URL"] = base_url(registry);
  }
  return env;
}

void FakeRegistry::fail_next(Fault fault, int count, int retry_after_seconds) {
  std::lock_guard lock(m_mutex);
  m_fault = fault;
  m_fault_count = count;
  m_retry_after = retry_after_seconds;
}

void FakeRegistry::lie_next(int status, const std::string& content_type, const std::string& body, int count) {
  std::lock_guard lock(m_mutex);
  m_fault = Fault::lie;
  m_fault_count = count;
  m_lie = Answer{status, content_type, body};
}

void FakeRegistry::require_key(const std::string& key) {
  std::lock_guard lock(m_mutex);
  m_key = key;
}

std::vector<FakeRegistry::Received> FakeRegistry::received() const {
  std::lock_guard lock(m_mutex);
  return m_received;
}

std::size_t FakeRegistry::request_count() const {
  std::lock_guard lock(m_mutex);
  return m_received.size();
}

bool FakeRegistry::credentials_ok(const std::string& registry, const httplib::Request& request) const {
  if (m_key.empty()) return true;
  if (registry == "cir") {
    pugi::xml_document document;
    document.load_buffer(request.body.data(), request.body.size());
    return find_local(document, "Password").text().as_string() == m_key;
  }
  const char* header = registry == "kvk" ? "apikey" : registry == "brp" ? "X-API-KEY" : "X-Api-Key";
  return request.get_header_value(header) == m_key;
}

// The snapshot's request key for an HTTP request, built the way each registry reads it.
// The key bibob files the request under, personal data as its pseudonym (registry_request.hpp).
std::string FakeRegistry::request_key(const std::string& registry, const httplib::Request& request) const {
  if (registry == "brp") {
    const Json body = Json::parse(request.body, nullptr, false);
    if (!body.is_object()) return "POST /personen (unreadable body)";
    const std::string type = body.value("type", "");
    if (type == "RaadpleegMetBurgerservicenummer") {
      return "POST /personen " + type + " " + registries::pseudonym(body["burgerservicenummer"][0].get<std::string>());
    }
    std::string prefix = body.value("voorvoegsel", "");
    return "POST /personen " + type + " " +
           registries::pseudonym(prefix + (prefix.empty() ? "" : " ") + body.value("geslachtsnaam", "") + " " +
                                 body.value("geboortedatum", ""));
  }
  if (registry == "cir") {
    pugi::xml_document document;
    document.load_buffer(request.body.data(), request.body.size());
    const pugi::xml_node body = find_local(document, "Body");
    const pugi::xml_node operation = body.first_child();
    const std::string name = local_name(operation);
    std::string parameters;
    for (pugi::xml_node parameter : operation.children()) {
      std::string value = parameter.text().as_string();
      if (std::strcmp(local_name(parameter), "dateOfBirth") == 0) value = value.substr(0, 10);
      parameters += " " + std::string(local_name(parameter)) + "=" + value;
    }
    return name + (name == "searchNaturalPerson" ? " " + registries::pseudonym(parameters) : parameters);
  }
  return request.method + " " + request.target.substr(registry.size() + 1);
}

bool FakeRegistry::apply_fault(const std::string& registry, httplib::Response& response) {
  Fault fault = Fault::none;
  int retry_after = 0;
  Answer lie;
  {
    std::lock_guard lock(m_mutex);
    if (m_fault_count > 0) {
      fault = m_fault;
      retry_after = m_retry_after;
      lie = m_lie;
      --m_fault_count;
    }
  }
  switch (fault) {
    case Fault::none: return false;
    case Fault::lie:
      response.status = lie.status;
      response.set_content(lie.body, lie.content_type);
      break;
    case Fault::not_found: error_answer(registry, 404, "Opgevraagde resource bestaat niet.", response); break;
    case Fault::unauthorized: error_answer(registry, 401, "Niet correct geauthenticeerd.", response); break;
    case Fault::forbidden: error_answer(registry, 403, "U bent niet geautoriseerd voor deze operatie.", response); break;
    case Fault::rate_limited:
      error_answer(registry, 429, "Te veel verzoeken.", response);
      response.set_header("X-Rate-Limit-Limit", "50");
      response.set_header("X-Rate-Limit-Remaining", "0");
      response.set_header("X-Rate-Limit-Reset", std::to_string(retry_after));
      if (retry_after > 0) response.set_header("Retry-After", std::to_string(retry_after));
      break;
    case Fault::server_error: error_answer(registry, 500, "Interne server fout.", response); break;
    case Fault::soap_fault: error_answer(registry, 500, "Server was unable to process request.", response); break;
    case Fault::stall:
      for (int i = 0; i < m_stall_seconds * 10 && !m_stopping; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      response.set_content("{}", "application/json");
      break;
    case Fault::truncated:
      // Promises 1000 bytes, sends 10, then closes the connection.
      response.set_content_provider(1000, "application/json", [](size_t offset, size_t, httplib::DataSink& sink) {
        if (offset == 0) sink.write("{\"kvkNummer", 10);
        return offset == 0;
      });
      break;
    case Fault::invalid_json: response.set_content("{\"kvkNummer\": \"6875", "application/json"); break;
    case Fault::wrong_content_type:
      response.set_content("<html><body>Service tijdelijk niet beschikbaar</body></html>", "text/html");
      break;
    case Fault::enormous:
      response.set_content_provider(
          40 * 1024 * 1024, "application/json", [](size_t offset, size_t length, httplib::DataSink& sink) {
            static const std::string chunk(64 * 1024, ' ');
            (void)offset;
            sink.write(chunk.data(), std::min(length, chunk.size()));
            return true;
          });
      break;
  }
  return true;
}

void FakeRegistry::handle(const std::string& registry, const httplib::Request& request, httplib::Response& response) {
  {
    std::lock_guard lock(m_mutex);
    Received received{request.method, request.target, {}, request.body};
    for (const auto& [name, value] : request.headers) received.headers[name] = value;
    m_received.push_back(std::move(received));
  }
  if (apply_fault(registry, response)) return;
  if (!credentials_ok(registry, request)) {
    if (registry == "cir") {
      error_answer(registry, 500, "Security token could not be authenticated or authorized", response);
    } else {
      error_answer(registry, 401, "Niet correct geauthenticeerd.", response);
    }
    return;
  }
  const std::string key = request_key(registry, request);
  auto it = m_answers.find({registry, key});
  if (it == m_answers.end()) {
    not_found_answer(registry, key, response);
    return;
  }
  response.status = it->second.status;
  response.set_content(it->second.body, it->second.content_type.empty() ? "application/json" : it->second.content_type);
}

}  // namespace bibob::testing
