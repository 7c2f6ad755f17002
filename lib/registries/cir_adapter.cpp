#include "registries/cir_adapter.hpp"

#include <pugixml.hpp>

#include <cstring>
#include <set>

#include "registries/answer_reading.hpp"
#include "util/text.hpp"

namespace bibob::registries {
namespace {

constexpr const char* k_namespace = "http://www.rechtspraak.nl/namespaces/cir01";

// Element names without their namespace prefix: registries differ in the prefixes they use.
const char* local_name(const pugi::xml_node& node) {
  const char* name = node.name();
  const char* colon = std::strrchr(name, ':');
  return colon != nullptr ? colon + 1 : name;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node candidate : node.children()) {
    if (std::strcmp(local_name(candidate), name) == 0) return candidate;
  }
  return {};
}

pugi::xml_node descendant(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node candidate : node.children()) {
    if (std::strcmp(local_name(candidate), name) == 0) return candidate;
    if (pugi::xml_node found = descendant(candidate, name)) return found;
  }
  return {};
}

std::string child_text(const pugi::xml_node& node, const char* name) { return child(node, name).text().as_string(); }

RegistryRequest soap_request(const std::string& operation, const std::string& parameters_xml, const std::string& key) {
  RegistryRequest request;
  request.method = "POST";
  request.path = "";
  request.body = std::string("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                             "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">") +
                 k_credentials_placeholder + "<soap:Body><" + operation + " xmlns=\"" + k_namespace + "\">" +
                 parameters_xml + "</" + operation + "></soap:Body></soap:Envelope>";
  request.headers = {{"Content-Type", "text/xml; charset=utf-8"},
                     {"SOAPAction", "\"" + std::string(k_namespace) + "/" + operation + "\""}};
  request.key = key;
  return request;
}

struct SoapReading {
  pugi::xml_document document;
  pugi::xml_node result;  // the <operationResult> element
  std::optional<Failure> failure;
};

// Reads a SOAP answer down to the operation's result; a fault or garbage becomes a failure.
void read_soap(const RawAnswer& answer, const std::string& operation, SoapReading& reading) {
  const pugi::xml_parse_result parsed = reading.document.load_buffer(answer.body.data(), answer.body.size());
  if (!parsed) {
    reading.failure = Failure{FailureKind::malformed_response,
                              std::string("the SOAP answer is not XML: ") + parsed.description(), answer.status, 0};
    return;
  }
  const pugi::xml_node body = descendant(reading.document, "Body");
  if (const pugi::xml_node fault = child(body, "Fault")) {
    std::string text = child_text(fault, "faultstring");
    const bool security = text.find("ecurity") != std::string::npos || text.find("uthenticat") != std::string::npos;
    reading.failure = Failure{security ? FailureKind::rejected_credentials : FailureKind::server_error,
                              "SOAP fault: " + text, answer.status, 0};
    return;
  }
  if (answer.status != 200) {
    reading.failure = reading::failure_for_status(answer, "");
    return;
  }
  reading.result = descendant(body, (operation + "Result").c_str());
  if (!reading.result) {
    reading.failure = Failure{FailureKind::malformed_response, "the SOAP answer has no " + operation + "Result",
                              answer.status, 0};
  }
}

// exceptie errorcode: 1 none found, 2 technical error, 3 too many results, 4 wrong input.
std::optional<Failure> exception_failure(const pugi::xml_node& exception, long status) {
  const std::string code = exception.attribute("errorcode").as_string();
  const std::string text = exception.text().as_string();
  if (code == "1") return std::nullopt;
  if (code == "2") return Failure{FailureKind::server_error, "technical error in the register: " + text, status, 0};
  return Failure{FailureKind::rejected_request, "the register refused the question (" + code + "): " + text, status, 0};
}

// "01.ams.12.345.F.1300.1.12" -> "ams.12.345.F": one key per insolvency case.
std::string case_of_reference(const std::string& reference) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= reference.size()) {
    const auto dot = reference.find('.', start);
    parts.push_back(reference.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (parts.size() == 9) parts.erase(parts.begin());  // the optional system number
  if (parts.size() < 4) return reference;
  return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
}

InsolvencyCase read_case(const pugi::xml_node& insolvent) {
  InsolvencyCase result;
  result.number = child_text(insolvent, "insolventienummer");
  result.kind = insolvency_kind(result.number);
  result.court = child_text(insolvent, "behandelendeInstantieNaam");
  const pugi::xml_node person = child(insolvent, "persoon");
  std::string name = child_text(person, "voornaam");
  for (const char* part : {"voorvoegsel", "achternaam"}) {
    const std::string value = child_text(person, part);
    if (!value.empty()) name += (name.empty() ? "" : " ") + value;
  }
  result.name = name;
  result.kvk = child_text(person, "KvKNummer");
  result.birth_date = reading::compact_or_iso_date(child_text(person, "geboortedatum").substr(0, 10));
  if (result.name.empty()) {
    if (const pugi::xml_node names = child(insolvent, "handelendOnderDeNamen")) {
      result.name = child_text(child(names, "handelendOnderDeNaam"), "handelsnaam");
    }
  }
  for (pugi::xml_node publication : child(insolvent, "publicatiegeschiedenis").children()) {
    if (std::strcmp(local_name(publication), "publicatie") != 0) continue;
    result.publications.push_back({reading::compact_or_iso_date(child_text(publication, "publicatieDatum").substr(0, 10)),
                                   child_text(publication, "publicatieKenmerk"),
                                   child_text(publication, "publicatieSoortCode"),
                                   child_text(publication, "publicatieOmschrijving")});
  }
  return result;
}

}  // namespace

std::string insolvency_kind(const std::string& case_number) {
  if (case_number.starts_with("F")) return "faillissement";
  if (case_number.starts_with("S")) return "surseance";
  if (case_number.starts_with("R")) return "schuldsanering";
  return {};
}

Lookup<InsolvencyCase> CirAdapter::search_undertaking(const std::string& kvk, const std::string& name) const {
  std::string parameters;
  std::string key = "searchUndertaking";
  if (!name.empty()) {
    parameters += "<name>" + text::xml_escape(name) + "</name>";
    key += " name=" + name;
  }
  if (!kvk.empty()) {
    parameters += "<commercialRegisterID>" + text::xml_escape(kvk) + "</commercialRegisterID>";
    key += " commercialRegisterID=" + kvk;
  }
  return cases_for("searchUndertaking", parameters, key);
}

Lookup<InsolvencyCase> CirAdapter::search_person(const std::string& surname, const std::string& prefix,
                                                 const std::optional<Date>& birth_date) const {
  std::string parameters;
  std::string asked;
  if (!prefix.empty()) {
    parameters += "<prefix>" + text::xml_escape(prefix) + "</prefix>";
    asked += " prefix=" + prefix;
  }
  parameters += "<surname>" + text::xml_escape(surname) + "</surname>";
  asked += " surname=" + surname;
  if (birth_date) {
    parameters += "<dateOfBirth>" + birth_date->iso() + "T00:00:00</dateOfBirth>";
    asked += " dateOfBirth=" + birth_date->iso();
  }
  // A person's name with a date of birth is personal data: the key holds its pseudonym.
  return cases_for("searchNaturalPerson", parameters, "searchNaturalPerson " + pseudonym(asked));
}

Lookup<InsolvencyCase> CirAdapter::cases_for(const std::string& operation, const std::string& parameters_xml,
                                             const std::string& key) const {
  const Fetched fetched = m_gateway.fetch("cir", soap_request(operation, parameters_xml, key));
  if (fetched.failure) return failed_lookup<InsolvencyCase>(*fetched.failure);
  std::vector<Provenance> provenance = {fetched.answer->provenance};
  SoapReading soap;
  read_soap(*fetched.answer, operation, soap);
  if (soap.failure) return failed_lookup<InsolvencyCase>(*soap.failure, provenance);
  const pugi::xml_node list = descendant(soap.result, "publicatieLijst");
  if (!list) {
    return failed_lookup<InsolvencyCase>(
        Failure{FailureKind::malformed_response, "the answer has no publicatieLijst", 200, 0}, provenance);
  }
  if (const pugi::xml_node exception = child(list, "exceptie")) {
    if (auto failure = exception_failure(exception, fetched.answer->status)) {
      return failed_lookup<InsolvencyCase>(*failure, provenance);
    }
    m_gateway.confirm(*fetched.answer);
    return answered_lookup<InsolvencyCase>({}, provenance);
  }
  m_gateway.confirm(*fetched.answer);
  std::vector<InsolvencyCase> cases;
  std::set<std::string> seen;
  for (pugi::xml_node reference : list.children()) {
    if (std::strcmp(local_name(reference), "publicatieKenmerk") != 0) continue;
    const std::string value = reference.text().as_string();
    if (!seen.insert(case_of_reference(value)).second) continue;
    Lookup<InsolvencyCase> one = get_case(value);
    provenance.insert(provenance.end(), one.provenance.begin(), one.provenance.end());
    if (one.failed()) return failed_lookup<InsolvencyCase>(*one.failure, provenance);
    cases.insert(cases.end(), one.records.begin(), one.records.end());
  }
  return answered_lookup<InsolvencyCase>(std::move(cases), provenance);
}

Lookup<InsolvencyCase> CirAdapter::get_case(const std::string& publication_reference) const {
  const Fetched fetched =
      m_gateway.fetch("cir", soap_request("getCase", "<publicationNumber>" + text::xml_escape(publication_reference) +
                                                         "</publicationNumber>",
                                          "getCase publicationNumber=" + publication_reference));
  if (fetched.failure) return failed_lookup<InsolvencyCase>(*fetched.failure);
  std::vector<Provenance> provenance = {fetched.answer->provenance};
  SoapReading soap;
  read_soap(*fetched.answer, "getCase", soap);
  if (soap.failure) return failed_lookup<InsolvencyCase>(*soap.failure, provenance);
  const pugi::xml_node root = descendant(soap.result, "inspubWebserviceInsolvente");
  if (const pugi::xml_node exception = child(root, "exceptie")) {
    if (auto failure = exception_failure(exception, fetched.answer->status)) {
      return failed_lookup<InsolvencyCase>(*failure, provenance);
    }
    m_gateway.confirm(*fetched.answer);
    return answered_lookup<InsolvencyCase>({}, provenance);
  }
  const pugi::xml_node insolvent = child(root, "insolvente");
  if (!insolvent || child_text(insolvent, "insolventienummer").empty()) {
    return failed_lookup<InsolvencyCase>(
        Failure{FailureKind::malformed_response, "the case has no insolventienummer", 200, 0}, provenance);
  }
  // A case number tells the kind: F bankruptcy, S suspension of payments, R debt rescheduling.
  if (insolvency_kind(child_text(insolvent, "insolventienummer")).empty()) {
    return failed_lookup<InsolvencyCase>(
        Failure{FailureKind::malformed_response,
                "the insolventienummer " + text::quoted(child_text(insolvent, "insolventienummer")) +
                    " is of no kind the register keeps (F, S or R)",
                200, 0},
        provenance);
  }
  m_gateway.confirm(*fetched.answer);
  return answered_lookup<InsolvencyCase>({read_case(insolvent)}, provenance);
}

}  // namespace bibob::registries
