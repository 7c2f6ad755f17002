#pragma once

#include <string>
#include <vector>

// The closed sets of values a case file may use (schema bibob-case/1).
namespace bibob::vocabulary {

inline const std::vector<std::string> k_authorities = {"burgemeester", "college", "raad"};
inline const std::vector<std::string> k_trajectories = {"aanvraag", "intrekking", "subsidie", "vastgoed",
                                                        "aanbesteding"};
inline const std::vector<std::string> k_triggers = {"categorie",       "drempel",    "signaal_riec",
                                                    "signaal_politie", "signaal_om", "steekproef"};
inline const std::vector<std::string> k_party_kinds = {"person", "organisation"};
inline const std::vector<std::string> k_legal_forms = {"bv",         "nv",         "vof",        "cv",
                                                       "eenmanszaak", "stichting", "vereniging", "cooperatie",
                                                       "maatschap",   "buitenlands"};
inline const std::vector<std::string> k_relation_types = {
    "director", "shareholder",   "ubo",            "financier", "landlord", "business_partner",
    "manager",  "subcontractor", "representative", "de_facto_manager"};
inline const std::vector<std::string> k_financing_kinds = {"own_funds",       "loan",        "gift",
                                                           "investment",      "lease",       "supplier_credit",
                                                           "bank_credit",     "crowdfunding", "cash"};
inline const std::vector<std::string> k_payment_channels = {"bank", "cash"};
inline const std::vector<std::string> k_use_titles = {"eigendom", "huur", "onderhuur", "gebruik", "erfpacht"};
inline const std::vector<std::string> k_antecedent_types = {"strafrechtelijk", "fiscaal", "bestuursrechtelijk"};
// The kind of offence of an antecedent, and how the case ended (afdoening).
inline const std::vector<std::string> k_offence_kinds = {"opiumwet", "witwassen", "fraude",       "fiscaal",
                                                         "geweld",   "wapens",    "mensenhandel", "overig"};
inline const std::vector<std::string> k_disposals = {"veroordeling", "transactie", "strafbeschikking",
                                                     "sepot",        "vrijspraak", "lopend"};
// A request for data (Wet Bibob art. 4, Awb 4:5): who asked, and what came of it.
inline const std::vector<std::string> k_requesters = {"gemeente", "lbb"};
inline const std::vector<std::string> k_request_answers = {"beantwoord", "deels", "geweigerd", "geen_antwoord", "lopend"};
inline const std::vector<std::string> k_insolvency_kinds = {"faillissement", "surseance", "schuldsanering"};

}  // namespace bibob::vocabulary
