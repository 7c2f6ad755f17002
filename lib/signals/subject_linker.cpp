#include "signals/subject_linker.hpp"

#include <set>

#include "registries/bag_adapter.hpp"
#include "registries/kvk_adapter.hpp"
#include "screening/name_identity.hpp"

namespace bibob::signals {
namespace {

std::string compact(const std::string& postcode) {
  std::string out;
  for (const char c : postcode) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace

void SubjectLinker::link(Signal& signal) const {
  signal.linked_id.clear();
  signal.link_status.clear();
  if (signal.subject_kind == "address") link_address(signal);
  if (signal.subject_kind == "company") link_company(signal);
}

void SubjectLinker::link_address(Signal& signal) const {
  const auto lookup = registries::BagAdapter(m_gateway).address(compact(signal.postcode), signal.number);
  if (lookup.failed()) {
    signal.link_status = "not_verified";
  } else if (!lookup.found()) {
    signal.link_status = "not_found";
  } else {
    signal.linked_id = lookup.record().address_id;
    signal.link_status = "linked";
  }
}

void SubjectLinker::link_company(Signal& signal) const {
  const registries::KvkAdapter kvk(m_gateway);
  if (!signal.kvk.empty()) {
    const auto profile = kvk.basisprofiel(signal.kvk);
    signal.link_status = profile.failed() ? "not_verified" : profile.found() ? "declared" : "not_found";
    if (profile.found()) signal.linked_id = signal.kvk;
    return;
  }
  registries::KvkQuery query;
  query.name = signal.name;
  const auto search = kvk.search(query);
  if (search.failed()) {
    signal.link_status = "not_verified";
    return;
  }
  // The search is broad; only companies whose name is this name count.
  std::set<std::string> numbers;
  for (const auto& hit : search.records) {
    if (screening::same_organisation(hit.name, signal.name)) numbers.insert(hit.kvk);
  }
  if (numbers.empty()) {
    signal.link_status = "not_found";
  } else if (numbers.size() > 1) {
    signal.link_status = "ambiguous";
  } else {
    signal.linked_id = *numbers.begin();
    signal.link_status = "linked";
  }
}

bool about_address(const Signal& signal, const std::string& postcode, const std::string& number,
                   const std::string& bag_address_id) {
  if (signal.subject_kind != "address") return false;
  if (!signal.linked_id.empty() && !bag_address_id.empty()) return signal.linked_id == bag_address_id;
  return compact(signal.postcode) == compact(postcode) && signal.number == number;
}

}  // namespace bibob::signals
