#include "casefile/parser.hpp"

#include "model/vocabulary.hpp"
#include "util/identifiers.hpp"
#include "util/text.hpp"
#include "yamlio/load.hpp"

namespace bibob::casefile {
namespace {

using yamlio::MapReader;
using yamlio::ReadContext;

// Reads an optional text value and checks its format with is_valid; the message says why not.
std::string checked_identifier(MapReader& reader, std::string_view key, bool (*is_valid)(std::string_view),
                               std::string_view why, std::string_view code) {
  auto value = reader.text(key);
  if (!value || value->empty()) return {};
  if (!is_valid(*value)) {
    reader.context().invalid(yamlio::child_path(reader.path(), key), text::quoted(*value) + " " + std::string(why),
                             std::string(code));
  }
  return *value;
}

std::string country(MapReader& reader, std::string_view key) {
  return checked_identifier(reader, key, identifiers::is_country_code,
                            "is not an ISO 3166 country code (two capital letters, such as NL)", "country_code");
}

// Runs read for an item that must be a mapping; reports anything else.
template <typename Read>
void with_map(ReadContext& context, const YAML::Node& item, const std::string& path, Read read) {
  if (!item.IsMap()) {
    context.invalid(item, path, "expected a mapping, found " + yamlio::describe_node(item), "wrong_type");
    return;
  }
  MapReader reader(context, item, path);
  read(reader);
}

std::optional<Address> read_address(MapReader& parent, std::string_view key, bool required = false) {
  auto reader = parent.map(key, required);
  if (!reader) return std::nullopt;
  reader->allow_only({"street", "number", "suffix", "postcode", "city", "country"});
  Address address;
  address.street = reader->text("street").value_or("");
  address.number = reader->text("number").value_or("");
  address.suffix = reader->text("suffix").value_or("");
  address.city = reader->text("city").value_or("");
  address.country = country(*reader, "country");
  if (address.country.empty()) address.country = "NL";
  // Only Dutch addresses have a Dutch postcode; a foreign one is kept as given.
  if (address.country == "NL") {
    address.postcode = checked_identifier(*reader, "postcode", identifiers::is_valid_postcode,
                                          "is not a Dutch postcode of the form 1234 AB", "postcode");
  } else {
    address.postcode = reader->text("postcode").value_or("");
  }
  return address;
}

void read_person_name(MapReader& reader, Party& party) {
  const YAML::Node name = reader.node()["name"];
  if (name.IsDefined() && name.IsScalar()) {
    reader.context().invalid(name, yamlio::child_path(reader.path(), "name"),
                             "a person's name is a mapping {given, prefix, family}, found " +
                                 yamlio::describe_node(name),
                             "wrong_type");
    return;
  }
  auto name_reader = reader.map("name");
  if (!name_reader) return;
  name_reader->allow_only({"given", "prefix", "family"});
  party.person_name.given = name_reader->name("given").value_or("");
  party.person_name.prefix = name_reader->name("prefix").value_or("");
  // A missing name is a missing answer (completeness), not a broken file.
  party.person_name.family = name_reader->name("family").value_or("");
}

void read_person(MapReader& reader, Party& party) {
  read_person_name(reader, party);
  party.birth_date = reader.date("birth_date");
  party.birth_place = reader.text("birth_place").value_or("");
  reader.each("nationality", false, [&](const YAML::Node& item, const std::string& path) {
    if (!item.IsScalar() || !identifiers::is_country_code(item.Scalar())) {
      reader.context().invalid(item, path,
                               yamlio::describe_node(item) + " is not an ISO 3166 country code (such as NL)",
                               "country_code");
      return;
    }
    party.nationality.push_back(item.Scalar());
  });
  party.bsn = checked_identifier(reader, "bsn", identifiers::is_valid_bsn, "fails the elfproef for a BSN", "elfproef");
  reader.each("antecedents", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(reader.context(), item, path, [&](MapReader& r) {
      r.allow_only({"type", "date", "description", "outcome", "offence", "disposal", "declared", "source", "reference"});
      Antecedent antecedent;
      antecedent.type = r.choice("type", vocabulary::k_antecedent_types, true).value_or("");
      antecedent.date = r.date("date", true);
      antecedent.description = r.paragraph("description").value_or("");
      antecedent.outcome = r.text("outcome").value_or("");
      antecedent.offence = r.choice("offence", vocabulary::k_offence_kinds).value_or("");
      antecedent.disposal = r.choice("disposal", vocabulary::k_disposals).value_or("");
      antecedent.declared = r.boolean("declared").value_or(true);
      antecedent.source = r.text("source").value_or("");
      antecedent.reference = r.text("reference").value_or("");
      party.antecedents.push_back(std::move(antecedent));
    });
  });
  reader.each("other_positions", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(reader.context(), item, path, [&](MapReader& r) {
      r.allow_only({"organisation", "kvk", "role", "from", "to"});
      Position position;
      position.organisation = r.name("organisation", true).value_or("");
      position.kvk = checked_identifier(r, "kvk", identifiers::is_valid_kvk_number, "is not a KvK number of 8 digits",
                                        "kvk_number");
      position.role = r.text("role").value_or("");
      position.from = r.date("from");
      position.to = r.date("to");
      party.other_positions.push_back(std::move(position));
    });
  });
  reader.each("insolvencies", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(reader.context(), item, path, [&](MapReader& r) {
      r.allow_only({"kind", "date", "organisation", "description"});
      DeclaredInsolvency insolvency;
      insolvency.kind = r.choice("kind", vocabulary::k_insolvency_kinds, true).value_or("");
      insolvency.date = r.date("date");
      insolvency.organisation = r.name("organisation").value_or("");
      insolvency.description = r.paragraph("description").value_or("");
      party.insolvencies.push_back(std::move(insolvency));
    });
  });
  reader.each("permit_history", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(reader.context(), item, path, [&](MapReader& r) {
      r.allow_only({"authority", "decision_type", "outcome", "date", "bibob"});
      PermitHistory history;
      history.authority = r.text("authority", true).value_or("");
      history.decision_type = r.text("decision_type").value_or("");
      history.outcome = r.text("outcome", true).value_or("");
      history.date = r.date("date");
      history.bibob = r.boolean("bibob").value_or(false);
      party.permit_history.push_back(std::move(history));
    });
  });
}

void read_organisation(MapReader& reader, Party& party) {
  party.organisation_name = reader.name("name").value_or("");
  party.kvk = checked_identifier(reader, "kvk", identifiers::is_valid_kvk_number, "is not a KvK number of 8 digits",
                                 "kvk_number");
  party.rsin = checked_identifier(reader, "rsin", identifiers::is_valid_rsin, "fails the elfproef for an RSIN",
                                  "elfproef");
  party.legal_form = reader.choice("legal_form", vocabulary::k_legal_forms).value_or("");
  party.trade_names = reader.name_list("trade_names");
  party.trade_names_past = reader.name_list("trade_names_past");
  party.founded_on = reader.date("founded_on");
  party.country = country(reader, "country");
  reader.each("sbi_codes", false, [&](const YAML::Node& item, const std::string& path) {
    if (!item.IsScalar() || !identifiers::is_valid_sbi_code(item.Scalar())) {
      reader.context().invalid(item, path, yamlio::describe_node(item) + " is not an SBI code (2 to 5 digits)",
                               "sbi_code");
      return;
    }
    party.sbi_codes.push_back(item.Scalar());
  });
}

const std::vector<std::string> k_person_keys = {
    "id",          "kind",        "name",        "birth_date",      "birth_place", "nationality",
    "bsn",         "address",     "antecedents", "other_positions", "insolvencies", "permit_history",
    "iban",        "declared_means_eur"};
const std::vector<std::string> k_organisation_keys = {"id",         "kind",        "name",
                                                      "kvk",        "rsin",        "legal_form",
                                                      "trade_names", "trade_names_past", "address",
                                                      "founded_on", "sbi_codes",   "country",
                                                      "iban",       "declared_means_eur"};

std::string iban(MapReader& reader) {
  return checked_identifier(reader, "iban", identifiers::is_valid_iban, "is not a valid IBAN (mod-97 check failed)",
                            "iban");
}

void read_party(MapReader& reader, CaseFile& file) {
  Party party;
  party.path = reader.path();
  party.id = reader.text("id", true).value_or("");
  const auto kind = reader.choice("kind", vocabulary::k_party_kinds, true);
  if (!kind) {
    // Kept so that references to it do not add errors of their own.
    file.parties.push_back(std::move(party));
    return;
  }
  party.kind = *kind == "person" ? PartyKind::person : PartyKind::organisation;
  if (party.is_person()) {
    reader.allow_only(k_person_keys);
    read_person(reader, party);
  } else {
    reader.allow_only(k_organisation_keys);
    read_organisation(reader, party);
  }
  party.address = read_address(reader, "address");
  party.iban = iban(reader);
  party.declared_means_eur = reader.number("declared_means_eur");
  if (party.declared_means_eur && *party.declared_means_eur < 0) {
    reader.context().invalid(yamlio::child_path(reader.path(), "declared_means_eur"), "an amount cannot be negative",
                             "negative_amount");
  }
  file.parties.push_back(std::move(party));
}

void read_header(MapReader& root, CaseFile& file) {
  auto reader = root.map("case", true);
  if (!reader) return;
  reader->allow_only({"id", "authority", "municipality", "decision_type", "trajectory", "trigger", "received_on",
                      "amount_eur", "questionnaire"});
  CaseHeader& header = file.header;
  header.id = reader->text("id", true).value_or("");
  header.authority = reader->choice("authority", vocabulary::k_authorities, true).value_or("");
  header.municipality = reader->text("municipality", true).value_or("");
  header.decision_type = reader->text("decision_type", true).value_or("");
  header.trajectory = reader->choice("trajectory", vocabulary::k_trajectories).value_or("aanvraag");
  header.trigger = reader->choice("trigger", vocabulary::k_triggers).value_or("");
  header.received_on = reader->date("received_on", true);
  header.amount_eur = reader->number("amount_eur");
  if (auto questionnaire = reader->map("questionnaire")) {
    questionnaire->allow_only({"signed_by", "signed_on", "declaration_truthful"});
    header.questionnaire.signed_by = questionnaire->text("signed_by").value_or("");
    header.questionnaire.signed_on = questionnaire->date("signed_on");
    header.questionnaire.declaration_truthful = questionnaire->boolean("declaration_truthful");
  }
}

void read_relations(MapReader& root, CaseFile& file) {
  root.each("relations", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(root.context(), item, path, [&](MapReader& r) {
      r.allow_only({"from", "to", "type", "share_pct", "since", "until", "direct", "evidence"});
      Relation relation;
      relation.path = path;
      relation.from = r.text("from", true).value_or("");
      relation.to = r.text("to", true).value_or("");
      relation.type = r.choice("type", vocabulary::k_relation_types, true).value_or("");
      relation.share_pct = r.number("share_pct");
      relation.since = r.date("since");
      relation.until = r.date("until");
      relation.direct = r.boolean("direct").value_or(true);
      relation.evidence = r.text_list("evidence");
      file.relations.push_back(std::move(relation));
    });
  });
}

void read_financing(MapReader& root, CaseFile& file) {
  auto reader = root.map("financing");
  if (!reader) return;
  reader->allow_only({"total_investment_eur", "items"});
  file.financing.total_investment_eur = reader->number("total_investment_eur");
  reader->each("items", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(root.context(), item, path, [&](MapReader& r) {
      r.allow_only({"kind", "amount_eur", "provider", "provider_name", "provider_country", "origin", "paid_via",
                    "iban", "terms", "evidence"});
      FinancingItem financing;
      financing.path = path;
      financing.kind = r.choice("kind", vocabulary::k_financing_kinds, true).value_or("");
      financing.amount_eur = r.number("amount_eur", true).value_or(0);
      financing.provider = r.text("provider").value_or("");
      financing.provider_name = r.name("provider_name").value_or("");
      financing.provider_country = country(r, "provider_country");
      financing.origin = r.text("origin").value_or("");
      financing.paid_via = r.choice("paid_via", vocabulary::k_payment_channels).value_or("");
      financing.iban = iban(r);
      if (auto terms = r.map("terms")) {
        terms->allow_only({"interest_pct", "duration_months", "security"});
        financing.terms = LoanTerms{terms->number("interest_pct"), terms->number("duration_months"),
                                    terms->text("security").value_or("")};
      }
      financing.evidence = r.text_list("evidence");
      file.financing.items.push_back(std::move(financing));
    });
  });
}

void read_premises(MapReader& root, CaseFile& file) {
  auto reader = root.map("premises");
  if (!reader) return;
  reader->allow_only({"address", "use_title", "owner", "landlord", "rent_eur_month", "floor_area_m2",
                      "takeover_price_eur"});
  Premises premises;
  premises.address = read_address(*reader, "address");
  premises.use_title = reader->choice("use_title", vocabulary::k_use_titles).value_or("");
  premises.owner = reader->text("owner").value_or("");
  premises.landlord = reader->text("landlord").value_or("");
  premises.rent_eur_month = reader->number("rent_eur_month");
  premises.floor_area_m2 = reader->number("floor_area_m2");
  premises.takeover_price_eur = reader->number("takeover_price_eur");
  file.premises = std::move(premises);
}

void read_documents(MapReader& root, CaseFile& file) {
  root.each("documents", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(root.context(), item, path, [&](MapReader& r) {
      r.allow_only({"id", "type", "received_on", "sha256", "description"});
      Document document;
      document.path = path;
      document.id = r.text("id", true).value_or("");
      document.type = r.text("type", true).value_or("");
      document.received_on = r.date("received_on");
      document.sha256 = r.text("sha256").value_or("");
      document.description = r.paragraph("description").value_or("");
      file.documents.push_back(std::move(document));
    });
  });
}

void read_requests(MapReader& root, CaseFile& file) {
  root.each("requests", false, [&](const YAML::Node& item, const std::string& path) {
    with_map(root.context(), item, path, [&](MapReader& r) {
      r.allow_only({"sent_on", "by", "subject", "due_on", "answer"});
      InformationRequest request;
      request.path = path;
      request.sent_on = r.date("sent_on", true);
      request.by = r.choice("by", vocabulary::k_requesters).value_or("gemeente");
      request.subject = r.paragraph("subject").value_or("");
      request.due_on = r.date("due_on");
      request.answer = r.choice("answer", vocabulary::k_request_answers, true).value_or("");
      file.requests.push_back(std::move(request));
    });
  });
}

}  // namespace

ParsedCase parse_case_text(std::string_view text, const std::string& file_label) {
  ParsedCase parsed(file_label);
  auto root = yamlio::parse_mapping(text, file_label, parsed.context.diagnostics());
  if (!root) return parsed;

  MapReader reader(parsed.context, *root, "");
  const auto schema = reader.text("schema");
  if (!schema) {
    parsed.context.invalid(*root, "schema", std::string("required but missing; a case file starts with schema: ") +
                                               k_case_schema, "missing_key");
    return parsed;
  }
  if (*schema != k_case_schema) {
    parsed.context.invalid("schema", "unknown schema " + text::quoted(*schema) + "; this bibob reads " +
                                         k_case_schema, "unknown_schema");
    return parsed;
  }
  reader.allow_only(
      {"schema", "case", "applicant", "parties", "relations", "financing", "premises", "documents", "requests"});

  CaseFile file;
  file.source = file_label;
  parsed.document = *root;
  read_header(reader, file);
  file.applicant = reader.text("applicant", true).value_or("");
  const std::size_t party_count = reader.each("parties", true, [&](const YAML::Node& item, const std::string& path) {
    with_map(parsed.context, item, path, [&](MapReader& r) { read_party(r, file); });
  });
  if (party_count == 0 && reader.has("parties")) parsed.context.invalid("parties", "lists no party", "missing_key");
  read_relations(reader, file);
  read_financing(reader, file);
  read_premises(reader, file);
  read_documents(reader, file);
  read_requests(reader, file);
  parsed.case_file = std::move(file);
  return parsed;
}

ParsedCase parse_case_file(const std::string& path) {
  const std::string text = yamlio::read_text_file(path, k_max_case_file_bytes, "case file");
  return parse_case_text(text, path);
}

}  // namespace bibob::casefile
