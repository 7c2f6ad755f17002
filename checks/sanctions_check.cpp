#include "checks/check_registry.hpp"
#include "checks/finding_builder.hpp"
#include "model/dutch_labels.hpp"
#include "util/dutch_format.hpp"
#include "util/text.hpp"

namespace bibob::checks {
namespace {

// Every party, and every person or organisation the registries add to the relations graph,
// screened against the imported sanctions and terrorism lists, with reviewer decisions.
class SanctionsCheck final : public screening::Check {
 public:
  const screening::CheckDeclaration& declaration() const override {
    static const screening::CheckDeclaration declaration = {
        "sanctions",
        "Every party against the sanctions and terrorism lists, through the name-screening engine",
        "sanctions_list_hit",
        "antecedenten",
        {Ground::a, Ground::b},
        {},
        {"lists"},
        {}};
    return declaration;
  }

  void run(const screening::ScreeningContext& context, const screening::CheckParams&,
           screening::Findings& findings) const override {
    const screening::PartyListScreener* lists = context.lists();
    if (lists == nullptr || !lists->has_lists()) {
      Finding finding;
      finding.severity = Severity::high;
      finding.status = FindingStatus::not_verified;
      finding.basis = Basis::criminal_relation;  // what the lists could have shown
      finding.statement =
          "Niet geverifieerd: er zijn geen sanctie- of terrorismelijsten ingelezen; geen van de "
          "betrokkenen is daartegen gescreend.";
      finding.detail = "no lists imported (bibob lists import)";
      findings.push_back(std::move(finding));
      return;
    }
    std::size_t screened = 0;
    for (const Party* party : context.screened_parties()) {
      screen(context, *party, party->id, findings);
      ++screened;
    }
    // Names only the registries know (officers, owners) are screened too.
    for (const auto& node : context.graph().nodes()) {
      if (node.source == "case_file") continue;
      Party party;
      party.id = node.id;
      party.kind = node.person ? PartyKind::person : PartyKind::organisation;
      if (node.person) {
        party.person_name.family = node.name;
      } else {
        party.organisation_name = node.name;
      }
      screen(context, party, "", findings);
      ++screened;
    }
    // A list older than lists.max_age_days cannot show who was listed since: that part of the
    // screening is not verified. It weighs as little as a low fact, so it alone makes no doubt.
    for (const auto& [list, age] : lists->list_ages()) {
      if (age <= context.config().list_max_age_days) continue;
      Finding stale;
      stale.severity = Severity::low;
      stale.status = FindingStatus::not_verified;
      stale.basis = Basis::criminal_relation;
      stale.statement = "Niet geverifieerd: " + list_label(list) + " is " + std::to_string(age) +
                        " dagen oud, ouder dan " + std::to_string(context.config().list_max_age_days) +
                        " dagen; wie er sindsdien op staat, is "
                        "niet gevonden.";
      stale.detail = "stale list " + list + " (lists.max_age_days; bibob lists import)";
      findings.push_back(std::move(stale));
    }
    Finding summary;
    summary.severity = Severity::info;
    summary.statement = std::to_string(screened) + " namen gescreend tegen " + lists->lists_consulted() + ".";
    findings.push_back(std::move(summary));
  }

 private:
  static void screen(const screening::ScreeningContext& context, const Party& party, const std::string& party_id,
                     screening::Findings& findings) {
    const std::string name = party.display_name();
    for (const auto& hit : context.lists()->screen(party)) {
      const Severity severity = screening::counts_as_hit(hit) ? Severity::high : Severity::info;
      const auto published = Date::parse(hit.list_published);
      std::string statement = name + " lijkt op \"" + hit.matched_name + "\" op " + list_label(hit.list) +
                              " (vermelding " + hit.entry_id + ", overeenkomst " + text::getal(hit.score) +
                              "; lijst van " + (published ? published->dutch() : hit.list_published) + ", " +
                              std::to_string(hit.list_age_days) + (hit.list_age_days == 1 ? " dag" : " dagen") +
                              " oud).";
      if (hit.birth_conflict) statement += " De geboortedatum wijkt af: getoond, niet als treffer geteld.";
      if (!hit.match && !hit.birth_conflict) statement += " De score ligt onder de drempel: getoond, niet geteld.";
      if (hit.review_decision == "false_positive") {
        statement += " Eerder beoordeeld als onterechte treffer: " + hit.review_reason + ".";
      } else if (hit.review_decision == "confirmed") {
        statement += " Eerder bevestigd als treffer: " + hit.review_reason + ".";
      }
      if (!hit.explanation.empty()) statement += " Toelichting: " + hit.explanation;
      Finding finding = about(context, party_id, severity, statement);
      if (party_id.empty()) {
        finding.parties.push_back(name);
        if (const auto* node = context.graph().node(party.id)) finding.relation_path = node->name + " (" + node->source + ")";
      }
      if (severity == Severity::high) {
        finding.basis = Basis::criminal_relation;
        // A name that resembles a listed one is a possible match until a reviewer confirms it is
        // the same person: it leaves doubt, it does not carry a degree of danger.
        if (hit.review_decision != "confirmed") {
          finding.status = FindingStatus::unconfirmed;
          finding.statement += " De identiteit is niet bevestigd: tot dan een mogelijke treffer.";
        }
        finding.question = "Is " + name + " dezelfde als de vermelding " + hit.entry_id + " op de " + hit.list + "-lijst?";
      }
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<screening::Check> make_sanctions_check() { return std::make_unique<SanctionsCheck>(); }

}  // namespace bibob::checks
