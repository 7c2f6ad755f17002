#include "matching/given_names.hpp"

#include <stdexcept>
#include <unordered_map>

namespace bibob::matching::given_names {
namespace {

// Dutch baptismal names with their call names first, then English, German and Russian ones.
// Two names each in use as a name of its own (Gerard, Gerrit) are not put together: only a
// name and the forms that stand for it. Spelling variants the comparison pairs anyway
// (Cornelis, Cornelius) need not all be here.
const std::vector<std::vector<std::string_view>> k_groups = {
    {"johannes", "jan", "hans", "joop", "hannes"},
    {"cornelis", "cornelius", "kees", "cees", "cor", "kor"},
    {"wilhelmus", "willem", "wim", "pim", "willy"},
    {"hendrikus", "hendrik", "henk", "hein"},
    {"petrus", "pieter", "piet"},
    {"jacobus", "jacob", "jakob", "sjaak", "koos", "jaap"},
    {"nicolaas", "klaas", "niek", "nico"},
    {"antonius", "anton", "antoon", "toon", "ton", "teun"},
    {"hermanus", "herman", "harm"},
    {"marinus", "rien", "rinus"},
    {"martinus", "maarten", "tinus"},
    {"matthijs", "mathijs", "thijs", "matthias"},
    {"franciscus", "frans", "sus"},
    {"hubertus", "huub", "huib"},
    {"bartholomeus", "bart"},
    {"sebastiaan", "bas"},
    {"leonardus", "leendert", "leen"},
    {"adrianus", "adriaan", "arie", "ad"},
    {"rudolphus", "rudolf", "ruud", "rudi"},
    {"alphonsus", "alfons", "fons"},
    {"abraham", "bram"},
    {"lambertus", "lambert", "bertus"},
    {"theodorus", "theo"},
    {"josephus", "jozef", "joseph", "sjef", "jos", "joe", "joey"},
    {"gustaaf", "guus"},
    {"constantijn", "stijn"},
    {"maria", "marie", "mies", "ria", "maaike", "mieke"},
    {"johanna", "jo", "hanneke"},
    {"elisabeth", "elizabeth", "liesbeth", "lies", "els", "bep", "betty", "beth", "liz", "eliza"},
    {"geertruida", "truus", "trudy"},
    {"petronella", "nel", "nelly"},
    {"wilhelmina", "wilma", "willemien"},
    {"hendrika", "riek", "rika"},
    {"catharina", "katherine", "catherine", "kathryn", "trijntje", "kate", "kathy", "katie"},
    {"william", "bill", "billy", "will"},
    {"robert", "bob", "bobby", "rob", "robbie"},
    {"richard", "dick", "rick", "richie"},
    {"james", "jim", "jimmy", "jamie"},
    {"john", "johnny", "jack"},
    {"edward", "ed", "eddie", "ted", "ned"},
    {"thomas", "tom", "tommy"},
    {"michael", "mike", "mick", "mickey"},
    {"charles", "charlie", "chuck"},
    {"margaretha", "margaret", "maggie", "peggy", "meg", "greet", "grietje", "margriet"},
    {"anthony", "tony"},
    {"daniel", "dan", "danny", "daan"},
    {"david", "dave"},
    {"stephen", "steven", "steve"},
    {"benjamin", "ben"},
    {"nicholas", "nick"},
    {"samuel", "sam"},
    {"frederick", "frederik", "fred", "freddy", "frits"},
    {"henry", "harry", "hank"},
    {"lawrence", "larry"},
    {"aleksandr", "alexander", "sasha", "sacha", "sanya", "shura", "alex", "sander"},
    {"vladimir", "volodya", "vova"},
    {"dmitry", "dmitri", "dima", "mitya"},
    {"mikhail", "misha"},
    {"nikolai", "nikolay", "kolya"},
    {"sergei", "sergey", "seryozha"},
    {"yevgeny", "evgeny", "yevgeniy", "zhenya"},
    {"aleksei", "alexei", "aleksey", "alyosha", "lyosha"},
    {"ivan", "vanya"},
    {"pavel", "pasha"},
    {"konstantin", "kostya"},
    {"viktor", "vitya"},
    {"yuri", "yury", "yura"},
    {"anatoly", "tolya"},
    {"grigory", "grisha"},
    {"friedrich", "fritz"},
};

const std::unordered_map<std::string_view, std::uint8_t>& groups_by_word() {
  static const auto map = [] {
    if (k_groups.size() >= 255) throw std::logic_error("more given-name groups than an id holds");
    std::unordered_map<std::string_view, std::uint8_t> out;
    for (std::size_t g = 0; g < k_groups.size(); ++g) {
      for (const std::string_view word : k_groups[g]) {
        if (!out.emplace(word, static_cast<std::uint8_t>(g + 1)).second) {
          throw std::logic_error("a given name in two groups");
        }
      }
    }
    return out;
  }();
  return map;
}

}  // namespace

std::uint8_t group_of(std::string_view word) {
  const auto& map = groups_by_word();
  const auto found = map.find(word);
  return found == map.end() ? 0 : found->second;
}

const std::vector<std::string_view>& words_of(std::uint8_t group) {
  static const std::vector<std::string_view> none;
  return group == 0 || group > k_groups.size() ? none : k_groups[group - 1U];
}

}  // namespace bibob::matching::given_names
