#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/json_output.hpp"
#include "rendering/template_check.hpp"
#include "rendering/template_store.hpp"
#include "rendering/template_variables.hpp"
#include "util/input_file.hpp"

namespace bibob::cli {
namespace {

std::string type_name(rendering::VariableType type) {
  switch (type) {
    case rendering::VariableType::text: return "text";
    case rendering::VariableType::flag: return "flag";
    case rendering::VariableType::list: return "list";
    case rendering::VariableType::object: return "group";
  }
  return "text";
}

class TemplatesCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_list = app.add_subcommand("list", "List the document templates and where each comes from");
    m_vars = app.add_subcommand("vars", "List every variable a template may use, with its meaning");
    m_vars->add_option("name", m_name, "Only the variables this template uses");
    m_check = app.add_subcommand("check", "Check a folder of templates: unknown variables, sections, partials");
    m_check->add_option("folder", m_folder, "The folder (default: the configured templates.directory)");
  }

  ExitCode run(Context& context) override {
    const configuration::Config& config = context.config();
    const std::optional<std::filesystem::path> configured =
        config.template_dir.empty() ? std::nullopt : std::optional<std::filesystem::path>(config.template_dir);
    if (m_list->parsed()) {
      const rendering::TemplateStore store(configured);
      for (const auto& name : store.documents()) {
        if (context.json()) {
          context.out() << Json{{"name", name}, {"origin", store.origin_of_document(name)}}.dump() << '\n';
        } else {
          context.out() << name << "  (" << store.origin_of_document(name) << ")\n";
        }
      }
      return ExitCode::ok;
    }
    if (m_vars->parsed()) return vars(context, configured);
    return check(context, m_folder.empty() ? configured : std::optional<std::filesystem::path>(m_folder));
  }

 private:
  ExitCode vars(Context& context, const std::optional<std::filesystem::path>& folder) {
    std::string used;
    if (!m_name.empty()) {
      const rendering::TemplateStore store(folder);
      const auto text = store.document(m_name);
      if (!text) throw UsageError("no template named \"" + m_name + "\"");
      used = *text;
    }
    for (const auto& variable : rendering::template_variables()) {
      const std::string leaf = variable.path.substr(variable.path.rfind('.') == std::string::npos ? 0 : variable.path.rfind('.') + 1);
      if (!used.empty() && used.find(leaf.substr(0, leaf.find('['))) == std::string::npos) continue;
      if (context.json()) {
        context.out() << Json{{"variable", variable.path}, {"type", type_name(variable.type)},
                              {"description", variable.description}}
                             .dump()
                      << '\n';
      } else {
        context.out() << variable.path << "  (" << type_name(variable.type) << ")\n    " << variable.description << '\n';
      }
    }
    return ExitCode::ok;
  }

  ExitCode check(Context& context, const std::optional<std::filesystem::path>& folder) {
    if (!folder) throw UsageError("templates check needs a FOLDER (or templates.directory in the configuration)");
    const rendering::TemplateStore store(folder);
    std::size_t problems = 0;
    std::size_t files = 0;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(*folder)) {
      if (entry.path().extension() == ".mustache") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      ++files;
      std::stringstream text;
      text << input_file::read(path, rendering::k_max_template_bytes, "template");
      auto partial_exists = [&](const std::string& name) {
        try {
          return store.partial(name).has_value();
        } catch (const UsageError&) {
          return false;
        }
      };
      for (const auto& problem : rendering::check_template(text.str(), partial_exists)) {
        context.out() << path.string() << ":" << problem.line << ": " << problem.message << '\n';
        ++problems;
      }
    }
    context.out() << folder->string() << ": " << files << " templates, " << problems
                  << (problems == 1 ? " problem\n" : " problems\n");
    return problems == 0 ? ExitCode::ok : ExitCode::invalid_input;
  }

  CLI::App* m_list = nullptr;
  CLI::App* m_vars = nullptr;
  CLI::App* m_check = nullptr;
  std::string m_name;
  std::string m_folder;
};

}  // namespace

std::unique_ptr<Command> make_templates_command() { return std::make_unique<TemplatesCommand>(); }

}  // namespace bibob::cli
