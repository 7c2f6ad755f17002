#include <fstream>
#include <map>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/lists_support.hpp"
#include "lists/csv_reader.hpp"
#include "matching/screener.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"
#include "util/input_file.hpp"

namespace bibob::cli {
namespace {

struct Pair {
  std::string left;
  std::string right;
  std::optional<matching::EntityKind> kind;
};

std::optional<matching::EntityKind> kind_of(const std::string& kind, const std::string& where) {
  if (kind.empty()) return std::nullopt;
  const auto parsed = matching::parse_entity_kind(kind);
  if (!parsed || *parsed == matching::EntityKind::other) {
    const std::string message = "kind " + text::quoted(kind) + " is not person or organisation";
    if (where.empty()) throw UsageError(message);
    throw InputError(where + ": " + message);
  }
  return parsed;
}

// pairs.csv: a header name1,name2[,kind].
std::vector<Pair> read_pairs(const std::string& file) {
  std::ifstream in = input_file::open(file, "file of name pairs");
  lists::CsvReader reader(in, file);
  const auto header = reader.next();
  if (!header || header->size() < 2 || (*header)[0] != "name1" || (*header)[1] != "name2" ||
      (header->size() > 2 && (*header)[2] != "kind")) {
    throw InputError(file + ":1: expected the header name1,name2[,kind]");
  }
  std::vector<Pair> pairs;
  while (auto row = reader.next()) {
    const std::string where = file + ":" + std::to_string(reader.line());
    if (row->size() < 2 || row->size() > header->size()) {
      throw InputError(where + ": expected " + std::to_string(header->size()) + " fields, found " + std::to_string(row->size()));
    }
    if ((*row)[0].empty() || (*row)[1].empty()) throw InputError(where + ": name1 and name2 must both be given");
    pairs.push_back({(*row)[0], (*row)[1], kind_of(row->size() > 2 ? (*row)[2] : "", where)});
  }
  return pairs;
}

// `bibob names compare`: one pair of names, or a file of pairs, scored with explanation.
class NamesCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_compare = app.add_subcommand("compare", "Score two names (or --input pairs.csv) from 0 to 1, with explanation");
    m_compare->add_option("names", m_names, "NAME1 NAME2")->expected(0, 2);
    m_compare->add_option("--input", m_input, "A CSV of pairs: name1,name2[,kind]");
    m_compare->add_option("--kind", m_kind, "person or organisation (default: as the names evidently are)")
        ->check(CLI::IsMember({"person", "organisation"}));
  }

  ExitCode run(Context& context) override {
    std::vector<Pair> pairs;
    if (!m_input.empty()) {
      if (!m_names.empty()) throw UsageError("give either NAME1 NAME2 or --input FILE");
      pairs = read_pairs(m_input);
    } else {
      if (m_names.size() != 2) throw UsageError("names compare needs two names (or --input FILE)");
      pairs.push_back({m_names[0], m_names[1], kind_of(m_kind, "")});
    }
    const double threshold = context.config().matching.threshold;
    ExitCode code = ExitCode::ok;
    for (const auto& pair : pairs) {
      matching::NameExplanation explanation;
      const matching::NameScore score = matching::compare_any(pair.left, pair.right, pair.kind, &explanation);
      const bool match = score.score >= threshold;
      if (match) code = ExitCode::attention;
      if (context.json()) {
        context.out() << Json{{"schema", "bibob-name-comparison/1"},
                              {"name1", pair.left},
                              {"name2", pair.right},
                              {"kind", pair.kind ? Json(matching::to_string(*pair.kind)) : Json(nullptr)},
                              {"score", json_score(score.score)},
                              {"threshold", threshold},
                              {"match", match},
                              {"explanation", explanation_json(explanation)}}
                             .dump()
                      << '\n';
        continue;
      }
      context.out() << matching::format_score(score.score) << (match ? "  match     " : "  no match  ") << "\"" << pair.left
                    << "\" / \"" << pair.right << "\" (threshold " << matching::format_score(threshold) << ")\n";
      if (!context.options().quiet) matching::print_explanation(explanation, context.out(), "  ");
    }
    return code;
  }

 private:
  CLI::App* m_compare = nullptr;
  std::vector<std::string> m_names;
  std::string m_input;
  std::string m_kind;
};

}  // namespace

std::unique_ptr<Command> make_names_command() { return std::make_unique<NamesCommand>(); }

}  // namespace bibob::cli
